import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centreIds,
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
let auditor: Session;
let managerGH: Session;

beforeAll(async () => {
  t = await createTestApp();
  auditor = await logIn(t.app, demoEmail('auditor'));
  managerGH = await logIn(t.app, demoEmail('country_manager', 'GH'));
  const counsellorMA = await logIn(t.app, demoEmail('counsellor', 'MA'));
  const counsellorGH = await logIn(t.app, demoEmail('counsellor', 'GH'));
  const centres = await centreIds(t.app, counsellorMA.cookie);
  await request(t.app, counsellorMA, 'POST', '/api/clients', clientBody(centres.CAS as string));
  await request(
    t.app,
    counsellorGH,
    'POST',
    '/api/clients',
    clientBody(centres.ACC as string, { nationality: 'GH' }),
  );
});
afterAll(() => t.close());

const verify = async () => (await request(t.app, auditor, 'GET', '/api/audit/verify')).json();

describe('audit trail', () => {
  it('shows the auditor everything and a country manager only their country, without personal values', async () => {
    const res = await request(t.app, auditor, 'GET', '/api/audit?action=client.register');
    expect(res.statusCode, res.body).toBe(200);
    const all = res.json().items;
    expect(all.map((e: { countryCode: string }) => e.countryCode).sort()).toEqual(['GH', 'MA']);
    const scoped = await request(t.app, managerGH, 'GET', '/api/audit?action=client.register');
    expect(scoped.statusCode, scoped.body).toBe(200);
    const ghana = scoped.json().items;
    expect(ghana.map((e: { countryCode: string }) => e.countryCode)).toEqual(['GH']);
    expect(JSON.stringify(all)).not.toContain('Youssef');
  });

  it('verifies through the API for auditors and admins only, naming the first edited or deleted event of a chain', async () => {
    const intact = await verify();
    expect(intact).toMatchObject({ isIntact: true, firstBrokenSeq: null, signingKey: 'development' });
    expect(intact.chains.map((c: { chain: string }) => c.chain)).toEqual(['GH', 'MA', 'global']);
    const admin = await logIn(t.app, demoEmail('admin'));
    expect((await request(t.app, admin, 'GET', '/api/audit/verify')).statusCode).toBe(200);
    expect((await request(t.app, managerGH, 'GET', '/api/audit/verify')).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/audit/verify' })).statusCode).toBe(401);

    const db = t.database.db;
    const global = await db
      .selectFrom('audit_events')
      .select(['seq', 'chain_seq', 'action'])
      .where('chain', '=', 'global')
      .orderBy('chain_seq')
      .execute();
    const middle = global[Math.floor(global.length / 2)] as (typeof global)[number];
    const next = global.find((e) => e.chain_seq === middle.chain_seq + 1);

    await sql`UPDATE audit_events SET action = 'nothing.happened' WHERE seq = ${middle.seq}`.execute(db);
    expect(await verify()).toMatchObject({ isIntact: false, firstBrokenSeq: middle.seq, reason: 'content' });
    await sql`UPDATE audit_events SET action = ${middle.action} WHERE seq = ${middle.seq}`.execute(db);
    expect((await verify()).isIntact).toBe(true);

    await sql`DELETE FROM audit_events WHERE seq = ${middle.seq}`.execute(db);
    const afterDelete = await verify();
    expect(afterDelete).toMatchObject({ isIntact: false, firstBrokenSeq: next?.seq, reason: 'link' });
    const chains = afterDelete.chains as { chain: string; isIntact: boolean }[];
    expect(chains.filter((c) => !c.isIntact).map((c) => c.chain)).toEqual(['global']);
  });
});
