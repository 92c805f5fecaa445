/**
 * What each benchmark hands to the runner (`bench/src/run.ts`): a markdown section for
 * BENCHMARKS.md and the goals it checked. A benchmark run as a script writes this as JSON to the
 * file named by its `--report` option, so the runner can start each in its own process.
 */
import fs from 'node:fs/promises';

export type Goal = {
  /** What is held to the goal, e.g. "name search p95 at 1M clients (PostgreSQL)". */
  label: string;
  /** The goal as written in the issue, e.g. "≤ 50 ms" or "≥ 0.5 × baseline". */
  target: string;
  /** Today's figure, formatted with its unit. */
  value: string;
  met: boolean;
};

export type BenchReport = {
  /** Markdown: a `### title`, how it was measured, a table with each figure beside its baseline and ratio. */
  section: string;
  goals: Goal[];
  /** Raw figures by name (ms, req/s, bytes…) for goals the runner computes across reports. */
  figures?: Record<string, number>;
};

export async function writeReport(file: string | undefined, report: BenchReport): Promise<void> {
  if (file) await fs.writeFile(file, JSON.stringify(report, null, 2));
  else console.log(report.section);
}

/** Quantile of ascending samples (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
