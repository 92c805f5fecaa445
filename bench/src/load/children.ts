/**
 * The child processes of the load benchmark (servers, load generators, the data generator): each
 * is registered here so that every exit path — success, an exception, Ctrl-C — ends all of them.
 */
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const live = new Set<ChildProcess>();

const startedAt = performance.now();
/** A progress line on stderr, with the seconds since the benchmark started. */
export function log(line: string) {
  process.stderr.write(`[load ${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${line}\n`);
}

/** A child process registered for stopAllChildren (from the repo root unless `options.cwd`). */
export function spawnChild(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], ...options });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** `node --import tsx FILE …` from the repo root: how production runs the server (no npx shim, so the pid is Node's). */
export function spawnTsx(
  file: string,
  args: string[],
  options: SpawnOptions = {},
  nodeArgs: string[] = [],
): ChildProcess {
  return spawnChild(process.execPath, [...nodeArgs, '--import', 'tsx', file, ...args], options);
}

/** SIGTERM (a server closes gracefully), SIGKILL after `graceMs`; resolves when it has exited. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live].map((c) => stopChild(c, 3_000)));
}

/** Resolves with the exit code; rejects when the child outlives `timeoutMs` (it is killed). */
export function waitForExit(child: ChildProcess, timeoutMs: number, label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    const done = (code: number | null) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    };
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', done);
  });
}

/** The whole stdout of a child, as text. */
export function collectStdout(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stdout?.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    if (!child.stdout) resolve('');
  });
}

/**
 * Milliseconds from `spawnedAt` until `url` answers 200 (polled every 20 ms): the cold start.
 * Fails when the child exits first or `timeoutMs` passes.
 */
export async function waitUntilReady(
  child: ChildProcess,
  url: string,
  spawnedAt: number,
  timeoutMs = 120_000,
): Promise<number> {
  while (performance.now() - spawnedAt < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const isUp = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (isUp) return performance.now() - spawnedAt;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Resident set size of a process in bytes (Linux /proc), or NaN once it is gone. */
export async function readRss(pid: number): Promise<number> {
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; `stop()` gives the peak seen. */
export function sampleRss(pid: number, everyMs = 200) {
  let peak = 0;
  let samples = 0;
  const tick = async () => {
    const rss = await readRss(pid);
    if (Number.isFinite(rss)) {
      peak = Math.max(peak, rss);
      samples++;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await tick();
      return { peak, samples };
    },
  };
}

/** The first port from `from` to `to` (default `from + 99`) that 127.0.0.1 can bind now. */
export async function freePort(from: number, taken: Set<number>, to = from + 99): Promise<number> {
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
