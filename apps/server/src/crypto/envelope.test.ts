import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';
import {
  decryptField,
  encryptField,
  type FieldContext,
  keyVersionOf,
  newDataKey,
  SealError,
  unwrapDataKey,
  type WrapContext,
  wrapDataKey,
} from './envelope.js';
import { parseCountryKeys } from './key-config.js';
import { createKeyRing, demoCountryKey, KeyRing } from './key-ring.js';

const place: FieldContext = {
  table: 'session_sensitive_notes',
  recordId: '0195f0c1-0000-7000-8000-000000000001',
  field: 'body',
  dataKeyVersion: 1,
};
const owner: WrapContext = {
  countryCode: 'MA',
  clientId: '0195f0c1-0000-7000-8000-0000000000aa',
  keyVersion: 1,
  dataKeyVersion: 1,
};
const secret = 'Spoke of threats from a smuggler — يخاف من المهرّب';

/** Flips one bit of the given base64url part of a sealed value. */
function tamper(sealed: string, part: number) {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[part] as string, 'base64url');
  bytes[0] = (bytes[0] as number) ^ 1;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('field encryption', () => {
  it('round-trips text (Unicode included) in the compact versioned format', () => {
    const key = newDataKey();
    const sealed = encryptField(key, place, secret);
    expect(sealed).toMatch(/^v1\.1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain(secret);
    expect(keyVersionOf(sealed)).toBe(1);
    expect(decryptField(key, place, sealed)).toBe(secret);
    expect(decryptField(key, place, encryptField(key, place, ''))).toBe('');
  });

  it('uses a fresh IV each time, so equal notes give different ciphertexts', () => {
    const key = newDataKey();
    const sealed = Array.from({ length: 50 }, () => encryptField(key, place, secret));
    expect(new Set(sealed.map((s) => s.split('.')[2])).size).toBe(50);
    expect(new Set(sealed).size).toBe(50);
  });

  it('refuses tampered IV, tag or ciphertext', () => {
    const key = newDataKey();
    const sealed = encryptField(key, place, secret);
    for (const part of [2, 3, 4]) {
      expect(() => decryptField(key, place, tamper(sealed, part)), `part ${part}`).toThrow(SealError);
    }
    expect(() => decryptField(key, place, sealed.split('.').slice(0, 4).join('.'))).toThrow(SealError);
  });

  it('refuses a ciphertext moved to another record, field, table or key version', () => {
    const key = newDataKey();
    const sealed = encryptField(key, place, secret);
    const elsewhere: FieldContext[] = [
      { ...place, recordId: '0195f0c1-0000-7000-8000-000000000002' },
      { ...place, field: 'notes' },
      { ...place, table: 'clients' },
      { ...place, dataKeyVersion: 2 },
    ];
    for (const context of elsewhere) expect(() => decryptField(key, context, sealed)).toThrow(SealError);
    // Relabelling the version in the text does not help: the version is authenticated too.
    const relabelled = sealed.replace(/^v1\.1\./, 'v1.2.');
    expect(() => decryptField(key, { ...place, dataKeyVersion: 2 }, relabelled)).toThrow(SealError);
  });

  it('refuses the wrong key', () => {
    const sealed = encryptField(newDataKey(), place, secret);
    expect(() => decryptField(newDataKey(), place, sealed)).toThrow(SealError);
    expect(() => decryptField(randomBytes(16), place, sealed)).toThrow(/32 bytes/);
  });
});

describe('data-key wrapping', () => {
  it('wraps and unwraps a data key bound to country, client and key version', () => {
    const countryKey = randomBytes(32);
    const dataKey = newDataKey();
    const wrapped = wrapDataKey(countryKey, owner, dataKey);
    expect(unwrapDataKey(countryKey, owner, wrapped).equals(dataKey)).toBe(true);
    expect(wrapped).not.toContain(dataKey.toString('base64url'));
    for (const other of [
      { ...owner, countryCode: 'EG' },
      { ...owner, clientId: '0195f0c1-0000-7000-8000-0000000000bb' },
      { ...owner, keyVersion: 2 },
      { ...owner, dataKeyVersion: 2 },
    ]) {
      expect(() => unwrapDataKey(countryKey, other, wrapped)).toThrow(SealError);
    }
    expect(() => unwrapDataKey(randomBytes(32), owner, wrapped)).toThrow(SealError);
    expect(() => unwrapDataKey(countryKey, owner, tamper(wrapped, 4))).toThrow(SealError);
  });

  it('wraps under the newest configured version and still unwraps older ones', async () => {
    const v1 = randomBytes(32);
    const v2 = randomBytes(32);
    const older = new KeyRing(new Map([['MA', new Map([[1, v1]])]]));
    const newer = new KeyRing(
      new Map([
        [
          'MA',
          new Map([
            [1, v1],
            [2, v2],
          ]),
        ],
      ]),
    );
    const dataKey = newDataKey();
    const who = { countryCode: 'MA', clientId: owner.clientId, dataKeyVersion: 1 };
    const wrappedV1 = await older.wrap(who, dataKey);
    expect(wrappedV1.keyVersion).toBe(1);
    const wrappedV2 = await newer.wrap(who, dataKey);
    expect(wrappedV2.keyVersion).toBe(2);
    expect((await newer.unwrap(who, wrappedV1)).equals(dataKey)).toBe(true);
    expect((await newer.unwrap(who, wrappedV2)).equals(dataKey)).toBe(true);
    await expect(older.unwrap(who, wrappedV2)).rejects.toThrow(/version 2 of MA/);
    await expect(older.wrap({ ...who, countryCode: 'EG' }, dataKey)).rejects.toMatchObject({
      status: 503,
      code: 'encryption_key_missing',
    });
  });
});

describe('country keys from configuration', () => {
  const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

  it('reads JSON mapping country → version → base64 key', () => {
    const parsed = parseCountryKeys(JSON.stringify({ ma: { '1': key(1), '2': key(2) } }), false);
    expect(parsed.source).toBe('configured');
    if (parsed.source !== 'configured') return;
    expect([...(parsed.keys.get('MA')?.keys() ?? [])]).toEqual([1, 2]);
    expect(parsed.keys.get('MA')?.get(2)?.equals(Buffer.alloc(32, 2))).toBe(true);
  });

  it('names what is wrong without echoing a key', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => parseCountryKeys(JSON.stringify({ MA: { '1': short } }), false)).toThrow(/32 random bytes/);
    expect(() => parseCountryKeys(JSON.stringify({ MA: { '1': short } }), false)).not.toThrow(short);
    expect(() => parseCountryKeys(JSON.stringify({ MA: { one: key(1) } }), false)).toThrow(/positive whole/);
    expect(() => parseCountryKeys(JSON.stringify({ MAR: { '1': key(1) } }), false)).toThrow(/two letters/);
    expect(() => parseCountryKeys('{not json', false)).toThrow(/valid JSON/);
    expect(() => parseCountryKeys('/nonexistent/keys.json', false)).toThrow(/cannot read the key file/);
  });

  it('derives public demo keys only when allowed, and refuses to run without keys otherwise', () => {
    expect(parseCountryKeys(undefined, true)).toEqual({ source: 'demo' });
    expect(parseCountryKeys(undefined, false)).toEqual({ source: 'missing' });
    expect(createKeyRing({ env: 'test', countryKeys: { source: 'demo' } }).source).toBe('demo');
    expect(demoCountryKey('MA').equals(demoCountryKey('MA'))).toBe(true);
    expect(demoCountryKey('MA').equals(demoCountryKey('EG'))).toBe(false);
    expect(() => createKeyRing({ env: 'production', countryKeys: { source: 'missing' } })).toThrow(
      /PATHWAYS_COUNTRY_KEYS is not set/,
    );
  });

  it('refuses production without keys, even with the demo on; names a bad value at start', () => {
    expect(loadConfig({}).countryKeys.source).toBe('demo');
    expect(loadConfig({ NODE_ENV: 'test', PATHWAYS_DEMO: '0' }).countryKeys.source).toBe('missing');
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', PATHWAYS_DEMO: '1' }] as const) {
      const config = loadConfig(env);
      expect(config.countryKeys.source).toBe('missing');
      expect(() => createKeyRing(config)).toThrow(ConfigError);
    }
    const configured = loadConfig({
      NODE_ENV: 'production',
      PATHWAYS_COUNTRY_KEYS: JSON.stringify({ GH: { '3': key(3) } }),
    });
    expect(createKeyRing(configured).source).toBe('configured');
    expect(() => loadConfig({ PATHWAYS_COUNTRY_KEYS: '{"GH":{"1":"short"}}' })).toThrow(
      /PATHWAYS_COUNTRY_KEYS: GH\.1: a key is 32 random bytes/,
    );
  });
});
