import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Kept small and local on purpose: the TOTP secret is the only thing sealed here, and sign-in
// must not depend on the client-data envelope encryption in crypto/.
const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SecretBox = {
  /** AES-256-GCM; `context` (e.g. the user id) is authenticated data: a sealed value moved to another row does not open. */
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
};

const aadOf = (context: string) => Buffer.from(`pathways:${FORMAT}:${context}`, 'utf8');

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret box needs a 32-byte key.');
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aadOf(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
      return [FORMAT, ...parts].join('.');
    },
    open(sealed, context) {
      const [format, iv, tag, ciphertext] = sealed.split('.');
      if (format !== FORMAT || !iv || !tag || ciphertext === undefined)
        throw new Error('Not a sealed secret.');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(aadOf(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
