/**
 * The benchmark's own PostgreSQL server, on 127.0.0.1 only. Its data directory outlives the run
 * so that generated datasets (a 1M-client database takes minutes to load) are reused next time;
 * the server itself is stopped when the run ends. Settings are the test server's
 * (scripts/pg-test-server.sh): fsync off, as nothing here needs to survive a power cut. Memory as
 * a server holding a million clients would be given some (PostgreSQL's defaults, 128 MB of shared
 * buffers and 4 MB per sort, are sized for a laptop): 2 GB of shared buffers, 16 MB per sort.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { findPgTool } from '../gen/dump.js';

export type BenchPostgres = {
  url: (database: string) => string;
  query: <T>(sql: string, params?: unknown[]) => Promise<T[]>;
  version: string;
  stop: () => Promise<void>;
};

/** A server tool of the newest installed PostgreSQL (Debian keeps them off PATH). */
function serverTool(name: 'initdb' | 'pg_ctl'): string {
  const tool = findPgTool(name);
  if (!path.isAbsolute(tool))
    throw new Error('PostgreSQL is not installed (apt-get install postgresql): the benchmark needs it');
  return tool;
}

/** initdb refuses to run as root: run PostgreSQL's tools as the postgres user then. */
function asPostgres(command: string, commandArgs: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...commandArgs]]
    : [command, commandArgs];
  return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

export async function startBenchPostgres(dir: string, port: number): Promise<BenchPostgres> {
  const dataDir = path.join(dir, 'data');
  await fs.mkdir(dir, { recursive: true });
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    asPostgres(serverTool('initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
  }
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=2GB -c work_mem=16MB -c effective_cache_size=8GB`;
  const pgCtl = serverTool('pg_ctl');
  // A run killed before it could stop the server leaves it running: reuse it.
  const running = (() => {
    try {
      asPostgres(pgCtl, ['-D', dataDir, 'status']);
      return true;
    } catch {
      return false;
    }
  })();
  if (!running)
    asPostgres(pgCtl, ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-o', options, 'start']);

  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const admin = new pg.Pool({ connectionString: url('postgres'), max: 2 });
  const query = async <T>(sql: string, params: unknown[] = []) =>
    (await admin.query(sql, params)).rows as T[];
  const [{ server_version: version } = { server_version: '?' }] = await query<{ server_version: string }>(
    'SHOW server_version',
  );
  return {
    url,
    query,
    version: `PostgreSQL ${version}`,
    stop: async () => {
      await admin.end();
      asPostgres(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
}
