// Country keys wrap and unwrap client data keys. The KeyProvider interface is all the rest of the
// server sees, so a KMS (or HSM) adapter can replace the configured key ring: the country key then
// never enters this process, and the WrapContext becomes the KMS encryption context.
import { hkdfSync } from 'node:crypto';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import { AppError } from '../http/errors.js';
import { unwrapDataKey, type WrapContext, wrapDataKey } from './envelope.js';
import type { CountryKeys } from './key-config.js';

export type WrappedDataKey = { keyVersion: number; wrappedKey: string };
export type DataKeyOwner = { countryCode: string; clientId: string; dataKeyVersion: number };

export interface KeyProvider {
  /** Where the country keys come from, for the start-up banner and docs. */
  readonly source: 'configured' | 'demo' | 'kms';
  /** The version new data keys are wrapped under. */
  newestVersion(countryCode: string): Promise<number>;
  /** Wraps under the newest key of the owner's country. */
  wrap(owner: DataKeyOwner, dataKey: Buffer): Promise<WrappedDataKey>;
  unwrap(owner: DataKeyOwner, wrapped: WrappedDataKey): Promise<Buffer>;
}

/** A country has no key: configuration is incomplete (503, never a silent plaintext write). */
export class CountryKeyMissingError extends AppError {
  constructor(detail: string) {
    super(503, 'encryption_key_missing', detail);
  }
}

/** Country keys held in configuration, by country code and version. */
export class KeyRing implements KeyProvider {
  constructor(
    private readonly keys: CountryKeys | ((countryCode: string) => ReadonlyMap<number, Buffer>),
    readonly source: 'configured' | 'demo' = 'configured',
  ) {}

  private versionsOf(countryCode: string) {
    const versions = typeof this.keys === 'function' ? this.keys(countryCode) : this.keys.get(countryCode);
    if (!versions?.size)
      throw new CountryKeyMissingError(`No encryption key is configured for ${countryCode}.`);
    return versions;
  }

  private keyOf(countryCode: string, version: number) {
    const key = this.versionsOf(countryCode).get(version);
    if (!key) throw new CountryKeyMissingError(`Key version ${version} of ${countryCode} is not configured.`);
    return key;
  }

  /** Countries this ring has keys for (the demo ring answers for any country). */
  hasCountry(countryCode: string) {
    return typeof this.keys === 'function' || Boolean(this.keys.get(countryCode)?.size);
  }

  async newestVersion(countryCode: string) {
    return Math.max(...this.versionsOf(countryCode).keys());
  }

  async wrap(owner: DataKeyOwner, dataKey: Buffer): Promise<WrappedDataKey> {
    const keyVersion = await this.newestVersion(owner.countryCode);
    const context: WrapContext = { ...owner, keyVersion };
    return {
      keyVersion,
      wrappedKey: wrapDataKey(this.keyOf(owner.countryCode, keyVersion), context, dataKey),
    };
  }

  async unwrap(owner: DataKeyOwner, wrapped: WrappedDataKey): Promise<Buffer> {
    const context: WrapContext = { ...owner, keyVersion: wrapped.keyVersion };
    return unwrapDataKey(this.keyOf(owner.countryCode, wrapped.keyVersion), context, wrapped.wrappedKey);
  }
}

// Public by design: anyone with this source can derive the demo keys, so they protect nothing.
const DEMO_SEED = 'pathways demo country key (published; never for real data)';

export function demoCountryKey(countryCode: string): Buffer {
  return Buffer.from(hkdfSync('sha256', DEMO_SEED, 'pathways', `country:${countryCode}:v1`, 32));
}

export const demoKeyRing = () =>
  new KeyRing((countryCode) => new Map([[1, demoCountryKey(countryCode)]]), 'demo');

/** The key ring of the configuration; refuses (ConfigError) when no keys are configured. */
export function createKeyRing(config: Pick<Config, 'countryKeys' | 'env'>): KeyRing {
  const keys = config.countryKeys;
  if (keys.source === 'configured') return new KeyRing(keys.keys);
  if (keys.source === 'demo') return demoKeyRing();
  throw new ConfigError(
    [
      'PATHWAYS_COUNTRY_KEYS is not set.',
      'Sensitive fields are encrypted with a key per country; derived demo keys are used only',
      `outside production with the demo on (NODE_ENV is ${config.env}).`,
      'Set it to JSON or a file path, e.g. {"MA":{"1":"<32 random bytes in base64>"}};',
      'make a key with: openssl rand -base64 32 (see docs/OPERATIONS.md, "Encryption keys").',
    ].join('\n'),
  );
}

/**
 * For buildApp: the configured ring, or, when keys are missing (a production config built in a
 * bench or test), a provider that refuses every use. main.ts calls createKeyRing first and so
 * never starts without keys.
 */
export function keyProviderFor(config: Pick<Config, 'countryKeys' | 'env'>): KeyProvider {
  if (config.countryKeys.source !== 'missing') return createKeyRing(config);
  const refuse = async (): Promise<never> => {
    throw new CountryKeyMissingError('PATHWAYS_COUNTRY_KEYS is not set.');
  };
  return { source: 'configured', newestVersion: refuse, wrap: refuse, unwrap: refuse };
}
