/**
 * The benchmark suite: `npm run bench [-- --quick] [--no-append] [--only search,indicators,load,web]`.
 * Starts its own PostgreSQL, generates the datasets it needs (or reuses the ones a previous run
 * left, keyed by the generator's sources), runs each benchmark in its own process, and appends the
 * figures, each beside its baseline, with the goals to BENCHMARKS.md. `--quick` is the CI smoke run:
 * tiny datasets and short runs, figures printed and kept in bench/.cache/quick.md, not recorded.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchReport } from './report.js';
import { type Dataset, datasetPlan, prepareDataset } from './runner/datasets.js';
import { startBenchPostgres } from './runner/postgres.js';
import { appendRun, composeRun } from './runner/record.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-append': { type: 'boolean', default: false },
    only: { type: 'string' },
    'pg-dir': { type: 'string', default: path.join(os.tmpdir(), 'pathways-bench-pg') },
    'pg-port': { type: 'string', default: '55470' },
    /** Drop the cached datasets and generate them again. */
    regenerate: { type: 'boolean', default: false },
  },
});

const root = path.resolve(import.meta.dirname, '../..');
const cacheDir = path.join(root, 'bench/.cache');
const quick = args.quick;
const only = new Set((args.only ?? 'search,indicators,load,web').split(','));
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 60_000).toFixed(1)} min`;
const log = (line: string) => process.stderr.write(`\n[bench ${elapsed()}] ${line}\n`);

/** Runs a benchmark script in its own process and reads the report it writes. */
async function runBenchmark(name: string, script: string, scriptArgs: string[]): Promise<BenchReport> {
  const reportFile = path.join(cacheDir, `${name}.report.json`);
  await fs.rm(reportFile, { force: true });
  log(`${name}: ${script} ${scriptArgs.join(' ')}`);
  await runChild(script, [...scriptArgs, '--report', reportFile]);
  return JSON.parse(await fs.readFile(reportFile, 'utf8')) as BenchReport;
}

function runChild(script: string, scriptArgs: string[], nodeArgs: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeArgs, '--import', 'tsx', path.join(root, script), ...scriptArgs],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const stop = () => child.kill('SIGINT');
    process.once('SIGINT', stop);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      if (code === 0) resolve();
      else reject(new Error(`${script} ${scriptArgs.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

await fs.mkdir(cacheDir, { recursive: true });
const postgres = await startBenchPostgres(args['pg-dir'], Number(args['pg-port']));
const reports: { name: string; report: BenchReport }[] = [];
const datasets: Dataset[] = [];
try {
  for (const plan of datasetPlan(quick)) {
    if (!only.has('search') && !(only.has('indicators') && plan.role === 'large')) continue;
    log(`dataset ${plan.label}`);
    datasets.push(
      await prepareDataset(plan, { postgres, cacheDir, regenerate: args.regenerate, run: runChild }),
    );
  }
  if (only.has('search')) {
    for (const dataset of datasets) {
      const target = dataset.databaseUrl
        ? ['--database-url', dataset.databaseUrl]
        : ['--data-dir', dataset.dataDir];
      const report = await runBenchmark(`search-${dataset.plan.key}`, 'bench/src/search.ts', [
        ...target,
        '--pairs',
        dataset.pairsFile,
        '--queries',
        quick ? '30' : '200',
        '--warmup',
        quick ? '5' : '20',
      ]);
      reports.push({ name: `search:${dataset.plan.key}`, report });
    }
  }
  const large = datasets.find((d) => d.plan.role === 'large');
  if (only.has('indicators') && large?.databaseUrl) {
    const report = await runBenchmark('indicators', 'bench/src/indicators.ts', [
      '--database-url',
      large.databaseUrl,
      '--no-raw',
      ...(quick
        ? ['--runs', '3', '--runs-all', '2', '--writes', '10']
        : ['--runs', '9', '--runs-all', '5', '--writes', '50']),
    ]);
    reports.push({ name: 'indicators', report });
  }
  const quickFlag = quick ? ['--quick'] : [];
  if (only.has('load')) {
    reports.push({ name: 'load', report: await runBenchmark('load', 'bench/src/load.ts', quickFlag) });
  }
  // The smoke run reuses the web build CI has just made for the e2e suite; a full run builds its own.
  const builtWeb = path.join(root, 'apps/web/dist');
  const webArgs = quick && existsSync(path.join(builtWeb, 'index.html')) ? ['--dist', builtWeb] : [];
  if (only.has('web')) {
    reports.push({
      name: 'web',
      report: await runBenchmark('web', 'bench/src/web.ts', [...quickFlag, ...webArgs]),
    });
  }
} finally {
  await postgres.stop();
}

const run = composeRun({
  quick,
  reports,
  datasets,
  postgresVersion: postgres.version,
  minutes: (performance.now() - startedAt) / 60_000,
  commit: gitCommit(),
});
await fs.writeFile(path.join(cacheDir, quick ? 'quick.md' : 'last-run.md'), run.markdown);
console.log(run.markdown);
if (!quick && !args['no-append']) {
  await appendRun(path.join(root, 'BENCHMARKS.md'), run);
  log('appended to BENCHMARKS.md');
}
log(`done: ${run.goalsMet}/${run.goalsTotal} goals met`);

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root })
      .toString()
      .trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}
