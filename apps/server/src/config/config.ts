import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { type CountryKeyConfig, parseCountryKeys } from '../crypto/key-config.js';

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Optional: the owner role that runs migrations; DATABASE_URL is then the runtime role. */
  DATABASE_MIGRATOR_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PATHWAYS_DATA_DIR: z.string().min(1).default('./data'),
  PATHWAYS_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Sign-in throttling (lockout, 429). Off only for tests that send thousands of bad sign-ins (fuzzing). */
  LOGIN_THROTTLE: booleanFlag.default(true),
  TRUST_PROXY: booleanFlag.default(false),
  WEB_DIST_DIR: z.string().optional(),
  /** Counts below this are hidden in suppressed indicator views; rates and medians need a base this big. */
  INDICATORS_MIN_CELL: z.coerce.number().int().min(2).max(50).default(5),
  /** JSON or a file path: country code → { version: base64 key }. See docs/OPERATIONS.md. */
  PATHWAYS_COUNTRY_KEYS: z.string().optional(),
  PATHWAYS_REQUIRE_MFA: booleanFlag.optional(),
  /** 32 random bytes, base64: seals TOTP secrets. Required in production (main.ts checks). */
  PATHWAYS_MFA_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes in base64')
    .optional(),
  /** At least 32 random bytes, base64: signs audit chain heads. Required in production. */
  PATHWAYS_AUDIT_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length >= 32, 'must be at least 32 random bytes in base64')
    .optional(),
  /** Also append every signed audit chain head to this file (outside the database). */
  PATHWAYS_AUDIT_HEAD_FILE: z.string().optional(),
  PATHWAYS_AUDIT_SEAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Owner role for migrations; unset: DATABASE_URL migrates too (and may alter the audit trail). */
  databaseMigratorUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  logLevel: string;
  session: { idleMinutes: number; maxHours: number };
  login: { maxFailures: number; lockMinutes: number; isThrottled: boolean };
  /** argon2id cost. Production follows OWASP's 2023 minimum (19 MiB, 2 passes). */
  passwordHashing: { memoryCost: number; timeCost: number };
  trustProxy: boolean;
  indicators: { minCell: number };
  webDistDir: string;
  /** Keys that wrap each client's data key; `missing` makes the server refuse to start. */
  countryKeys: CountryKeyConfig;
  /**
   * Second factor: `required` for admins and managers; `encryptionKey` seals TOTP secrets.
   * Undefined only in production without PATHWAYS_MFA_KEY: main.ts then refuses to start,
   * unless it is a demo, where enrolment answers 503.
   */
  mfa: { required: boolean; encryptionKey: Buffer | undefined };
  /**
   * Audit chain heads: `key` signs them (undefined only in production without
   * PATHWAYS_AUDIT_KEY: main.ts refuses to start); the sealer signs every `sealSeconds`.
   */
  audit: {
    key: Buffer | undefined;
    isDevelopmentKey: boolean;
    headFile: string | undefined;
    sealSeconds: number;
  };
};

// Outside production only: a fixed, public key, so a development database survives restarts.
const DEVELOPMENT_MFA_KEY = createHash('sha256').update('pathways-development-mfa-key').digest();
// Outside production only, and published: heads signed with it prove nothing against forgery.
const DEVELOPMENT_AUDIT_KEY = createHash('sha256').update('pathways-development-audit-key').digest();

export class ConfigError extends Error {}

/** Reads the environment once at start; a wrong setting stops the start with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (`DATABASE_URL= npm start` means "use PGlite").
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.LOGIN_THROTTLE) {
    throw new ConfigError('Invalid configuration:\n  LOGIN_THROTTLE: cannot be off in production');
  }
  const demo = e.PATHWAYS_DEMO ?? e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseMigratorUrl: e.DATABASE_MIGRATOR_URL,
    dataDir: path.resolve(e.PATHWAYS_DATA_DIR),
    // The demo seeds itself unless switched off; production gets it only when asked.
    demo,
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      isThrottled: e.LOGIN_THROTTLE,
    },
    passwordHashing: { memoryCost: 19456, timeCost: 2 },
    trustProxy: e.TRUST_PROXY,
    indicators: { minCell: e.INDICATORS_MIN_CELL },
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../../web/dist', import.meta.url).pathname),
    // Derived demo keys only outside production and with the demo on: they are public.
    countryKeys: countryKeysOf(e.PATHWAYS_COUNTRY_KEYS, e.NODE_ENV !== 'production' && demo),
    mfa: {
      // On in production, off in the demo (its accounts share one published password anyway).
      required: e.PATHWAYS_REQUIRE_MFA ?? (e.NODE_ENV === 'production' && !demo),
      encryptionKey: e.PATHWAYS_MFA_KEY
        ? Buffer.from(e.PATHWAYS_MFA_KEY, 'base64')
        : e.NODE_ENV === 'production'
          ? undefined
          : DEVELOPMENT_MFA_KEY,
    },
    audit: {
      key: e.PATHWAYS_AUDIT_KEY
        ? Buffer.from(e.PATHWAYS_AUDIT_KEY, 'base64')
        : e.NODE_ENV === 'production'
          ? undefined
          : DEVELOPMENT_AUDIT_KEY,
      isDevelopmentKey: !e.PATHWAYS_AUDIT_KEY,
      headFile: e.PATHWAYS_AUDIT_HEAD_FILE ? path.resolve(e.PATHWAYS_AUDIT_HEAD_FILE) : undefined,
      sealSeconds: e.PATHWAYS_AUDIT_SEAL_SECONDS,
    },
  };
}

function countryKeysOf(raw: string | undefined, allowDemo: boolean): CountryKeyConfig {
  try {
    return parseCountryKeys(raw, allowDemo);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  PATHWAYS_COUNTRY_KEYS: ${(error as Error).message}`);
  }
}
