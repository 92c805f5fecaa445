/**
 * The server under load (issue 8): `npx tsx bench/src/load.ts [--quick] [--report FILE]
 * [--database-url postgres://…] [--duration 10] [--connections 10] [--only pglite|postgres]
 * [--pglite-clients N] [--postgres-clients N] [--tmp-dir DIR] [--port-base 56100] [--cpu-prof DIR]`.
 *
 * For PGlite (a fresh data directory) and PostgreSQL (a throwaway local server, or the database
 * given, used read-only apart from what the server itself writes): the Pathways server, started as
 * production starts it, and a bare Fastify server, each in its own process, loaded in turn by
 * autocannon from a third process over loopback. Reports req/s and latency of an authenticated
 * client read and of referral creation beside the bare baseline, RSS at idle and under load, and
 * cold start to ready. See bench/README.md.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, log, spawnTsx, stopAllChildren, waitForExit } from './load/children.js';
import { buildReport, integrityHolds } from './load/markdown.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './load/postgres.js';
import {
  type DatabaseResult,
  measureDatabase,
  preparePglite,
  preparePostgres,
  type Settings,
} from './load/scenario.js';
import { keysFor } from './load/servers.js';
import { writeReport } from './report.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    report: { type: 'string' },
    'database-url': { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    'pglite-clients': { type: 'string' },
    'postgres-clients': { type: 'string' },
    'tmp-dir': { type: 'string', default: os.tmpdir() },
    'port-base': { type: 'string', default: '56100' },
    'cpu-prof': { type: 'string' },
  },
});
const isQuick = args.quick;
const duration = Number(args.duration ?? (isQuick ? 2 : 10));
const connections = Number(args.connections);
const pgliteClients = Number(args['pglite-clients'] ?? (isQuick ? 2_000 : 20_000));
const postgresClients = Number(args['postgres-clients'] ?? (isQuick ? 2_000 : 100_000));
if (![duration, connections, pgliteClients, postgresClients].every((n) => Number.isFinite(n) && n > 0))
  throw new Error('--duration, --connections and the client counts are positive numbers');
if (args.only && !['pglite', 'postgres'].includes(args.only))
  throw new Error('--only pglite or --only postgres');

const started = performance.now();
const loadAtStart = os.loadavg();
const workDir = await fs.mkdtemp(path.join(path.resolve(args['tmp-dir']), 'pathways-load-'));
await fs.chmod(workDir, 0o755); // the throwaway PostgreSQL runs as the postgres user, below it
const taken = new Set<number>();
const portBase = Number(args['port-base']);
let postgres: ThrowawayPostgres | undefined;

let cleaning: Promise<void> | undefined;
const cleanUp = () => {
  cleaning ??= (async () => {
    await stopAllChildren();
    await postgres?.stop();
    await fs.rm(workDir, { recursive: true, force: true });
  })();
  return cleaning;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping every process this benchmark started`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const settings: Settings = {
  isQuick,
  duration,
  connections,
  readIds: isQuick ? 1_000 : 5_000,
  writeClients: isQuick ? 500 : 2_000,
  workDir,
  // A given database keeps its own keys (PATHWAYS_*_KEY from the environment); ours get fresh ones.
  keys: keysFor(args['database-url'] ? process.env : {}),
  nextPort: () => freePort(portBase, taken),
  cpuProfDir: args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined,
};

async function serverVersion(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
  } finally {
    await client.end();
  }
}

try {
  if (!isQuick) {
    log('loading the server modules once (tsx compile, file cache) before any timed start');
    const prime = spawnTsx('bench/src/load/prime.ts', [], { stdio: 'ignore' });
    if ((await waitForExit(prime, 120_000, 'priming')) !== 0)
      throw new Error('the server modules did not load');
  }
  let postgresVersion: string | undefined;
  const given = args['database-url'];
  const pglite = args.only !== 'postgres' ? () => preparePglite(settings, pgliteClients) : undefined;
  const postgresql =
    args.only !== 'pglite'
      ? async () => {
          if (given) {
            postgresVersion = await serverVersion(given);
            return preparePostgres(settings, postgresClients, { givenUrl: given });
          }
          log('PostgreSQL: starting a throwaway server');
          postgres = await startThrowawayPostgres(path.join(workDir, 'pg'), await settings.nextPort());
          postgresVersion = await serverVersion(postgres.url);
          return preparePostgres(settings, postgresClients, { serverUrl: postgres.url });
        }
      : undefined;
  const results: DatabaseResult[] = [];
  if (isQuick) {
    // A smoke run: both databases are loaded at once (its figures are not for the record).
    const prepared = await Promise.all([pglite?.(), postgresql?.()]);
    for (const p of prepared) if (p) results.push(await measureDatabase(settings, p));
  } else {
    // One database at a time: nothing else of ours runs while one is timed.
    for (const prepare of [pglite, postgresql]) {
      if (prepare) results.push(await measureDatabase(settings, await prepare()));
    }
  }
  const autocannonVersion = (createRequire(import.meta.url)('autocannon/package.json') as { version: string })
    .version;
  const report = buildReport(results, {
    isQuick,
    duration,
    connections,
    readIds: settings.readIds,
    writeClients: settings.writeClients,
    autocannon: autocannonVersion,
    postgresVersion,
    isGivenDatabase: Boolean(args['database-url']),
    loadAtStart,
    seconds: (performance.now() - started) / 1000,
    profileNote: settings.cpuProfDir
      ? `CPU profiles of the Pathways server (node --cpu-prof): ${settings.cpuProfDir}`
      : undefined,
  });
  await writeReport(args.report, report);
  for (const goal of report.goals)
    log(`goal ${goal.met ? 'met' : 'NOT met'}: ${goal.label}: ${goal.value} (target ${goal.target})`);
  if (!integrityHolds(results)) {
    log('a check after the run failed (referral rows ≠ 2xx answers, or the audit trail is broken)');
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
  log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
}
