import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centreIds,
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type TestContext,
} from '../testing/index.js';

// Who acted in which role: each event records the actor's roles, covered by its hash.
let t: TestContext;
let clientId: string;

beforeAll(async () => {
  t = await createTestApp();
  const counsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));
  const centres = await centreIds(t.app, counsellor.cookie);
  clientId = (
    await request(t.app, counsellor, 'POST', '/api/clients', clientBody(centres.ACC as string))
  ).json().id;
});
afterAll(() => t.close());

describe("the actor's roles in audit events", () => {
  it('records them with the event and shows them to the auditor', async () => {
    const auditor = await logIn(t.app, demoEmail('auditor'));
    const res = await request(t.app, auditor, 'GET', `/api/audit?entityId=${clientId}`);
    expect(res.statusCode).toBe(200);
    const created = res.json().items.find((e: { action: string }) => e.action === 'client.register');
    expect(created.actorRoles).toEqual(['counsellor']);
    // System events have no actor and no roles.
    const seed = await t.database.db
      .selectFrom('audit_events')
      .select('actor_roles')
      .where('action', '=', 'demo.seed')
      .executeTakeFirstOrThrow();
    expect(seed.actor_roles).toBeNull();
  });

  it('breaks the chain when a role is changed afterwards', async () => {
    const auditor = await logIn(t.app, demoEmail('auditor'));
    const verify = async () => (await request(t.app, auditor, 'GET', '/api/audit/verify')).json();
    expect((await verify()).isIntact).toBe(true);
    await sql`UPDATE audit_events SET actor_roles = 'country_manager' WHERE entity_id = ${clientId} AND action = 'client.register'`.execute(
      t.database.db,
    );
    const report = await verify();
    expect(report.isIntact).toBe(false);
    expect(report.chains.find((c: { chain: string }) => c.chain === 'GH').firstBroken.reason).toBe('content');
  });

  it("records the roles of the session's actor exactly as the memberships query gives them", async () => {
    // Reads take the roles from the actor loaded with the session instead of querying them: the
    // hashed string must stay what the query gives (distinct, ordered by role), so the counsellor
    // gets a second counsellor membership and an analyst one, added out of order.
    const db = t.database.db;
    const counsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));
    const centres = Object.values(await centreIds(t.app, counsellor.cookie)) as string[];
    const own = await db
      .selectFrom('memberships')
      .select('centre_id')
      .where('user_id', '=', counsellor.userId)
      .executeTakeFirstOrThrow();
    const otherCentre = centres.find((id) => id !== own.centre_id) as string;
    await db
      .insertInto('memberships')
      .values([
        {
          id: uuidv7(),
          user_id: counsellor.userId,
          role: 'counsellor',
          scope_type: 'centre',
          country_code: 'GH',
          centre_id: otherCentre,
        },
        { id: uuidv7(), user_id: counsellor.userId, role: 'analyst', scope_type: 'all' },
      ])
      .execute();
    const session = await logIn(t.app, demoEmail('counsellor', 'GH'));
    expect((await request(t.app, session, 'GET', `/api/clients/${clientId}`)).statusCode).toBe(200);
    const expected = await sql<{ roles: string }>`
      SELECT string_agg(role, ',' ORDER BY role) AS roles
      FROM (SELECT DISTINCT role FROM memberships WHERE user_id = ${counsellor.userId}) r`.execute(db);
    const read = await db
      .selectFrom('audit_events')
      .select('actor_roles')
      .where('action', '=', 'client.read')
      .where('actor_user_id', '=', counsellor.userId)
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(read.actor_roles).toBe(expected.rows[0]?.roles);
    expect(read.actor_roles).toBe('analyst,counsellor');
  });
});
