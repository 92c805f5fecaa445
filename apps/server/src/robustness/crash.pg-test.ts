import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../audit/audit.verify.js';
import { streamHeadFile } from '../audit/audit-head-file.js';
import { loadConfig } from '../config/config.js';
import { type Database, openPostgres } from '../db/client.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { insertAgreement, insertOffer, partnerOfUser } from '../referrals/referral-fixtures.js';
import { clientBody, demoEmail } from '../testing/index.js';
import { adminUrlOf, databaseUrlFor } from '../testing/postgres-urls.js';
import { type Ack, type BurstTally, type HttpSession, referralBurst, signIn } from './referral-burst.js';
import { checkReferrals } from './referral-invariants.js';
import { freePort, type ServerProcess, startServer } from './server-process.js';

// The real server on its own PostgreSQL database, killed with SIGKILL in the middle of a burst
// of referral writes, 15 times. After each restart every write it acknowledged (2xx) must be
// there as acknowledged, and nothing half-applied: each referral's row, events, version, audit
// events and its offer's seats agree, and the audit chains verify against their signed heads.

const CYCLES = 15;
const WORKERS = 6;

const serverUrl = process.env.DATABASE_URL as string;
const name = `pathways_test_crash_${randomUUID().replaceAll('-', '')}`;
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-crash-'));
const headFile = path.join(dir, 'audit-heads.jsonl');
const env = {
  NODE_ENV: 'development',
  DATABASE_URL: databaseUrlFor(serverUrl, name),
  DATABASE_MIGRATOR_URL: '',
  PATHWAYS_DEMO: '1',
  PATHWAYS_DATA_DIR: dir,
  LOG_LEVEL: 'warn',
  PATHWAYS_AUDIT_HEAD_FILE: headFile,
  // Seal every second, so that kills also land while heads are being signed and appended.
  PATHWAYS_AUDIT_SEAL_SECONDS: '1',
};

let admin: Database | undefined;
let db: Database | undefined;
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.crash();
  await db?.close();
  await admin?.withRawSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await admin?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function createClient(url: string, counsellor: HttpSession, centreId: string, partnerId: string) {
  const res = await fetch(`${url}/api/clients`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: counsellor.cookie,
      'x-csrf-token': counsellor.csrfToken,
    },
    body: JSON.stringify(
      clientBody(centreId, {
        consents: [
          { purpose: 'counselling', textVersion: 'c-1', language: 'fr' },
          {
            purpose: 'partner_sharing',
            partnerOrganisationId: partnerId,
            textVersion: 's-1',
            language: 'fr',
          },
        ],
      }),
    ),
  });
  if (res.status !== 201) throw new Error(`client not created: ${res.status} ${await res.text()}`);
  const client = (await res.json()) as { id: string; consents: Array<{ id: string; purpose: string }> };
  return {
    clientId: client.id,
    consentId: client.consents.find((c) => c.purpose === 'partner_sharing')?.id as string,
  };
}

describe('crash test (kill -9 during referral writes)', () => {
  it(`keeps every acknowledged write whole across ${CYCLES} kills`, async () => {
    admin = await openPostgres(adminUrlOf(serverUrl), 1);
    await admin.withRawSession((s) => s.exec(`CREATE DATABASE ${name}`));
    const port = await freePort();
    server = await startServer(env, port); // migrates and seeds the demo
    db = await openPostgres(env.DATABASE_URL, 2);

    const partnerId = (await partnerOfUser(db.db, demoEmail('partner_staff', 'MA')))
      .partner_organisation_id as string;
    const centreId = (await partnerOfUser(db.db, demoEmail('counsellor', 'MA'))).centre_id as string;
    await insertAgreement(db.db, 'MA', partnerId, {
      signedOn: '2025-01-01',
      expiresOn: '2099-01-01',
      purposes: ['referrals', 'outcome_feedback'],
    });
    // A roomy offer and one that fills up during the test (enrolments then refused, 409).
    const offerIds = [
      await insertOffer(db.db, 'MA', partnerId, 'active', 100_000),
      await insertOffer(db.db, 'MA', partnerId, 'active', 40),
    ];
    const counsellor = await signIn(server.url, demoEmail('counsellor', 'MA'), DEMO_PASSWORD);
    const partner = await signIn(server.url, demoEmail('partner_staff', 'MA'), DEMO_PASSWORD);
    const { clientId, consentId } = await createClient(server.url, counsellor, centreId, partnerId);
    const audit = loadConfig(env).audit;

    const acks: Ack[] = [];
    const totals: BurstTally = {
      attempted: 0,
      acknowledged: 0,
      refused: 0,
      refusedCodes: {},
      cutOff: 0,
      serverErrors: [],
    };
    let lastCheck: Awaited<ReturnType<typeof checkReferrals>> | undefined;
    let auditEvents = 0;
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const burst = referralBurst(
        { url: server.url, counsellor, partner, clientId, consentId, offerIds, workers: WORKERS },
        acks,
      );
      await new Promise((r) => setTimeout(r, 400 + Math.random() * 1200));
      await server.crash();
      const tally = await burst;
      for (const key of ['attempted', 'acknowledged', 'refused', 'cutOff'] as const)
        totals[key] += tally[key];
      totals.serverErrors.push(...tally.serverErrors);
      for (const [code, n] of Object.entries(tally.refusedCodes))
        totals.refusedCodes[code] = (totals.refusedCodes[code] ?? 0) + n;
      expect(tally.acknowledged, `cycle ${cycle} acknowledged nothing`).toBeGreaterThan(0);

      server = await startServer(env, port);
      lastCheck = await checkReferrals(db.db, acks, offerIds);
      expect(lastCheck.missing, `cycle ${cycle}`).toEqual([]);
      expect(lastCheck.halfApplied, `cycle ${cycle}`).toEqual([]);
      const report = await verifyAuditTrail(db.db, {
        key: audit.key as Buffer,
        isDevelopmentKey: audit.isDevelopmentKey,
        externalHeads: [() => streamHeadFile(headFile)],
      });
      expect(report.isIntact, `cycle ${cycle}: ${JSON.stringify(report.chains)}`).toBe(true);
      auditEvents = report.checked;
      // The restarted server serves what it acknowledged before the kill.
      const last = acks[acks.length - 1] as Ack;
      const res = await fetch(`${server.url}/api/referrals/${last.referralId}`, {
        headers: { cookie: counsellor.cookie },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { version: number }).version).toBeGreaterThanOrEqual(last.version);
    }
    expect(totals.serverErrors).toEqual([]);
    // Each referral has one writer at a time: the only refusals expected are full offers.
    expect(Object.keys(totals.refusedCodes).filter((code) => code !== 'offer_full')).toEqual([]);
    console.log(
      `crash test: ${CYCLES} kill -9 cycles, ${totals.attempted} referral writes sent, ` +
        `${totals.acknowledged} acknowledged (2xx), ${lastCheck?.found} of them found as acknowledged, ` +
        `${totals.refused} refused (409 offer_full), ${totals.cutOff} cut off by the kill, ` +
        `${lastCheck?.referrals} referrals checked, half-applied ${lastCheck?.halfApplied.length}, ` +
        `audit trail intact (${auditEvents} events)`,
    );
  }, 300_000);
});
