import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client.js';
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
import { everyRowAsJson, uniqueName } from './case-fixture.js';
import { runRetention } from './retention.service.js';
import { formatRetentionReport } from './retention-report.js';

const run = promisify(execFile);
let t: TestContext;
type Case = { id: string; caseCode: string; given: string };
/** Closed today at Lahore / Islamabad, closed then reopened, never closed, closed in Morocco. */
const cases: Record<'lahoreClosed' | 'islamabadClosed' | 'reopened' | 'active' | 'moroccoClosed', Case> =
  {} as never;

const yearsFromNow = (years: number) => new Date(Date.now() + years * 365.25 * 24 * 3_600_000);
const db = () => t.database.db;
const row = (id: string) =>
  db().selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function register(session: Session, centreId: string): Promise<Case> {
  const given = uniqueName();
  const res = await request(
    t.app,
    session,
    'POST',
    '/api/clients',
    clientBody(centreId, { name: { given, family: uniqueName() } }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, caseCode: res.json().caseCode, given };
}

async function close(session: Session, c: Case) {
  const version = (await row(c.id)).version;
  const res = await request(t.app, session, 'POST', `/api/clients/${c.id}/close`, {
    reason: 'moved_away',
    version,
  });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const pk = await logIn(t.app, demoEmail('country_manager', 'PK'));
  const ma = await logIn(t.app, demoEmail('country_manager', 'MA'));
  const centres = { ...(await centreIds(t.app, pk.cookie)), ...(await centreIds(t.app, ma.cookie)) };
  cases.lahoreClosed = await register(pk, centres.LHE as string);
  cases.islamabadClosed = await register(pk, centres.ISB as string);
  cases.reopened = await register(pk, centres.LHE as string);
  cases.active = await register(pk, centres.LHE as string);
  cases.moroccoClosed = await register(ma, centres.CAS as string);
  for (const c of [cases.lahoreClosed, cases.islamabadClosed, cases.reopened]) await close(pk, c);
  await close(ma, cases.moroccoClosed);
  const reopened = await request(t.app, pk, 'POST', `/api/clients/${cases.reopened.id}/reopen`, {
    version: (await row(cases.reopened.id)).version,
  });
  expect(reopened.statusCode, reopened.body).toBe(200);
  // Morocco keeps closed cases for ten years; Pakistan has the default of five.
  await db().updateTable('countries').set({ retention_years: 10 }).where('code', '=', 'MA').execute();
});
afterAll(() => t.close());

const dueCodes = (report: Awaited<ReturnType<typeof runRetention>>) =>
  report.countries.flatMap((c) => c.centres.flatMap((x) => x.caseCodes)).sort();

