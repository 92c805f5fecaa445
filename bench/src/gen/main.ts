/**
 * Synthetic clients for benchmarks: `npx tsx bench/src/gen/main.ts --clients 100000 [--seed 42]
 * [--data-dir ./data-bench | --database-url postgres://…] [--duplicates 0.03] [--sessions-per-client 2]
 * [--batch 20000] [--as-of YYYY-MM-DD] [--pairs FILE] [--dump FILE.tar]`. See bench/README.md.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { migrate } from '../../../apps/server/src/db/migrate.js';
import { REBUILD_ROLLUP_SQL } from '../../../apps/server/src/indicators/rollup.repo.js';
import { type Centre, createGenerator } from './generate.js';
import { insertBatches, readSearchIndexes } from './load.js';
import { openBenchDatabase, pairsPathFor } from './open.js';
import { usedCodes } from './people.js';
import { createRandom, uuidv7At } from './prng.js';
import { createProgress } from './progress.js';

// argon2id of "pathways-bench" at the production cost, made once with @node-rs/argon2 `hash`.
const BENCH_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$pfDXJXn+Ri7IQ8f7cai4TA$JoOc/YWA8RnuY34yWobiy99Zr2TjNypmf6wbxsxdIrk';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string', default: './data-bench' },
    duplicates: { type: 'string', default: '0.03' },
    'sessions-per-client': { type: 'string', default: '2' },
    batch: { type: 'string', default: '20000' },
    'as-of': { type: 'string' },
    pairs: { type: 'string' },
    dump: { type: 'string' },
    'keep-indexes': { type: 'boolean', default: false },
  },
});

const clients = Number(args.clients);
const seed = Number(args.seed);
const batchSize = Number(args.batch);
// Fixed "today" so a seed gives the same rows on another day; defaults to the 1st of this month.
const asOf = args['as-of']
  ? new Date(`${args['as-of']}T00:00:00Z`)
  : new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
if (!Number.isInteger(clients) || clients < 1 || !Number.isFinite(seed) || Number.isNaN(asOf.getTime())) {
  throw new Error('use --clients N (a positive integer), --seed N and --as-of YYYY-MM-DD');
}

const phases: [string, number][] = [];
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  phases.push([label, (performance.now() - started) / 1000]);
  return result;
}

const target = { databaseUrl: args['database-url'], dataDir: args['data-dir'] as string };
const database = await timed('open', () => openBenchDatabase(target));
await timed('migrate', () => migrate(database));

const summary = await database.withRawSession(async (session) => {
  const [existing] = await session.query<{ n: number }>('SELECT count(*)::int AS n FROM clients');
  if (existing && existing.n > 0) {
    throw new Error(
      `the database already holds ${existing.n} clients: generate into a fresh --data-dir or database`,
    );
  }
  const centres = (
    await session.query<{
      id: string;
      country_code: string;
      code: string;
      time_zone: string;
      languages: string[];
    }>('SELECT id, country_code, code, time_zone, languages FROM centres ORDER BY country_code, code')
  ).map(
    (c): Centre => ({
      id: c.id,
      countryCode: c.country_code,
      code: c.code,
      timeZone: c.time_zone,
      languages: c.languages,
    }),
  );

  // One counsellor per centre registers the centre's synthetic clients.
  const idRandom = createRandom(7_000_001);
  const userByCentre = new Map<string, string>();
  await timed('users', async () => {
    for (const c of centres) {
      const userId = uuidv7At(idRandom, new Date(Date.UTC(2025, 0, 1)));
      await session.query(
        `INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [
          userId,
          `bench.${c.countryCode}-${c.code}@bench.pathways.local`.toLowerCase(),
          `Bench counsellor ${c.countryCode}-${c.code}`,
          BENCH_PASSWORD_HASH,
        ],
      );
      const [row] = await session.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = $1', [
        `bench.${c.countryCode}-${c.code}@bench.pathways.local`.toLowerCase(),
      ]);
      const id = row?.id ?? userId;
      await session.query(
        `INSERT INTO memberships (id, user_id, role, scope_type, country_code, centre_id)
         VALUES ($1, $2, 'counsellor', 'centre', $3, $4) ON CONFLICT DO NOTHING`,
        [uuidv7At(idRandom, new Date(Date.UTC(2025, 0, 1))), id, c.countryCode, c.id],
      );
      userByCentre.set(c.id, id);
    }
  });
  // Registrations through the API must use the code lists; so must the generator.
  const [hasCodeLists] = await session.query<{ ok: boolean }>(
    "SELECT to_regclass('code_list_items') IS NOT NULL AS ok",
  );
  if (hasCodeLists?.ok) {
    for (const [list, codes] of Object.entries(usedCodes())) {
      const known = new Set(
        (
          await session.query<{ code: string }>('SELECT code FROM code_list_items WHERE list = $1', [list])
        ).map((r) => r.code),
      );
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length)
        throw new Error(`generator codes missing from code list ${list}: ${unknown.join(', ')}`);
    }
  }
  const counters = new Map<string, number>();
  for (const r of await session.query<{ centre_id: string; year: number; last_value: number }>(
    'SELECT centre_id, year, last_value FROM case_code_counters',
  )) {
    counters.set(`${r.centre_id}:${r.year}`, r.last_value);
  }

  const keepIndexes = args['keep-indexes'];
  const searchIndexes = await readSearchIndexes(session);
  if (!keepIndexes) {
    await timed('drop search indexes', async () => {
      for (const [name] of searchIndexes) await session.exec(`DROP INDEX IF EXISTS ${name}`);
    });
  }

  const generator = createGenerator({
    seed,
    clients,
    duplicateShare: Number(args.duplicates),
    sessionsPerClient: Number(args['sessions-per-client']),
    asOf,
    centres,
    userByCentre,
    counters,
  });
  const progress = createProgress('clients', clients);
  let generateSeconds = 0;
  let insertSeconds = 0;
  const loadStarted = performance.now();
  while (generator.emitted < clients) {
    const g = performance.now();
    const batches = generator.nextBatch(batchSize);
    generateSeconds += (performance.now() - g) / 1000;
    const i = performance.now();
    await insertBatches(session, batches);
    insertSeconds += (performance.now() - i) / 1000;
    progress.update(generator.emitted);
  }
  progress.finish(generator.emitted);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  phases.push(
    ['generate (JS, in load)', generateSeconds],
    ['insert (SQL, in load)', insertSeconds],
    ['load total', loadSeconds],
  );

  if (!keepIndexes) {
    await session.exec(
      database.kind === 'postgres'
        ? "SET maintenance_work_mem = '512MB'"
        : "SET maintenance_work_mem = '256MB'",
    );
    for (const [name, definition] of searchIndexes)
      await timed(`create ${name}`, () => session.exec(definition));
  }
  await timed('case_code_counters', async () => {
    const rows = [...counters].map(([key, value]) => {
      const [centreId = '', year = '0'] = key.split(':');
      return { centreId, year: Number(year), value };
    });
    const countryOf = new Map(centres.map((c) => [c.id, c.countryCode]));
    await session.query(
      `INSERT INTO case_code_counters AS c (country_code, centre_id, year, last_value)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::int[], $4::int[])
       ON CONFLICT (country_code, centre_id, year) DO UPDATE SET last_value = greatest(c.last_value, excluded.last_value)`,
      [
        rows.map((r) => countryOf.get(r.centreId)),
        rows.map((r) => r.centreId),
        rows.map((r) => r.year),
        rows.map((r) => r.value),
      ],
    );
  });
  // Rows loaded around the services: the indicator rollup is built from them in one statement.
  await timed('indicator rollup', () => session.exec(REBUILD_ROLLUP_SQL));
  await timed('analyze', () =>
    session.exec(
      'ANALYZE clients; ANALYZE consents; ANALYZE counselling_sessions; ANALYZE case_code_counters; ANALYZE indicator_client_years',
    ),
  );
  return { clients: generator.emitted, sessions: generator.sessions, pairs: generator.pairs, loadSeconds };
});

const pairsPath = args.pairs ?? pairsPathFor(target);
await fs.writeFile(
  pairsPath,
  `${JSON.stringify({ seed, asOf: asOf.toISOString().slice(0, 10), clients: summary.clients, duplicateShare: Number(args.duplicates), pairs: summary.pairs }, null, 1)}\n`,
);

if (args.dump) {
  const dumpPath = args.dump;
  if (!database.dump) throw new Error('--dump works on PGlite only (pg_dump a PostgreSQL database)');
  const dump = database.dump;
  await timed('dump', async () => fs.writeFile(dumpPath, Buffer.from(await (await dump()).arrayBuffer())));
}
await timed('close', () => database.close());

const rows = summary.clients * 2 + summary.sessions;
const out = process.stderr;
out.write(
  `\n${database.kind}: ${summary.clients.toLocaleString('en')} clients (${summary.pairs.length.toLocaleString('en')} planted duplicate pairs → ${pairsPath}), `,
);
out.write(
  `${summary.clients.toLocaleString('en')} consents, ${summary.sessions.toLocaleString('en')} sessions\n`,
);
out.write(
  `load: ${rows.toLocaleString('en')} rows in ${summary.loadSeconds.toFixed(1)} s = ${Math.round(rows / summary.loadSeconds).toLocaleString('en')} rows/s `,
);
out.write(
  `(${Math.round(summary.clients / summary.loadSeconds).toLocaleString('en')} clients/s)\n\n| phase | seconds |\n|---|---|\n`,
);
for (const [label, seconds] of phases) out.write(`| ${label} | ${seconds.toFixed(2)} |\n`);
const total = phases.filter(([l]) => !l.includes('(')).reduce((s, [, v]) => s + v, 0);
out.write(`| **total** | ${total.toFixed(2)} |\n`);
