// Reads PATHWAYS_COUNTRY_KEYS: JSON (or the path of a JSON file) mapping each country code to its
// key versions, e.g. {"MA": {"1": "<base64 of 32 random bytes>", "2": "…"}}. The newest version
// wraps new data keys; older ones stay only until `npm run keys:rotate` has rewrapped everything.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { KEY_BYTES } from './envelope.js';

export type CountryKeys = ReadonlyMap<string, ReadonlyMap<number, Buffer>>;

export type CountryKeyConfig =
  | { source: 'configured'; keys: CountryKeys }
  /** Derived from a published label: outside production, with the demo on, when no keys are set. */
  | { source: 'demo' }
  /** Nothing configured and no demo fallback allowed: the server refuses to start. */
  | { source: 'missing' };

const isBase64Key = (value: string) => {
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === KEY_BYTES && bytes.toString('base64') === value;
};

const KeyFile = z.record(z.string(), z.record(z.string(), z.string()));

/** Throws an Error naming what is wrong (never a key) when the value is set but unusable. */
export function parseCountryKeys(raw: string | undefined, allowDemo: boolean): CountryKeyConfig {
  if (raw === undefined) return allowDemo ? { source: 'demo' } : { source: 'missing' };
  const text = raw.trimStart().startsWith('{') ? raw : readKeyFile(raw);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('is neither valid JSON nor the path of a JSON file');
  }
  const parsed = KeyFile.safeParse(json);
  if (!parsed.success) throw new Error('must map each country code to { "<version>": "<base64 key>" }');
  const keys = new Map<string, Map<number, Buffer>>();
  for (const [country, versions] of Object.entries(parsed.data)) {
    if (!/^[A-Za-z]{2}$/.test(country)) throw new Error(`${country}: country codes have two letters`);
    const ring = new Map<number, Buffer>();
    for (const [version, key] of Object.entries(versions)) {
      if (!/^[1-9][0-9]{0,8}$/.test(version))
        throw new Error(`${country}.${version}: key versions are positive whole numbers`);
      if (!isBase64Key(key))
        throw new Error(`${country}.${version}: a key is ${KEY_BYTES} random bytes in base64`);
      ring.set(Number(version), Buffer.from(key, 'base64'));
    }
    if (ring.size === 0) throw new Error(`${country}: needs at least one key version`);
    keys.set(country.toUpperCase(), ring);
  }
  if (keys.size === 0) throw new Error('no country has a key');
  return { source: 'configured', keys };
}

function readKeyFile(file: string) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the key file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
