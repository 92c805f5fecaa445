/**
 * Saving a generated dataset and loading it again without regenerating. PostgreSQL: `pg_dump -Fc`
 * and `pg_restore --jobs 2` into an empty database (the client tools of the newest PostgreSQL
 * under /usr/lib/postgresql, as scripts/pg-test-server.sh picks them). PGlite: the data directory
 * as a tarball (Database.dump), unpacked into a data directory on restore. The planted-pairs
 * file travels beside the dump: `<dump without extension>.pairs.json`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openPglite, openPostgres } from '../../../apps/server/src/db/client.js';

/** `data/bench.dump` → `data/bench.pairs.json` (also for .pgdump, .tar and .tar.gz). */
export const pairsPathBesideDump = (file: string) =>
  `${file.replace(/\.(dump|pgdump|backup|tar|tar\.gz|tgz)$/, '')}.pairs.json`;

/** A PostgreSQL client tool: the newest installed version's, else whatever PATH finds. */
export function findPgTool(name: string): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', name)))
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    if (versions[0]) return path.join(root, versions[0], 'bin', name);
  }
  return name;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('SIGINT', stop);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/** Custom-format dump of the whole database (compressed; restorable in parallel). */
export async function dumpPostgres(databaseUrl: string, file: string) {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await run(findPgTool('pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/**
 * Restores a dump into an empty database (it must exist and hold no tables), two jobs in
 * parallel, then ANALYZE: PostgreSQL 15's dumps carry no planner statistics.
 */
export async function restorePostgres(databaseUrl: string, file: string) {
  if (!existsSync(file)) throw new Error(`no dump at ${file}`);
  const database = await openPostgres(databaseUrl, 1);
  try {
    const [tables] = await database.withRawSession((s) =>
      s.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
    );
    if (tables && tables.n > 0)
      throw new Error(`the database already holds ${tables.n} tables: restore into an empty database`);
    await run(findPgTool('pg_restore'), [
      '--jobs=2',
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      `--dbname=${databaseUrl}`,
      file,
    ]);
    await database.withRawSession((s) => s.exec('ANALYZE'));
  } finally {
    await database.close();
  }
}

/** Unpacks a PGlite tarball (from --dump) into a new data directory. */
export async function restorePglite(dataDir: string, file: string) {
  const target = path.resolve(dataDir);
  if (existsSync(target) && readdirSync(target).length)
    throw new Error(`${target} is not empty: restore into a new --data-dir`);
  const database = await openPglite({ dataDir: target, loadDataDir: new Blob([await fs.readFile(file)]) });
  await database.close();
}
