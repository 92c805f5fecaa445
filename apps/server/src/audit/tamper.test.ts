import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AuditChainReport } from '@pathways/contracts';
import { type Kysely, sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
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
import { GENESIS, hashEvent } from './audit.repo.js';
import { verifyAuditTrail } from './audit.verify.js';
import { streamHeadFile } from './audit-head-file.js';
import { type ChainHead, signHead } from './audit-heads.js';
import { type AuditSealer, startAuditSealer } from './audit-sealer.js';

// Each attack runs in a transaction that is rolled back, so every test starts from the same
// intact trail: Ghana's chain sealed three times (positions n1 < n2 < n3 = its last event).
let t: TestContext;
let db: Kysely<DB>;
let key: Buffer;
let sealer: AuditSealer;
let headFile: string;
const logged: object[] = [];
const sealedGH: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  key = t.config.audit.key as Buffer;
  headFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-heads-')), 'heads.jsonl');
  sealer = startAuditSealer({
    db,
    key,
    headFile,
    intervalMs: 3_600_000, // sealed by hand below
    log: { info: (details) => logged.push(details), error: () => undefined },
  });
  const gh = await logIn(t.app, demoEmail('counsellor', 'GH'));
  const ma = await logIn(t.app, demoEmail('counsellor', 'MA'));
  const centres = await centreIds(t.app, gh.cookie);
  const ghClient = await register(gh, centres.ACC as string, 'GH');
  const maClient = await register(ma, centres.CAS as string, 'MA');
  await reads(gh, ghClient, 2);
  await reads(ma, maClient, 2);
  for (let round = 0; round < 3; round++) {
    if (round > 0) await reads(gh, ghClient, 4);
    await sealer.sealNow();
    sealedGH.push(await lastPosition('GH'));
  }
});
afterAll(async () => {
  await sealer.stop();
  await t.close();
});

