/** Starting the Pathways server and the bare baseline, each in its own process, timed to ready. */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { spawnTsx, stopChild, waitUntilReady } from './children.js';

export type Keys = { mfa: string; audit: string; countries: string };

// The countries migration 0001 seeds: production refuses to start when a country holding
// clients has no key, so every one gets a fresh key.
const COUNTRIES = ['MA', 'TN', 'EG', 'IQ', 'PK', 'GH', 'NG', 'JO', 'ID', 'AL', 'GM', 'XK', 'SN', 'RS'];

/**
 * Keys for this run, made as docs/OPERATIONS.md has them made (`openssl rand -base64 32`), unless
 * set in the environment (a given database whose audit heads were signed with its own key).
 */
export function keysFor(env: NodeJS.ProcessEnv): Keys {
  const key = () => randomBytes(32).toString('base64');
  return {
    mfa: env.PATHWAYS_MFA_KEY || key(),
    audit: env.PATHWAYS_AUDIT_KEY || key(),
    countries:
      env.PATHWAYS_COUNTRY_KEYS ||
      JSON.stringify(Object.fromEntries(COUNTRIES.map((c) => [c, { '1': key() }]))),
  };
}

export type DatabaseTarget = { databaseUrl: string } | { dataDir: string };

/** The environment of a production server; the demo seed only when asked. */
export function pathwaysEnv(
  keys: Keys,
  port: number,
  target: DatabaseTarget,
  isDemo: boolean,
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    PATHWAYS_DEMO: isDemo ? '1' : '0',
    PATHWAYS_MFA_KEY: keys.mfa,
    PATHWAYS_AUDIT_KEY: keys.audit,
    PATHWAYS_COUNTRY_KEYS: keys.countries,
    ...('databaseUrl' in target
      ? { DATABASE_URL: target.databaseUrl }
      : { PATHWAYS_DATA_DIR: target.dataDir }),
  };
}

export function bareEnv(
  port: number,
  target: DatabaseTarget,
  isScratchTemporary: boolean,
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    BARE_PORT: String(port),
    BARE_SCRATCH: isScratchTemporary ? 'temp' : 'table',
    ...('databaseUrl' in target
      ? { BARE_DATABASE_URL: target.databaseUrl }
      : { BARE_DATA_DIR: target.dataDir }),
  };
}

export type Running = {
  url: string;
  pid: number;
  /** Spawn to the health route's first 200. */
  readyMs: number;
  stop(): Promise<void>;
};

/** Spawns `file` with `env`, waits for `healthPath` to answer 200; its output is kept for errors only. */
export async function startServer(
  file: string,
  env: NodeJS.ProcessEnv,
  port: number,
  healthPath: string,
  nodeArgs: string[] = [],
): Promise<Running> {
  const spawnedAt = performance.now();
  const child: ChildProcess = spawnTsx(file, [], { env, stdio: ['ignore', 'pipe', 'pipe'] }, nodeArgs);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitUntilReady(child, `${url}${healthPath}`, spawnedAt);
    return { url, pid: child.pid as number, readyMs, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child, 2_000);
    throw new Error(`${file} did not start: ${(error as Error).message}\n${tail}`);
  }
}

export const startPathways = (env: NodeJS.ProcessEnv, port: number, nodeArgs: string[] = []) =>
  startServer('apps/server/src/main.ts', env, port, '/api/health', nodeArgs);

export const startBare = (env: NodeJS.ProcessEnv, port: number) =>
  startServer('bench/src/load/bare-server.ts', env, port, '/health');

/** Signs in through the API: the session cookie and CSRF token every bench request carries. */
export async function signIn(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
