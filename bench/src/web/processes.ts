// The web benchmark's own processes: the web build and the Pathways server, each a child process
// it starts and stops (even on failure or Ctrl-C: web.ts calls stopChildren in its clean-up).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export const log = (line: string) => process.stderr.write(`[web] ${line}\n`);

const children = new Set<ChildProcess>();

/** A free TCP port on 127.0.0.1 within [from, to] (this benchmark's range), skipping `taken`. */
export async function freePort(from: number, to: number, taken: Set<number>): Promise<number> {
  for (let port = from; port <= to; port++) {
    if (taken.has(port)) continue;
    const isFree = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (isFree) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${from}–${to}`);
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** `npx vite build --outDir DIR` in apps/web; its output goes to stderr. */
export async function buildWeb(outDir: string): Promise<void> {
  const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: path.join(repoRoot, 'apps/web'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  const code = await exitOf(child);
  children.delete(child);
  if (code !== 0) throw new Error(`the web build exited with ${code}`);
}

// Every country of the programme gets a key: production refuses to start without one for a
// country that holds clients.
const COUNTRIES = ['MA', 'TN', 'EG', 'IQ', 'PK', 'GH', 'NG', 'JO', 'ID', 'AL', 'GM', 'XK', 'SN', 'RS'];

export type PathwaysServer = { url: string; stop: () => Promise<void> };

/**
 * The Pathways server as production starts it (NODE_ENV=production, fresh keys, argon2 at its
 * production cost), with the demo seed, on a fresh PGlite data directory, serving `distDir`.
 */
export async function startPathways(distDir: string, dataDir: string, port: number): Promise<PathwaysServer> {
  const key = () => randomBytes(32).toString('base64');
  await fs.mkdir(dataDir, { recursive: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PATHWAYS_DEMO: '1',
      PATHWAYS_DATA_DIR: dataDir,
      WEB_DIST_DIR: distDir,
      PATHWAYS_MFA_KEY: key(),
      PATHWAYS_AUDIT_KEY: key(),
      PATHWAYS_COUNTRY_KEYS: JSON.stringify(Object.fromEntries(COUNTRIES.map((c) => [c, { '1': key() }]))),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitOf(child);
      clearTimeout(timer);
    }
    children.delete(child);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Pathways server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('the Pathways server did not answer /api/health within 120 s');
}

export async function stopChildren(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exitOf(child);
        clearTimeout(timer);
      }
      children.delete(child);
    }),
  );
}
