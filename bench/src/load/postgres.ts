/** A throwaway PostgreSQL server for the load benchmark (scripts/pg-test-server.sh), and its databases. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { repoRoot } from './children.js';

const run = promisify(execFile);
const script = path.join(repoRoot, 'scripts/pg-test-server.sh');

export type ThrowawayPostgres = { url: string; stop(): Promise<void> };

/** initdb + start on 127.0.0.1:`port` in `dir` (fsync off: a test server); `stop()` removes it all. */
export async function startThrowawayPostgres(dir: string, port: number): Promise<ThrowawayPostgres> {
  let isStopped = false;
  const stop = async () => {
    if (isStopped) return;
    isStopped = true;
    await run('bash', [script, 'stop', dir]).catch(() => undefined);
  };
  try {
    const { stdout } = await run('bash', [script, 'start', dir, String(port)], { timeout: 60_000 });
    return { url: stdout.trim(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The URL of database `name` on the server of `url` (same user, host and port). */
export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}