describe('npm run retention', () => {
  // Child processes (tsx start-up, PGlite on disk): slower than the rest.
  it('lists with --dry-run, refuses --as-of without it, and anonymises what is due', {
    timeout: 120_000,
  }, async () => {
    const dump = await t.database.dump?.();
    if (!dump) return;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-retention-'));
    const dataDir = path.join(dir, 'data');
    try {
      const copy = await openPglite({ dataDir, loadDataDir: dump });
      // Closed six years ago: due under Pakistan's five years.
      await sql`UPDATE client_events SET occurred_at = now() - interval '6 years'
        WHERE client_id = ${cases.lahoreClosed.id} AND kind = 'closed'`.execute(copy.db);
      await copy.close();
      const cli = (args: string[]) =>
        run(process.execPath, ['--import', 'tsx', 'apps/server/src/data-subject/retention-cli.ts', ...args], {
          env: { ...process.env, NODE_ENV: 'test', PATHWAYS_DATA_DIR: dataDir },
        });
      const planned = await cli(['--dry-run', '--as-of', yearsFromNow(6).toISOString().slice(0, 10)]);
      expect(planned.stdout).toContain('(dry run: nothing was changed)');
      expect(planned.stdout).toContain('PK (closed cases anonymised 5 years after closing): 2 cases');
      expect(planned.stdout).toContain(cases.islamabadClosed.caseCode);
      expect(planned.stdout).not.toContain(cases.moroccoClosed.caseCode);
      expect(planned.stdout).not.toContain(cases.lahoreClosed.given);
      await expect(cli(['--as-of', '2040-01-01'])).rejects.toMatchObject({
        stderr: expect.stringContaining('--as-of plans ahead: use it with --dry-run.'),
      });
      const real = await cli([]);
      expect(real.stdout).toContain(`LHE`);
      expect(real.stdout).toContain(cases.lahoreClosed.caseCode);
      expect(real.stdout).toContain('Total: 1 case anonymised.');

      const after = await openPglite({ dataDir });
      try {
        const rows = await after.db
          .selectFrom('clients')
          .select(['id', 'status', 'given_name'])
          .where('id', 'in', [cases.lahoreClosed.id, cases.islamabadClosed.id])
          .execute();
        expect(rows.find((r) => r.id === cases.lahoreClosed.id)).toMatchObject({
          status: 'erased',
          given_name: null,
        });
        expect(rows.find((r) => r.id === cases.islamabadClosed.id)).toMatchObject({ status: 'closed' });
      } finally {
        await after.close();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('retention dry run', () => {
  it('lists the closed cases past their country’s limit, per country and centre, and changes nothing', async () => {
    const before = await everyRowAsJson(t);
    const report = await runRetention(db(), { dryRun: true, asOf: yearsFromNow(6) });
    expect(report).toMatchObject({ dryRun: true, anonymised: 0 });
    expect(report.countries).toEqual([
      {
        countryCode: 'PK',
        retentionYears: 5,
        total: 2,
        centres: [
          { centreCode: 'ISB', centreName: expect.any(String), caseCodes: [cases.islamabadClosed.caseCode] },
          { centreCode: 'LHE', centreName: expect.any(String), caseCodes: [cases.lahoreClosed.caseCode] },
        ],
      },
    ]);
    expect(await everyRowAsJson(t)).toBe(before);
    // Not yet due at four years; Morocco's case is due after its ten.
    expect(dueCodes(await runRetention(db(), { dryRun: true, asOf: yearsFromNow(4) }))).toEqual([]);
    expect(dueCodes(await runRetention(db(), { dryRun: true, asOf: yearsFromNow(11) }))).toEqual(
      [cases.lahoreClosed.caseCode, cases.islamabadClosed.caseCode, cases.moroccoClosed.caseCode].sort(),
    );
    const text = formatRetentionReport(report);
    expect(text).toContain('Total: 2 cases would be anonymised.');
    expect(text).not.toContain(cases.lahoreClosed.given);
  });
});

describe('retention run', () => {
  it('anonymises only the closed cases older than the limit, audited as the system', async () => {
    const report = await runRetention(db(), { dryRun: false, asOf: yearsFromNow(6) });
    expect(report.anonymised).toBe(2);
    expect(dueCodes(report)).toEqual([cases.lahoreClosed.caseCode, cases.islamabadClosed.caseCode].sort());
    for (const c of [cases.lahoreClosed, cases.islamabadClosed]) {
      expect(await row(c.id)).toMatchObject({
        status: 'erased',
        given_name: null,
        family_name: null,
        phone: null,
        search_skeleton: '',
        erasure_reason: 'retention_period',
        erased_by: null,
        sex: 'male',
        birth_year: 1994,
      });
      const audit = await db()
        .selectFrom('audit_events')
        .select(['actor_user_id', 'country_code'])
        .where('action', '=', 'client.erase')
        .where('entity_id', '=', c.id)
        .execute();
      expect(audit).toEqual([{ actor_user_id: null, country_code: 'PK' }]);
    }
    for (const c of [cases.reopened, cases.active, cases.moroccoClosed]) {
      const untouched = await row(c.id);
      expect(untouched.given_name, c.caseCode).toBe(c.given);
      expect(untouched.erased_at).toBeNull();
    }
    expect(await everyRowAsJson(t)).not.toContain(cases.lahoreClosed.given);
    // Nothing is left to do at that date.
    expect(dueCodes(await runRetention(db(), { dryRun: true, asOf: yearsFromNow(6) }))).toEqual([]);
  });
});