async function register(session: Session, centreId: string, nationality: string): Promise<string> {
  const res = await request(t.app, session, 'POST', '/api/clients', clientBody(centreId, { nationality }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
async function reads(session: Session, clientId: string, times: number) {
  for (let i = 0; i < times; i++)
    expect((await request(t.app, session, 'GET', `/api/clients/${clientId}`)).statusCode).toBe(200);
}
const lastPosition = async (chain: string, on: Kysely<DB> = db) =>
  Number(
    (
      await on
        .selectFrom('audit_events')
        .select((eb) => eb.fn.max('chain_seq').as('last'))
        .where('chain', '=', chain)
        .executeTakeFirstOrThrow()
    ).last,
  );
const eventAt = (on: Kysely<DB>, chain: string, chainSeq: number) =>
  on
    .selectFrom('audit_events')
    .selectAll()
    .where('chain', '=', chain)
    .where('chain_seq', '=', chainSeq)
    .executeTakeFirstOrThrow();

const ROLLBACK = new Error('rollback');
/** Tampers inside a transaction, verifies what the tampering left, then undoes it. */
async function afterAttack(
  attack: (trx: Transaction<DB>) => Promise<void>,
  externalHeads: ChainHead[] = [],
): Promise<AuditChainReport> {
  const outside = async function* () {
    yield* externalHeads;
  };
  let report: AuditChainReport | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      await attack(trx);
      report = await verifyAuditTrail(trx, { key, isDevelopmentKey: true, externalHeads: [outside] });
      throw ROLLBACK;
    })
    .catch((error) => {
      if (error !== ROLLBACK) throw error;
    });
  return report as AuditChainReport;
}
const ghana = (r: AuditChainReport) => r.chains.find((c) => c.chain === 'GH');

/** What an attacker with write access to the table can do: rehash every event from a position on. */
async function recomputeFrom(trx: Transaction<DB>, chain: string, from: number) {
  const events = await trx
    .selectFrom('audit_events')
    .selectAll()
    .where('chain', '=', chain)
    .orderBy('chain_seq')
    .execute();
  let prevHash = GENESIS;
  for (const e of events) {
    if (e.chain_seq >= from) {
      const hash = hashEvent(prevHash, { ...e, occurred_at: e.occurred_at.toISOString() });
      await trx
        .updateTable('audit_events')
        .set({ prev_hash: prevHash, hash })
        .where('seq', '=', e.seq)
        .execute();
      prevHash = hash;
    } else prevHash = e.hash;
  }
}

describe('audit chains and signed heads', () => {
  it('verifies an untouched trail: one chain per country plus the global one, each signed to its end', async () => {
    const report = await verifyAuditTrail(db, { key, isDevelopmentKey: true });
    expect(report).toMatchObject({ isIntact: true, firstBrokenSeq: null, reason: null });
    expect(report.chains.map((c) => c.chain)).toEqual(['GH', 'MA', 'global']);
    for (const chain of report.chains) {
      expect(chain).toMatchObject({ isIntact: true, unsigned: 0, firstBroken: null });
      expect(chain.signedChainSeq).toBe(chain.lastChainSeq);
      expect(chain.checked).toBe(chain.lastChainSeq);
    }
    const [n1, n2, n3] = sealedGH as [number, number, number];
    expect(n1 < n2 && n2 < n3).toBe(true);
    expect(ghana(report)?.lastChainSeq).toBe(n3);
  });

  it('names an edited event', async () => {
    const p = (sealedGH[0] as number) + 2;
    const target = await eventAt(db, 'GH', p);
    const report = await afterAttack(async (trx) => {
      await trx
        .updateTable('audit_events')
        .set({ action: 'client.update' })
        .where('seq', '=', target.seq)
        .execute();
    });
    expect(report).toMatchObject({ isIntact: false, firstBrokenSeq: target.seq, reason: 'content' });
    expect(ghana(report)?.firstBroken).toEqual({
      seq: target.seq,
      chainSeq: p,
      eventId: target.id,
      reason: 'content',
    });
    expect(report.chains.filter((c) => !c.isIntact).map((c) => c.chain)).toEqual(['GH']);
  });

  it('names the event after a deleted one', async () => {
    const p = (sealedGH[0] as number) + 2;
    const next = await eventAt(db, 'GH', p + 1);
    const report = await afterAttack(async (trx) => {
      await trx.deleteFrom('audit_events').where('chain', '=', 'GH').where('chain_seq', '=', p).execute();
    });
    expect(ghana(report)?.firstBroken).toEqual({
      seq: next.seq,
      chainSeq: p + 1,
      eventId: next.id,
      reason: 'link',
    });
  });

  it('names the first of two reordered events', async () => {
    const p = (sealedGH[0] as number) + 1;
    const report = await afterAttack(async (trx) => {
      const move = (from: number, to: number) =>
        sql`UPDATE audit_events SET chain_seq = ${to} WHERE chain = 'GH' AND chain_seq = ${from}`.execute(
          trx,
        );
      await move(p, -1);
      await move(p + 1, p);
      await move(-1, p + 1);
    });
    expect(ghana(report)?.firstBroken).toMatchObject({ chainSeq: p, reason: 'link' });
  });

  it('catches a cut-off tail by the signed head, and a chain deleted whole', async () => {
    const n3 = sealedGH[2] as number;
    const cut = await afterAttack(async (trx) => {
      await trx
        .deleteFrom('audit_events')
        .where('chain', '=', 'GH')
        .where('chain_seq', '>', n3 - 3)
        .execute();
    });
    // What is left is internally consistent: only the head knows the tail existed.
    expect(ghana(cut)).toMatchObject({ checked: n3 - 3, lastChainSeq: n3 - 3 });
    expect(ghana(cut)?.firstBroken).toEqual({
      seq: null,
      chainSeq: n3 - 2,
      eventId: null,
      reason: 'truncated',
    });
    expect(cut).toMatchObject({ isIntact: false, firstBrokenSeq: null, reason: 'truncated' });

    const gone = await afterAttack(async (trx) => {
      await trx.deleteFrom('audit_events').where('chain', '=', 'GH').execute();
    });
    expect(ghana(gone)?.firstBroken).toMatchObject({ chainSeq: 1, reason: 'truncated' });
  });

  it('catches a chain rewritten and rehashed, naming the first position no signed head vouches for', async () => {
    const [n1] = sealedGH as [number];
    const p = n1 + 3;
    const firstSuspect = await eventAt(db, 'GH', n1 + 1);
    const report = await afterAttack(async (trx) => {
      await trx
        .updateTable('audit_events')
        .set({ entity_id: null })
        .where('chain', '=', 'GH')
        .where('chain_seq', '=', p)
        .execute();
      await recomputeFrom(trx, 'GH', p);
    });
    const verdict = ghana(report);
    expect(verdict?.checked).toBe(verdict?.lastChainSeq); // every link and hash holds…
    expect(verdict?.firstBroken).toEqual({
      seq: firstSuspect.seq,
      chainSeq: n1 + 1, // …but the heads at n2 and n3 no longer match: the change lies after n1
      eventId: firstSuspect.id,
      reason: 'recomputed',
    });
  });

  it('refuses a head it did not sign (forged, or signed with another key)', async () => {
    const last = await lastPosition('GH');
    const event = await eventAt(db, 'GH', last);
    const forged = signHead(Buffer.alloc(32, 7), {
      chain: 'GH',
      lastSeq: last + 5,
      lastHash: event.hash,
      signedAt: new Date().toISOString(),
    });
    const report = await afterAttack(async (trx) => {
      await trx
        .insertInto('audit_chain_heads')
        .values({
          chain: forged.chain,
          last_seq: forged.lastSeq,
          last_hash: forged.lastHash,
          signed_at: forged.signedAt,
          mac: forged.mac,
        })
        .execute();
    });
    expect(ghana(report)?.firstBroken).toMatchObject({ chainSeq: last + 5, reason: 'signature' });
    // The forged head is not taken as the latest signed one.
    expect(ghana(report)?.signedChainSeq).toBe(last);
  });

  it('still catches a rehashed or cut chain with the heads table wiped, from the heads kept outside the database', async () => {
    const outside: ChainHead[] = [];
    for await (const head of streamHeadFile(headFile)) outside.push(head);
    expect(outside.filter((h) => h.chain === 'GH').map((h) => h.lastSeq)).toEqual(sealedGH);
    // The same heads went to the log, as JSON a collector keeps.
    expect(logged).toContainEqual({
      auditHead: expect.objectContaining({ chain: 'GH', lastSeq: sealedGH[2] }),
    });
    const rehash = async (trx: Transaction<DB>) => {
      await trx.deleteFrom('audit_chain_heads').execute();
      await trx
        .updateTable('audit_events')
        .set({ ip: '10.9.9.9' })
        .where('chain', '=', 'GH')
        .where('chain_seq', '=', 2)
        .execute();
      await recomputeFrom(trx, 'GH', 2);
    };
    // With the database alone the rehashed chain passes: that is why heads also leave it.
    expect((await afterAttack(rehash)).isIntact).toBe(true);
    expect(ghana(await afterAttack(rehash, outside))?.firstBroken).toMatchObject({
      chainSeq: 1,
      reason: 'recomputed',
    });

    const n3 = sealedGH[2] as number;
    const cutAndWipe = async (trx: Transaction<DB>) => {
      await trx.deleteFrom('audit_chain_heads').execute();
      await trx.deleteFrom('audit_events').where('chain', '=', 'GH').where('chain_seq', '=', n3).execute();
    };
    expect((await afterAttack(cutAndWipe)).isIntact).toBe(true);
    expect(ghana(await afterAttack(cutAndWipe, outside))?.firstBroken).toMatchObject({
      chainSeq: n3,
      reason: 'truncated',
    });
  });

  it('signs only chains that grew, and reports events written since the last head as unsigned', async () => {
    expect(await sealer.sealNow()).toEqual([]);
    const ma = await logIn(t.app, demoEmail('counsellor', 'MA')); // a global event
    expect(ma.userId).toBeTruthy();
    const before = await verifyAuditTrail(db, { key, isDevelopmentKey: true });
    expect(before.isIntact).toBe(true);
    expect(before.chains.find((c) => c.chain === 'global')?.unsigned).toBe(1);
    const sealed = await sealer.sealNow();
    expect(sealed.map((h) => h.chain)).toEqual(['global']);
    const after = await verifyAuditTrail(db, { key, isDevelopmentKey: true });
    expect(after.chains.find((c) => c.chain === 'global')?.unsigned).toBe(0);
  });

  it('still verifies events written before per-country chains with their original hashes', async () => {
    // The pre-0015 hash, as audit.repo.ts computed it then: no chain fields.
    const { createHash } = await import('node:crypto');
    const oldHash = (prev: string, e: Record<string, string | null>) =>
      createHash('sha256')
        .update(prev)
        .update(
          JSON.stringify({
            id: e.id,
            occurred_at: e.occurred_at,
            actor_user_id: e.actor_user_id,
            action: e.action,
            entity_type: e.entity_type,
            entity_id: e.entity_id,
            country_code: e.country_code,
            ip: e.ip,
          }),
        )
        .digest('hex');
    const report = await afterAttack(async (trx) => {
      let prev = GENESIS;
      for (const [i, country] of ['GH', null, 'MA'].entries()) {
        const e = {
          id: `01a21e13-0000-7000-8000-00000000000${i}`,
          occurred_at: `2026-01-0${i + 1}T10:00:00.000Z`,
          actor_user_id: null,
          action: 'client.register',
          entity_type: 'client',
          entity_id: `c${i}`,
          country_code: country,
          ip: '127.0.0.1',
        };
        const hash = oldHash(prev, e);
        await trx
          .insertInto('audit_events')
          .values({ ...e, chain: 'legacy', chain_seq: i + 1, prev_hash: prev, hash })
          .execute();
        prev = hash;
      }
    });
    expect(report.chains.find((c) => c.chain === 'legacy')).toMatchObject({ isIntact: true, checked: 3 });
  });
});
