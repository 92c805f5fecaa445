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
import { appendAuditEvent } from './audit.repo.js';
import { verifyAuditTrail } from './audit.verify.js';
import { sealAuditChains } from './audit-heads.js';

// Runs only against PostgreSQL (DATABASE_URL): PGlite's single connection cannot race.
let t: TestContext;
let key: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  key = t.config.audit.key as Buffer;
});
afterAll(() => t.close());

const event = (countryCode: string) => ({
  actorUserId: null,
  action: 'test.append',
  entityType: 'test',
  entityId: null,
  countryCode,
});

const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('audit chains on PostgreSQL', () => {
  it('lets a country append while another country chain is held, and queues appends on the held chain', async () => {
    const { db } = t.database;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let markLocked = () => {};
    const locked = new Promise<void>((resolve) => {
      markLocked = resolve;
    });
    // A Ghana transaction appends (taking Ghana's chain lock) and stays open.
    const ghanaOpen = db.transaction().execute(async (trx) => {
      await appendAuditEvent(trx, event('GH'));
      markLocked();
      await held;
    });
    await locked;
    try {
      const morocco = db.transaction().execute((trx) => appendAuditEvent(trx, event('MA')));
      expect(await settlesWithin(morocco, 5_000)).toBe(true);
      const ghanaAgain = db.transaction().execute((trx) => appendAuditEvent(trx, event('GH')));
      expect(await settlesWithin(ghanaAgain, 500)).toBe(false);
      release();
      await ghanaOpen;
      expect(await settlesWithin(ghanaAgain, 5_000)).toBe(true);
    } finally {
      release();
      await ghanaOpen;
    }
  });

  it('keeps both chains gapless and verifiable after 50 parallel client reads in two countries, sealed meanwhile', async () => {
    const sessions: Record<string, Session> = {
      GH: await logIn(t.app, demoEmail('counsellor', 'GH')),
      MA: await logIn(t.app, demoEmail('counsellor', 'MA')),
    };
    const centres = await centreIds(t.app, sessions.GH?.cookie as string);
    const clients: Record<string, string> = {};
    for (const [country, centre] of [
      ['GH', 'ACC'],
      ['MA', 'CAS'],
    ] as const) {
      const res = await request(
        t.app,
        sessions[country] as Session,
        'POST',
        '/api/clients',
        clientBody(centres[centre] as string, { nationality: country }),
      );
      expect(res.statusCode, res.body).toBe(201);
      clients[country] = res.json().id;
    }
    const before = await countByChain();

    const reads = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 'GH' : 'MA')).map((country) =>
      request(t.app, sessions[country] as Session, 'GET', `/api/clients/${clients[country]}`),
    );
    const seals = [sealAuditChains(t.database.db, key), sealAuditChains(t.database.db, key)];
    const statuses = (await Promise.all(reads)).map((r) => r.statusCode);
    await Promise.all(seals);
    expect(statuses.every((s) => s === 200)).toBe(true);
    await sealAuditChains(t.database.db, key);

    const after = await countByChain();
    expect((after.GH ?? 0) - (before.GH ?? 0)).toBe(25);
    expect((after.MA ?? 0) - (before.MA ?? 0)).toBe(25);
    const report = await verifyAuditTrail(t.database.db, { key, isDevelopmentKey: true });
    expect(report.isIntact, JSON.stringify(report.chains)).toBe(true);
    for (const chain of ['GH', 'MA']) {
      const verdict = report.chains.find((c) => c.chain === chain);
      expect(verdict).toMatchObject({ isIntact: true, unsigned: 0, lastChainSeq: after[chain] });
    }
  });
});

/** Events per chain; with gapless positions this is also each chain's last position. */
async function countByChain(): Promise<Record<string, number>> {
  const rows = await t.database.db
    .selectFrom('audit_events')
    .select((eb) => ['chain', eb.fn.countAll<number>().as('n'), eb.fn.max('chain_seq').as('last')])
    .groupBy('chain')
    .execute();
  for (const r of rows) expect(Number(r.last)).toBe(Number(r.n));
  return Object.fromEntries(rows.map((r) => [r.chain, Number(r.n)]));
}
