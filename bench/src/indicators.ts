/**
 * Indicator dashboard benchmark on a generated dataset (bench/src/gen/main.ts; see BENCHMARKS.md):
 * `npm run bench:indicators -- --database-url postgres://…/bench [--runs 15] [--runs-all 7]
 * [--writes 100] [--rebuild]`. For each view it times, interleaved in the same run, the report
 * the dashboard asks for (`buildIndicatorReport`) read from the rollup, the same report read from
 * the raw tables only, and a naive GROUP BY of people and sessions by client group and sex over
 * the raw tables; it checks that both reports are equal, and times the rollup's upkeep on writes.
 */
import os from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { IndicatorQuery, Role, ScopeType } from '@pathways/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../apps/server/src/access/actor.js';
import { permissionsOf } from '../../apps/server/src/access/policies.js';
import { recordSession } from '../../apps/server/src/casework/sessions.service.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import type { CountSource } from '../../apps/server/src/indicators/counselling-rollup.repo.js';
import { buildIndicatorReport } from '../../apps/server/src/indicators/indicators.service.js';
import { rebuildRollup, refreshClientYears } from '../../apps/server/src/indicators/rollup.repo.js';
import { openBenchDatabase } from './gen/open.js';
import { createRandom } from './gen/prng.js';
import { type Goal, writeReport } from './report.js';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    runs: { type: 'string', default: '15' },
    'runs-all': { type: 'string', default: '7' },
    warmup: { type: 'string', default: '2' },
    writes: { type: 'string', default: '100' },
    year: { type: 'string', default: '2026' },
    rebuild: { type: 'boolean', default: false },
    /** Skip timing the raw-tables report (each run of the all-countries views takes seconds); it is still checked equal once. */
    'no-raw': { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});
if (!args['database-url'])
  throw new Error('use --database-url postgres://… (a database loaded by bench/src/gen)');
const year = args.year as string;

const database = await openBenchDatabase({ databaseUrl: args['database-url'] });
const { db } = database;
const loadAtStart = os.loadavg();
const notes: string[] = [];

const timedMs = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

// ---- the rollup: migrated (0016 backfills what is there) or built after a bulk load --------------
const migrateMs = await timedMs(() => migrate(database));
const applied = (await sql<{ name: string }>`select name from schema_migrations`.execute(db)).rows;
notes.push(`migrate: ${(migrateMs / 1000).toFixed(1)} s (${applied.length} migrations recorded)`);
const [{ rows: n } = { rows: 0 }] = (
  await sql<{ rows: number }>`select count(*)::int as rows from indicator_client_years`.execute(db)
).rows;
if (args.rebuild || n === 0) {
  const ms = await timedMs(() => rebuildRollup(db));
  await sql`analyze indicator_client_years`.execute(db);
  notes.push(`rollup rebuilt from the sessions in ${(ms / 1000).toFixed(1)} s`);
}
const size = (
  await sql<{ rows: number; size: string; sessions_size: string; sessions: number; clients: number }>`
    select (select count(*)::int from indicator_client_years) as rows,
      pg_size_pretty(pg_total_relation_size('indicator_client_years')) as size,
      pg_size_pretty(pg_total_relation_size('counselling_sessions')) as sessions_size,
      (select count(*)::int from counselling_sessions) as sessions,
      (select count(*)::int from clients) as clients`.execute(db)
).rows[0];

// ---- who asks what ---------------------------------------------------------------------------
const biggest = (
  await sql<{ country_code: string; n: number }>`
    select country_code, count(*)::int as n from indicator_client_years
    where year = ${Number(year)} and is_whole group by 1 order by 2 desc limit 1`.execute(db)
).rows[0];
if (!biggest) throw new Error(`no sessions in ${year}: generate a dataset whose --as-of lies in ${year}`);
const country = biggest.country_code;
const countryCentres = (
  await sql<{ id: string; code: string; sessions: number }>`
    select c.id, c.code, (select count(*)::int from counselling_sessions s
      where s.country_code = c.country_code and s.centre_id = c.id) as sessions
    from centres c where c.country_code = ${country} order by 3 desc`.execute(db)
).rows;
const centre = countryCentres[0];
if (!centre) throw new Error(`no centre in ${country}`);

function actor(role: Role, scopeType: ScopeType, countryCode: string | null, centreId: string | null): Actor {
  return {
    userId: '00000000-0000-7000-8000-000000000000',
    sessionTokenHash: '',
    csrfToken: '',
    memberships: [{ id: 'bench', role, scopeType, countryCode, centreId, partnerOrganisationId: null }],
    permissions: permissionsOf([role]),
  };
}
const countryManager = actor('country_manager', 'country', country, null);
const centreManager = actor('centre_manager', 'centre', country, centre.id);
const analyst = actor('analyst', 'all', null, null);

