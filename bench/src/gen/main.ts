/**
 * Synthetic data for benchmarks: `npx tsx bench/src/gen/main.ts --clients 100000 [--seed 42]
 * [--data-dir ./data-bench | --database-url postgres://…] [--duplicates 0.03] [--sessions-per-client 2]
 * [--referral-share 0.2] [--events-per-centre-month 3] [--batch 20000] [--as-of YYYY-MM-DD]
 * [--pairs FILE] [--dump FILE]`, or `--restore FILE` to load a dump instead. See bench/README.md.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../../../apps/server/src/db/migrate.js';
import { generateDataset } from './dataset.js';
import { dumpPostgres, pairsPathBesideDump, restorePglite, restorePostgres } from './dump.js';
import { openBenchDatabase, pairsPathFor } from './open.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string', default: './data-bench' },
    duplicates: { type: 'string', default: '0.03' },
    'sessions-per-client': { type: 'string', default: '2' },
    'referral-share': { type: 'string', default: '0.2' },
    'events-per-centre-month': { type: 'string', default: '3' },
    batch: { type: 'string', default: '20000' },
    'as-of': { type: 'string' },
    pairs: { type: 'string' },
    dump: { type: 'string' },
    restore: { type: 'string' },
    'keep-indexes': { type: 'boolean', default: false },
  },
});

const target = { databaseUrl: args['database-url'], dataDir: args['data-dir'] as string };
const out = process.stderr;

async function copyPairs(from: string, to: string) {
  if (path.resolve(from) !== path.resolve(to)) await fs.copyFile(from, to);
}

if (args.restore) {
  // Load a saved dataset: nothing is generated.
  const file = args.restore;
  const started = performance.now();
  if (target.databaseUrl) await restorePostgres(target.databaseUrl, file);
  else await restorePglite(target.dataDir, file);
  const pairsPath = args.pairs ?? pairsPathFor(target);
  await copyPairs(pairsPathBesideDump(file), pairsPath);
  out.write(
    `restored ${file} into ${target.databaseUrl ? 'PostgreSQL' : target.dataDir} in ${((performance.now() - started) / 1000).toFixed(1)} s (pairs → ${pairsPath})\n`,
  );
  process.exit(0);
}

const clients = Number(args.clients);
const seed = Number(args.seed);
const referralShare = Number(args['referral-share']);
const eventsPerCentreMonth = Number(args['events-per-centre-month']);
// Fixed "today" so a seed gives the same rows on another day; defaults to the 1st of this month.
const asOf = args['as-of']
  ? new Date(`${args['as-of']}T00:00:00Z`)
  : new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
if (!Number.isInteger(clients) || clients < 1 || !Number.isFinite(seed) || Number.isNaN(asOf.getTime())) {
  throw new Error('use --clients N (a positive integer), --seed N and --as-of YYYY-MM-DD');
}
if (!(referralShare >= 0 && referralShare <= 0.6) || !(eventsPerCentreMonth >= 0)) {
  throw new Error('use --referral-share between 0 and 0.6 and --events-per-centre-month ≥ 0');
}

const phases: [string, number][] = [];
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  phases.push([label, (performance.now() - started) / 1000]);
  return result;
}

const database = await timed('open', () => openBenchDatabase(target));
await timed('migrate', () => migrate(database));
const summary = await generateDataset(database, {
  clients,
  seed,
  asOf,
  duplicateShare: Number(args.duplicates),
  sessionsPerClient: Number(args['sessions-per-client']),
  batchSize: Number(args.batch),
  keepIndexes: Boolean(args['keep-indexes']),
  referralShare,
  eventsPerCentreMonth,
});
phases.push(...summary.phases);

const pairsPath = args.pairs ?? pairsPathFor(target);
await fs.writeFile(
  pairsPath,
  `${JSON.stringify({ seed, asOf: asOf.toISOString().slice(0, 10), clients: summary.clients, duplicateShare: Number(args.duplicates), pairs: summary.pairs }, null, 1)}\n`,
);

if (args.dump) {
  const dumpPath = args.dump;
  if (database.dump) {
    const dump = database.dump;
    await timed('dump: PGlite tarball', async () =>
      fs.writeFile(dumpPath, Buffer.from(await (await dump()).arrayBuffer())),
    );
  } else {
    await timed('dump: pg_dump -Fc', () => dumpPostgres(target.databaseUrl as string, dumpPath));
  }
  await copyPairs(pairsPath, pairsPathBesideDump(dumpPath));
}
await timed('close', () => database.close());

const n = (value: number | undefined) => (value ?? 0).toLocaleString('en');
const rows = Object.values(summary.rows).reduce((s, v) => s + v, 0);
out.write(
  `\n${database.kind}: ${n(summary.clients)} clients (${n(summary.pairs.length)} planted duplicate pairs → ${pairsPath}), `,
);
out.write(`${n(summary.rows.consents)} consents, ${n(summary.sessions)} sessions\n`);
out.write(
  `network: ${n(summary.rows.partners)} partners, ${n(summary.rows.agreements)} agreements, ${n(summary.rows.offers)} offers; ` +
    `${n(summary.rows.referrals)} referrals of ${n(summary.referredClients)} clients (${((100 * summary.referredClients) / summary.clients).toFixed(1)} %), ` +
    `${n(summary.rows.referralEvents)} status events; ${n(summary.rows.groupEvents)} group events, ` +
    `${n(summary.participantsCounted)} participants, ${n(summary.rows.eventAttendees)} linked attendees\n`,
);
out.write(
  `referral statuses: ${Object.entries(summary.referralStatuses)
    .sort(([, a], [, b]) => b - a)
    .map(
      ([status, count]) =>
        `${status} ${((100 * count) / Math.max(1, summary.rows.referrals ?? 0)).toFixed(1)} %`,
    )
    .join(', ')}\n`,
);
out.write(
  `load: ${n(rows)} rows in ${summary.loadSeconds.toFixed(1)} s = ${n(Math.round(rows / summary.loadSeconds))} rows/s `,
);
out.write(
  `(${n(Math.round(summary.clients / summary.loadSeconds))} clients/s)\n\n| phase | seconds |\n|---|---|\n`,
);
for (const [label, seconds] of phases) out.write(`| ${label} | ${seconds.toFixed(2)} |\n`);
const total = phases.filter(([l]) => !l.includes('(')).reduce((s, [, v]) => s + v, 0);
out.write(`| **total** | ${total.toFixed(2)} |\n`);
