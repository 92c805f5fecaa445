import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer within ${timeoutMs} ms`);
}

/** The real server, as `npm start` runs it, on a fresh demo data directory and a free port. */
export default async function setup(project: TestProject) {
  // WEB_DIST_DIR (as the server reads it) lets a build elsewhere be tested without touching dist/.
  const distDir = process.env.WEB_DIST_DIR ?? path.join(root, 'apps/web/dist');
  await fs.access(path.join(distDir, 'index.html')).catch(() => {
    throw new Error('Build the web app first: npm run build (npm run test:e2e does it).');
  });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-e2e-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PATHWAYS_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, 90_000);
  project.provide('baseUrl', baseUrl);
  return async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const code = await exited;
    await fs.rm(dataDir, { recursive: true, force: true });
    // A graceful stop closes the app and the database and exits 0.
    if (code !== 0) throw new Error(`the server exited with ${code} on SIGTERM`);
  };
}
