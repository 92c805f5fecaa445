import { sql } from 'kysely';
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
});