type Case = {
  label: string;
  viewer: Actor;
  query: IndicatorQuery;
  runs: number;
  /** The naive query's filter: a country and its centres, or everything. */
  naive: { countryCode?: string; centreId?: string; from: string; to: string };
};
const runs = Number(args.runs);
const runsAll = Number(args['runs-all']);
const yearRange = { from: `${year}-01-01`, to: `${year}-12-31` };
const q = (query: Partial<IndicatorQuery>) => query as IndicatorQuery;
const cases: Case[] = [
  {
    label: `country manager ${country}, ${year}, by centre (drill-down, country level)`,
    viewer: countryManager,
    query: q({ period: year, country, breakdown: 'centre' }),
    runs,
    naive: { countryCode: country, ...yearRange },
  },
  {
    label: `country manager ${country}, ${year}, by month`,
    viewer: countryManager,
    query: q({ period: year, country, breakdown: 'month' }),
    runs,
    naive: { countryCode: country, ...yearRange },
  },
  {
    label: `country manager ${country}, ${year}-Q2, women returnees`,
    viewer: countryManager,
    query: q({ period: `${year}-Q2`, country, breakdown: 'none', clientGroup: 'returnee', sex: 'female' }),
    runs,
    naive: { countryCode: country, from: `${year}-04-01`, to: `${year}-06-30` },
  },
  {
    label: `centre manager ${country}-${centre.code}, ${year}, by month (drill-down, centre level)`,
    viewer: centreManager,
    query: q({ period: year, breakdown: 'month' }),
    runs,
    naive: { countryCode: country, centreId: centre.id, ...yearRange },
  },
  {
    label: `country manager ${country}, ${year}, by topic (raw tables on both sides)`,
    viewer: countryManager,
    query: q({ period: year, country, breakdown: 'topic' }),
    runs,
    naive: { countryCode: country, ...yearRange },
  },
  {
    label: `analyst, all countries, ${year}, by country (suppressed)`,
    viewer: analyst,
    query: q({ period: year, breakdown: 'country' }),
    runs: runsAll,
    naive: yearRange,
  },
  {
    label: `analyst, all countries, ${year}, by month (suppressed)`,
    viewer: analyst,
    query: q({ period: year, breakdown: 'month' }),
    runs: runsAll,
    naive: yearRange,
  },
];

/** The naive baseline: distinct people and sessions by client group and sex, straight off the raw tables. */
function naiveQuery(c: Case['naive']) {
  const where = [
    sql`s.held_on between ${c.from}::date and ${c.to}::date`,
    ...(c.countryCode ? [sql`s.country_code = ${c.countryCode}`] : []),
    ...(c.centreId ? [sql`s.centre_id = ${c.centreId}`] : []),
  ];
  return sql`select c.client_group, c.sex, count(distinct s.client_id)::int as people, count(*)::int as sessions
    from counselling_sessions s join clients c on c.country_code = s.country_code and c.id = s.client_id
    where ${sql.join(where, sql` and `)} group by 1, 2`.execute(db);
}

const now = new Date(`${year}-12-31T12:00:00Z`);
const report = (c: Case, source: CountSource) => buildIndicatorReport(db, c.viewer, c.query, 5, now, source);

type Samples = { rollup: number[]; raw: number[]; naive: number[] };
const results: { c: Case; samples: Samples; equal: boolean; people: string }[] = [];
for (const c of cases) {
  const fromRollup = await report(c, 'rollup');
  const fromRaw = await report(c, 'raw');
  const equal = isDeepStrictEqual(fromRollup, fromRaw);
  const headline = fromRollup.headline.find((h) => h.indicator === 'people_counselled')?.value;
  for (let i = 0; i < Number(args.warmup); i++) await naiveQuery(c.naive);
  const samples: Samples = { rollup: [], raw: [], naive: [] };
  const paths: [keyof Samples, () => Promise<unknown>][] = [
    ['rollup', () => report(c, 'rollup')],
    ...(args['no-raw'] ? [] : [['raw', () => report(c, 'raw')] as [keyof Samples, () => Promise<unknown>]]),
    ['naive', () => naiveQuery(c.naive)],
  ];
  for (let i = 0; i < c.runs; i++) {
    // Rotated so that no path always runs right after another (caches, the other helpers' load).
    for (let j = 0; j < paths.length; j++) {
      const [key, fn] = paths[(i + j) % paths.length] as [keyof Samples, () => Promise<unknown>];
      samples[key].push(await timedMs(fn));
    }
  }
  results.push({ c, samples, equal, people: String(headline) });
  process.stderr.write(`${c.label}: done\n`);
}

