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

  it('verifies an intact chain, and names the first event that was edited, deleted or inserted', async () => {
    expect(await verify()).toMatchObject({ isIntact: true, firstBrokenSeq: null });
    const db = t.database.db;
    const events = await db.selectFrom('audit_events').select(['seq', 'action']).orderBy('seq').execute();
    const middle = events[Math.floor(events.length / 2)]?.seq as number;

    await sql`UPDATE audit_events SET action = 'nothing.happened' WHERE seq = ${middle}`.execute(db);
    expect(await verify()).toMatchObject({ isIntact: false, firstBrokenSeq: middle, reason: 'content' });
    await sql`UPDATE audit_events SET action = ${events.find((e) => e.seq === middle)?.action} WHERE seq = ${middle}`.execute(
      db,
    );
    expect((await verify()).isIntact).toBe(true);

    await sql`DELETE FROM audit_events WHERE seq = ${middle}`.execute(db);
    const afterDelete = await verify();
    expect(afterDelete).toMatchObject({ isIntact: false, reason: 'link' });
    expect(afterDelete.firstBrokenSeq).toBeGreaterThan(middle);
  });
});
