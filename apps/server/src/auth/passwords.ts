import { hash, verify } from '@node-rs/argon2';
import type { Config } from '../config/config.js';

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Spends the time of one verification, so an unknown email answers as slowly as a known one. */
  burn(password: string): Promise<void>;
};

/** argon2id (the library's default algorithm) with the configured memory and time cost. */
export function createPasswordHasher(cost: Config['passwordHashing']): PasswordHasher {
  const options = { memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: 1 };
  let dummyHash: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
    burn: async (password) => {
      dummyHash ??= hash('pathways-timing-equaliser', options);
      await verify(await dummyHash, password).catch(() => false);
    },
  };
}