// ---- upkeep: what the rollup adds to a write --------------------------------------------------
const writes = Number(args.writes);
const random = createRandom(4242);
const sampleClients = (
  await sql<{ id: string }>`
    select client_id as id from indicator_client_years
    where country_code = ${country} and year = ${Number(year)} and centre_id = ${centre.id}
    order by client_id limit 5000`.execute(db)
).rows;
const someClient = () => sampleClients[Math.floor(random.next() * sampleClients.length)] as { id: string };
const refreshMs: number[] = [];
for (let i = 0; i < writes; i++) {
  const id = someClient().id;
  refreshMs.push(
    await timedMs(() => db.transaction().execute((trx) => refreshClientYears(trx, country, id))),
  );
}
const counsellor = (
  await sql<{ id: string }>`select u.id from users u join memberships m on m.user_id = u.id
    where m.centre_id = ${centre.id} and m.role = 'counsellor' limit 1`.execute(db)
).rows[0];
const recordMs: number[] = [];
if (counsellor) {
  const writer = { ...actor('counsellor', 'centre', country, centre.id), userId: counsellor.id };
  const noKeys = {} as Parameters<typeof recordSession>[1]; // no sensitive notes: no key needed
  for (let i = 0; i < writes; i++) {
    const id = someClient().id;
    const active = await sql<{ ok: boolean }>`select status = 'active' as ok from clients
      where country_code = ${country} and id = ${id}`.execute(db);
    if (!active.rows[0]?.ok) continue;
    recordMs.push(
      await timedMs(() =>
        recordSession(
          db,
          noKeys,
          writer,
          id,
          {
            heldOn: `${year}-06-15`,
            channel: 'phone',
            format: 'individual',
            topics: ['local_jobs'],
            durationMinutes: 30,
            notes: '',
            nextSteps: '',
          },
          '127.0.0.1',
        ),
      ),
    );
  }
}

// ---- the report ------------------------------------------------------------------------------
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const pcts = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: at(s, 0.5), p95: at(s, 0.95) };
};
const ms = (n: number) =>
  Number.isNaN(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}`;
const loadAtEnd = os.loadavg();
const lines: string[] = [];
lines.push('### Indicator dashboard', '');
lines.push(
  `- PostgreSQL (node-postgres, pool of 4); ${size?.clients.toLocaleString('en')} clients, ${size?.sessions.toLocaleString('en')} sessions (${size?.sessions_size}); rollup ${size?.rows.toLocaleString('en')} rows (${size?.size} with indexes)`,
  `- load average ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')} at start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' / ')} at the end (1 / 5 / 15 min)`,
  ...notes.map((n) => `- ${n}`),
  `- per view: ${runs} runs (all countries: ${runsAll}) of each path, interleaved; "report" is the whole dashboard report (every table, suppression, headline)`,
  '',
  args['no-raw']
    ? "(The raw-tables report was not timed in this run, only checked equal to the rollup's once per view.)"
    : '',
  '',
);
const withRaw = !args['no-raw'];
lines.push(
  `| view | people (headline) | dashboard report p50 / p95 |${withRaw ? ' raw-tables report p50 / p95 |' : ''} naive GROUP BY p50 / p95 | report ÷ naive (p95) |${withRaw ? ' raw ÷ rollup (p95) |' : ''} reports equal |`,
  `|---|---|---|---|---|${withRaw ? '---|---|' : ''}---|`,
);
for (const { c, samples, equal, people } of results) {
  const r = pcts(samples.rollup);
  const w = pcts(samples.raw);
  const n = pcts(samples.naive);
  const raw = (cell: string) => (withRaw ? ` ${cell} |` : '');
  lines.push(
    `| ${c.label} | ${people} | ${ms(r.p50)} / ${ms(r.p95)} |${raw(`${ms(w.p50)} / ${ms(w.p95)}`)} ${ms(n.p50)} / ${ms(n.p95)} | ${ratio(r.p95, n.p95)} |${raw(ratio(w.p95, r.p95))} ${equal ? 'yes' : '**no**'} |`,
  );
}
const refresh = pcts(refreshMs);
const record = pcts(recordMs);
lines.push(
  '',
  `Upkeep on writes (${country}-${centre.code}): refreshing one client's rows in its own transaction p50 ${refresh.p50.toFixed(1)} ms / p95 ${refresh.p95.toFixed(1)} ms (${refreshMs.length} clients); recording a session through the service, refresh included, p50 ${record.p50.toFixed(1)} ms / p95 ${record.p95.toFixed(1)} ms (${recordMs.length} sessions).`,
);
// The issue's goal: the dashboard of one country-year (drill-down by centre or by month) ≤ 300 ms at p95.
const goals: Goal[] = results
  .filter(
    ({ c }) =>
      c.viewer === countryManager && c.query.period === year && /centre|month/.test(c.query.breakdown ?? ''),
  )
  .map(({ c, samples }) => {
    const p95 = pcts(samples.rollup).p95;
    return {
      label: `dashboard p95, ${c.label}, ${size?.clients.toLocaleString('en')} clients`,
      target: '≤ 300 ms',
      value: ms(p95),
      met: p95 <= 300,
    };
  });
const figures: Record<string, number> = {};
results.forEach(({ samples }, i) => {
  figures[`view${i}.rollup.p95`] = pcts(samples.rollup).p95;
  figures[`view${i}.naive.p95`] = pcts(samples.naive).p95;
});
await writeReport(args.report, { section: lines.join('\n'), goals, figures });
await database.close();
