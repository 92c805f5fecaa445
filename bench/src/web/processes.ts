// The web benchmark's own processes, the web build and the Pathways server, started through the
// load benchmark's process helpers: registered, so web.ts's clean-up (stopChildren) ends them on
// every exit path, and the server started as production starts it, with the same keys and env.
import fs from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, spawnChild, stopAllChildren, waitForExit } from '../load/children.js';
import { keysFor, pathwaysEnv, startPathways as startServer } from '../load/servers.js';

export { freePort } from '../load/children.js';

export const log = (line: string) => process.stderr.write(`[web] ${line}\n`);

export const stopChildren = stopAllChildren;

/** `npx vite build --outDir DIR` in apps/web; its output goes to stderr. */
export async function buildWeb(outDir: string): Promise<void> {
  const child = spawnChild('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: path.join(repoRoot, 'apps/web'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await waitForExit(child, 600_000, 'the web build');
  if (code !== 0) throw new Error(`the web build exited with ${code}`);
}

export type PathwaysServer = { url: string; stop: () => Promise<void> };

/**
 * The Pathways server as production starts it (NODE_ENV=production, fresh keys, argon2 at its
 * production cost), with the demo seed, on a fresh PGlite data directory, serving `distDir`.
 */
export async function startPathways(distDir: string, dataDir: string, port: number): Promise<PathwaysServer> {
  await fs.mkdir(dataDir, { recursive: true });
  const env = { ...pathwaysEnv(keysFor({}), port, { dataDir }, true), WEB_DIST_DIR: distDir };
  return startServer(env, port);
}
