/**
 * Client search and duplicate-check benchmark on a generated dataset (bench/src/gen/main.ts):
 * `npx tsx bench/src/search.ts [--database-url … | --data-dir ./data-bench | --load-dump FILE.tar]
 * [--pairs FILE] [--queries 200]`. For planted duplicate pairs it queries with the second record
 * (as a duplicate-check draft, and its name as search-box text) through the server's own service
 * functions, beside a naive trigram query in the same run, and reports latency and recall@10.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { DuplicateCheckBody } from '@pathways/contracts';
import { buildSearchKeys, normaliseText } from '@pathways/domain';
import type { Actor } from '../../apps/server/src/access/actor.js';
import { permissionsOf } from '../../apps/server/src/access/policies.js';
import { findDuplicates, searchClients } from '../../apps/server/src/clients/client-matching.service.js';
import { personFromInput } from '../../apps/server/src/clients/client-person.js';
import type { ClientRow } from '../../apps/server/src/clients/clients.presenter.js';
import type { PlantedPair } from './gen/generate.js';
import { openBenchDatabase, pairsPathFor } from './gen/open.js';
import { createRandom } from './gen/prng.js';
import { writeReport } from './report.js';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string', default: './data-bench' },
    'load-dump': { type: 'string' },
    pairs: { type: 'string' },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '20' },
    report: { type: 'string' },
    explain: { type: 'boolean', default: false },
  },
});

type Query = { pair: PlantedPair; actor: Actor; draft: DuplicateCheckBody; text: string; naiveText: string };
type Path = { label: string; samples: number[]; hits: boolean[] };

const target = { databaseUrl: args['database-url'], dataDir: args['data-dir'], loadDump: args['load-dump'] };
const pairsFile = JSON.parse(await fs.readFile(args.pairs ?? pairsPathFor(target), 'utf8')) as {
  pairs: PlantedPair[];
  seed: number;
};
const database = await openBenchDatabase(target);
const { db } = database;

const actorFor = (countryCode: string): Actor => ({
  userId: '00000000-0000-7000-8000-000000000000',
  sessionTokenHash: '',
  csrfToken: '',
  memberships: [
    {
      id: 'bench',
      role: 'country_manager',
      scopeType: 'country',
      countryCode,
      centreId: null,
      partnerOrganisationId: null,
    },
  ],
  permissions: permissionsOf(['country_manager']),
});

const orNone = (v: string | null) => v ?? undefined;
function draftOf(row: ClientRow): DuplicateCheckBody {
  const original = {
    given: orNone(row.given_name_original),
    middle: orNone(row.middle_name_original),
    family: orNone(row.family_name_original),
  };
  return {
    name: { given: orNone(row.given_name), middle: orNone(row.middle_name), family: orNone(row.family_name) },
    nameOriginal: original.given || original.middle || original.family ? original : undefined,
    aliases: [],
    sex: row.sex,
    dateOfBirth:
      row.dob_value && row.dob_precision ? { value: row.dob_value, precision: row.dob_precision } : undefined,
    phone: orNone(row.phone),
    idDocument:
      row.id_document_type && row.id_document_number
        ? { type: row.id_document_type as 'passport', number: row.id_document_number }
        : undefined,
  };
}

// Deterministic sample of the planted pairs.
const random = createRandom(Number(args.seed));
const shuffled = [...pairsFile.pairs];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(random.next() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j] as PlantedPair, shuffled[i] as PlantedPair];
}
const wanted = Math.min(Number(args.queries), shuffled.length);
const warmup = Math.min(Number(args.warmup), Math.max(0, shuffled.length - wanted));
const queries: Query[] = [];
for (const pair of shuffled.slice(0, wanted + warmup)) {
  const row = await db
    .selectFrom('clients')
    .selectAll()
    .where('country_code', '=', pair.duplicate.countryCode)
    .where('id', '=', pair.duplicate.id)
    .executeTakeFirstOrThrow();
  const draft = draftOf(row);
  const latin = [row.given_name, row.middle_name, row.family_name].filter(Boolean).join(' ');
  queries.push({
    pair,
    actor: actorFor(pair.duplicate.countryCode),
    draft,
    text: latin,
    naiveText: normaliseText(latin),
  });
}

// The naive baseline's own index: the product has no index on the Latin spelling (migration 0019).
await database.withRawSession((s) =>
  s.exec(
    'CREATE INDEX IF NOT EXISTS bench_naive_latin_knn_idx ON clients USING gist (search_latin gist_trgm_ops)',
  ),
);
const NAIVE_SQL =
  'SELECT id FROM clients WHERE search_latin % $1 ORDER BY similarity(search_latin, $1) DESC LIMIT 10';
const paths: Record<'dup' | 'search' | 'naive', Path> = {
  dup: { label: '(a) duplicate check `findDuplicates`', samples: [], hits: [] },
  search: { label: '(b) name search `searchClients`', samples: [], hits: [] },
  naive: { label: '(c) naive `search_latin % $1 ORDER BY similarity LIMIT 10`', samples: [], hits: [] },
};
const dupTimes: { query: Query; ms: number }[] = [];

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

for (const [index, q] of queries.entries()) {
  const isWarmup = index < warmup;
  const record = (path: Path, ms: number, hit: boolean) => {
    if (isWarmup) return;
    path.samples.push(ms);
    path.hits.push(hit);
  };
  const [dup, dupMs] = await time(() => findDuplicates(db, q.actor, q.draft));
  if (!isWarmup) dupTimes.push({ query: q, ms: dupMs });
  record(
    paths.dup,
    dupMs,
    dup.items.some((i) => i.caseCode === q.pair.original.caseCode),
  );
  const [search, searchMs] = await time(() => searchClients(db, q.actor, q.text, 10));
  record(
    paths.search,
    searchMs,
    search.items.some((i) => i.id === q.pair.original.id),
  );
  const [naive, naiveMs] = await time(() =>
    database.withRawSession((s) => s.query<{ id: string }>(NAIVE_SQL, [q.naiveText])),
  );
  record(
    paths.naive,
    naiveMs,
    naive.some((r) => r.id === q.pair.original.id),
  );
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const stats = (path: Path) => {
  const s = [...path.samples].sort((a, b) => a - b);
  return {
    p50: at(s, 0.5),
    p95: at(s, 0.95),
    p99: at(s, 0.99),
    recall: path.hits.filter(Boolean).length / Math.max(1, path.hits.length),
  };
};
const naive = stats(paths.naive);

const counts = await database.withRawSession(async (s) => {
  const [c] = await s.query<{ n: number }>('SELECT count(*)::int AS n FROM clients');
  const [v] = await s.query<{ n: number }>('SELECT count(*)::int AS n FROM counselling_sessions');
  return { clients: c?.n ?? 0, sessions: v?.n ?? 0 };
});
const fmt = (n: number) => n.toFixed(1);
const pct = (n: number) => `${(100 * n).toFixed(1)} %`;

const where = database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
const lines: string[] = [];
lines.push(`#### ${counts.clients.toLocaleString('en')} clients, ${where}`, '');
lines.push(
  `- database: ${database.kind === 'pglite' ? 'PGlite (in-process)' : 'PostgreSQL (node-postgres)'}; dataset: ${counts.clients.toLocaleString('en')} clients, ${counts.sessions.toLocaleString('en')} sessions, ${pairsFile.pairs.length.toLocaleString('en')} planted pairs (seed ${pairsFile.seed})`,
);
lines.push(
  `- ${paths.dup.samples.length} queries (after ${warmup} warm-up), each the second record of a planted pair; actor: country manager of its country. Recall@10: the first record is among the ≤10 returned (the query's own record is in the data too and takes one place).`,
  '',
);
lines.push(
  '| path | p50 ms | p95 ms | p99 ms | p50 × naive | p95 × naive | recall@10 |',
  '|---|---|---|---|---|---|---|',
);
for (const path of [paths.dup, paths.search, paths.naive]) {
  if (path.samples.length === 0) continue;
  const s = stats(path);
  const recallLabel = pct(s.recall);
  lines.push(
    `| ${path.label} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${(s.p50 / naive.p50).toFixed(2)} | ${(s.p95 / naive.p95).toFixed(2)} | ${recallLabel} |`,
  );
}
lines.push('');

const kinds = [...new Set(queries.slice(warmup).map((q) => q.pair.kind))].sort();
lines.push('| variant | n | duplicate check | search | naive |', '|---|---|---|---|---|');
for (const kind of kinds) {
  const idx = queries
    .slice(warmup)
    .map((q, i) => (q.pair.kind === kind ? i : -1))
    .filter((i) => i >= 0);
  const share = (p: Path) => (p.hits.length ? pct(idx.filter((i) => p.hits[i]).length / idx.length) : '–');
  lines.push(
    `| ${kind} | ${idx.length} | ${share(paths.dup)} | ${share(paths.search)} | ${share(paths.naive)} |`,
  );
}

// The plan of the nearest-skeleton query behind the median duplicate check: where the time goes.
const byTime = [...dupTimes].sort((x, y) => x.ms - y.ms);
const median = byTime[Math.floor(byTime.length / 2)];
if (median && args.explain) {
  const keys = buildSearchKeys(personFromInput(median.query.draft));
  const plan = await database.withRawSession((s) =>
    s.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM clients WHERE country_code = $1 AND status <> 'merged'
       ORDER BY search_skeleton <-> $2 LIMIT 50`,
      [median.query.pair.duplicate.countryCode, keys.skeleton],
    ),
  );
  lines.push(
    '',
    `Nearest-skeleton plan behind the median duplicate check (${fmt(median.ms)} ms; skeleton "${keys.skeleton}"):`,
    '',
    '```',
  );
  lines.push(...plan.map((r) => r['QUERY PLAN']), '```');
}
const figures: Record<string, number> = { clients: counts.clients, sessions: counts.sessions };
for (const [key, path] of Object.entries(paths)) {
  const s = stats(path);
  Object.assign(figures, {
    [`${key}.p50`]: s.p50,
    [`${key}.p95`]: s.p95,
    [`${key}.p99`]: s.p99,
    [`${key}.recall`]: s.recall,
  });
}
await writeReport(args.report, { section: lines.join('\n'), goals: [], figures });
await database.close();
