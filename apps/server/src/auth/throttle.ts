import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import type { DB } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { lockedUntil, recordFailure } from './login-throttle.repo.js';

// Throttle keys hold a hash, never the email itself.
export const emailKey = (email: string) =>
  `email:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
export const ipKey = (ip: string) => `ip:${ip}`;
// One address may try more often than one account: a centre shares one public address.
const IP_FAILURE_FACTOR = 10;

/** 429 with Retry-After while the account or the address is locked. */
export async function refuseIfLocked(db: Kysely<DB>, email: string, ip: string) {
  for (const key of [emailKey(email), ipKey(ip)]) {
    const until = await lockedUntil(db, key);
    if (until) {
      const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
      throw new AppError(429, 'too_many_attempts', 'Too many failed sign-ins; try again later.', undefined, {
        'retry-after': String(seconds),
      });
    }
  }
}

/**
 * Counts a wrong password or a wrong second-factor code against the account and the address:
 * guessing codes locks the account just as guessing passwords does.
 */
export async function recordSignInFailure(db: Kysely<DB>, rule: Config['login'], email: string, ip: string) {
  // With throttling off (LOGIN_THROTTLE=0, fuzz tests only) nothing is counted, so nothing locks.
  if (!rule.isThrottled) return;
  await recordFailure(db, emailKey(email), rule);
  await recordFailure(db, ipKey(ip), {
    maxFailures: rule.maxFailures * IP_FAILURE_FACTOR,
    lockMinutes: rule.lockMinutes,
  });
}
