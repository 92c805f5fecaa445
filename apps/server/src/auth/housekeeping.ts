import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { deleteExpiredPendingLogins } from './mfa.repo.js';
import { deleteExpiredSessions, type SessionLimits } from './sessions.repo.js';

const EVERY_HOUR_MS = 3_600_000;

/**
 * Drops expired sessions, expired pending sign-ins and stale sign-in counters now and then
 * hourly; returns a stop function.
 */
export function startAuthHousekeeping(
  db: Kysely<DB>,
  limits: SessionLimits,
  lockMinutes: number,
  onError: (e: unknown) => void,
) {
  const run = async () => {
    await deleteExpiredSessions(db, limits);
    await deleteExpiredPendingLogins(db);
    const staleBefore = new Date(Date.now() - lockMinutes * 60_000);
    await db
      .deleteFrom('login_throttle')
      .where('window_started_at', '<', staleBefore)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', new Date())]))
      .execute();
  };
  const timer = setInterval(() => run().catch(onError), EVERY_HOUR_MS);
  timer.unref();
  return { runNow: run, stop: () => clearInterval(timer) };
}
