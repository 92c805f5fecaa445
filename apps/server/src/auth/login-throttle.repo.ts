import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

export type ThrottleRule = { maxFailures: number; lockMinutes: number };

/** When the key is locked, the moment it opens again; otherwise undefined. */
export async function lockedUntil(db: Kysely<DB>, key: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.locked_until && row.locked_until > new Date() ? row.locked_until : undefined;
}

/** Counts a failure within a window of `lockMinutes`; at `maxFailures` the key locks for as long. */
export async function recordFailure(db: Kysely<DB>, key: string, rule: ThrottleRule) {
  const window = `${rule.lockMinutes} minutes`;
  // One statement, so concurrent failures from several servers all count.
  await sql`
    INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
    VALUES (${key}, 1, now(), CASE WHEN ${rule.maxFailures}::int <= 1 THEN now() + ${window}::interval END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at < now() - ${window}::interval THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at < now() - ${window}::interval THEN now() ELSE t.window_started_at END,
      locked_until = CASE
        WHEN (CASE WHEN t.window_started_at < now() - ${window}::interval THEN 1 ELSE t.failures + 1 END) >= ${rule.maxFailures}::int
        THEN now() + ${window}::interval
      END`.execute(db);
}

export async function clearFailures(db: Kysely<DB>, key: string) {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
