// AES-256-GCM envelope encryption, pure (no I/O): a random data key per client seals the client's
// sensitive fields; a key per country wraps the data key. Everything sealed is one compact text
// `v1.<key version>.<iv>.<tag>.<ciphertext>` (base64url parts) so it fits a text column.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/** A sealed value could not be opened: wrong key, wrong context, or tampered bytes. */
export class SealError extends Error {}

/** Where a field lives: the associated data binds the ciphertext to exactly this place. */
export type FieldContext = { table: string; recordId: string; field: string; dataKeyVersion: number };
/** Whose data key it is and which country key (and data-key generation) wrapped it. */
export type WrapContext = {
  countryCode: string;
  clientId: string;
  keyVersion: number;
  dataKeyVersion: number;
};

// JSON of an array: unambiguous whatever the parts contain (no "a.b" + "c" = "a" + "b.c").
const fieldAad = (c: FieldContext) =>
  Buffer.from(JSON.stringify(['pathways-field', FORMAT, c.table, c.recordId, c.field, c.dataKeyVersion]));
const wrapAad = (c: WrapContext) =>
  Buffer.from(
    JSON.stringify(['pathways-data-key', FORMAT, c.countryCode, c.clientId, c.keyVersion, c.dataKeyVersion]),
  );

function assertKey(key: Buffer) {
  if (key.length !== KEY_BYTES)
    throw new SealError(`an AES-256 key has ${KEY_BYTES} bytes, not ${key.length}`);
}

function seal(key: Buffer, keyVersion: number, aad: Buffer, plaintext: Buffer): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
  return [FORMAT, String(keyVersion), ...parts].join('.');
}

/** The key version a sealed value names, without opening it (rotation picks keys by it). */
export function keyVersionOf(sealed: string): number {
  const [format, version] = sealed.split('.');
  const n = Number(version);
  if (format !== FORMAT || !Number.isSafeInteger(n) || n < 1) throw new SealError('not a sealed value');
  return n;
}

function open(key: Buffer, keyVersion: number, aad: Buffer, sealed: string): Buffer {
  assertKey(key);
  const parts = sealed.split('.');
  if (parts.length !== 5 || keyVersionOf(sealed) !== keyVersion)
    throw new SealError('sealed value has another format or key version');
  const [iv, tag, ciphertext] = parts.slice(2).map((p) => Buffer.from(p, 'base64url')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SealError('sealed value is malformed');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // GCM says only "unable to authenticate": wrong key, wrong place, or altered bytes.
    throw new SealError('sealed value does not authenticate');
  }
}

export const newDataKey = () => randomBytes(KEY_BYTES);

export function encryptField(dataKey: Buffer, context: FieldContext, plaintext: string): string {
  return seal(dataKey, context.dataKeyVersion, fieldAad(context), Buffer.from(plaintext, 'utf8'));
}

export function decryptField(dataKey: Buffer, context: FieldContext, sealed: string): string {
  return open(dataKey, context.dataKeyVersion, fieldAad(context), sealed).toString('utf8');
}

export function wrapDataKey(countryKey: Buffer, context: WrapContext, dataKey: Buffer): string {
  assertKey(dataKey);
  return seal(countryKey, context.keyVersion, wrapAad(context), dataKey);
}

export function unwrapDataKey(countryKey: Buffer, context: WrapContext, wrapped: string): Buffer {
  const dataKey = open(countryKey, context.keyVersion, wrapAad(context), wrapped);
  assertKey(dataKey);
  return dataKey;
}
