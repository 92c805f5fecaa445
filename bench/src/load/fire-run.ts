/** Runs the load generator (fire.ts) in its own process while sampling the servers' RSS. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { collectStdout, sampleRss, spawnTsx, waitForExit } from './children.js';
import type { FireOutput, FireSpec } from './fire.js';

let runs = 0;

export type FireOutcome = FireOutput & {
  /** Per target: the peak RSS of its server process while the load ran. */
  peakRssBytes: Record<string, number>;
};

/** Every phase of `spec`; `pids` names each target's server process. Bounded by `timeoutMs`. */
export async function fire(
  spec: FireSpec,
  pids: Record<string, number>,
  workDir: string,
  timeoutMs: number,
): Promise<FireOutcome> {
  const file = path.join(workDir, `fire-${++runs}.json`);
  await fs.writeFile(file, JSON.stringify(spec));
  const samplers = Object.entries(pids).map(([name, pid]) => [name, sampleRss(pid, 200)] as const);
  const child = spawnTsx('bench/src/load/fire.ts', [file]);
  const stdout = collectStdout(child);
  const peakRssBytes: Record<string, number> = {};
  let code: number;
  try {
    code = await waitForExit(child, timeoutMs, 'the load generator');
  } finally {
    for (const [name, sampler] of samplers) peakRssBytes[name] = (await sampler.stop()).peak;
  }
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  const output = JSON.parse((await stdout).trim()) as FireOutput;
  return { ...output, peakRssBytes };
}
