import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, demoEmail, logIn, type TestContext } from '../testing/index.js';
import { startAuthHousekeeping } from './housekeeping.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('drops expired sessions and stale sign-in counters, keeping live ones and active locks', async () => {
  const live = await logIn(t.app, demoEmail('counsellor', 'GH'));
  const expired = await logIn(t.app, demoEmail('counsellor', 'MA'));
  const db = t.database.db;
  await sql`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = ${expired.userId}`.execute(
    db,
  );
  await sql`INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES
    ('stale', 2, now() - interval '1 day', NULL),
    ('locked', 5, now() - interval '1 day', now() + interval '5 minutes'),
    ('fresh', 1, now(), NULL)`.execute(db);

  const housekeeping = startAuthHousekeeping(db, t.config.session, t.config.login.lockMinutes, () => {});
  await housekeeping.runNow();
  housekeeping.stop();

  const sessions = await db.selectFrom('sessions').select('user_id').execute();
  expect(sessions.map((s) => s.user_id)).toEqual([live.userId]);
  const keys = (await db.selectFrom('login_throttle').select('key').orderBy('key').execute()).map(
    (r) => r.key,
  );
  expect(keys).toEqual(['fresh', 'locked']);
});
