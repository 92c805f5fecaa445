import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export type ThrottleRule = { maxFailures: number; lockMinutes: number };

/** When the key is locked, the moment it opens again; otherwise undefined. */
export async function lockedUntil(db: Kysely<DB>, key: string): Promise<Date | undefined> {
  const row = await db.selectFrom('login_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
  return row?.locked_until && row.locked_until > new Date() ? row.locked_until : undefined;
}

/** Counts a failure within a window of `lockMinutes`; at `maxFailures` the key locks for as long. */
export async function recordFailure(db: Kysely<DB>, key: string, rule: ThrottleRule) {
  const now = new Date();
  const windowStart = new Date(now.getTime() - rule.lockMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + rule.lockMinutes * 60_000);
  await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: now, locked_until: rule.maxFailures <= 1 ? lockUntil : null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const stale = eb('login_throttle.window_started_at', '<', windowStart);
        const failures = eb
          .case()
          .when(stale)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end();
        return {
          failures,
          window_started_at: eb.case().when(stale).then(now).else(eb.ref('login_throttle.window_started_at')).end(),
          locked_until: eb
            .case()
            .when(eb(failures, '>=', rule.maxFailures))
            .then(lockUntil)
            .else(null)
            .end(),
        };
      }),
    )
    .execute();
}

export async function clearFailures(db: Kysely<DB>, key: string) {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
