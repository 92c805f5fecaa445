/**
 * Turns the reports of one run into its BENCHMARKS.md entry: when, on what machine and commit,
 * the goals with today's figures, then each benchmark's section. The search goals compare
 * reports with each other (1M against 100k), so they are computed here.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import type { BenchReport, Goal } from '../report.js';
import type { Dataset } from './datasets.js';

type RunInput = {
  quick: boolean;
  reports: { name: string; report: BenchReport }[];
  datasets: Dataset[];
  postgresVersion: string;
  minutes: number;
  commit: string;
};

export type Run = { markdown: string; goalsTable: string; goalsMet: number; goalsTotal: number };

const ms = (n: number) => `${n.toFixed(1)} ms`;

function searchGoals(input: RunInput): { goals: Goal[]; growth: string[] } {
  const figures = (key: string) => input.reports.find((r) => r.name === `search:${key}`)?.report.figures;
  const goals: Goal[] = [];
  const paths = [
    ['search', 'name search'],
    ['dup', 'duplicate check'],
  ] as const;
  const embedded = figures(input.quick ? 'pglite-2k' : 'pglite-100k');
  const small = figures(input.quick ? 'pg-5k' : 'pg-100k');
  const large = figures('pg-1m');
  for (const [key, label] of paths) {
    const p95 = embedded?.[`${key}.p95`];
    if (p95 !== undefined) {
      goals.push({
        label: `${label} p95, ${embedded?.clients?.toLocaleString('en')} clients, PGlite`,
        target: '≤ 100 ms',
        value: ms(p95),
        met: p95 <= 100,
      });
    }
    const p95Large = large?.[`${key}.p95`];
    if (p95Large !== undefined) {
      goals.push({
        label: `${label} p95, ${large?.clients?.toLocaleString('en')} clients, PostgreSQL`,
        target: '≤ 50 ms',
        value: `${ms(p95Large)} (naive ${ms(large?.['naive.p95'] ?? Number.NaN)})`,
        met: p95Large <= 50,
      });
    }
  }
  const growth: string[] = [];
  if (small && large) {
    growth.push('| path | p95 at 100k | p95 at 1M | growth |', '|---|---|---|---|');
    for (const [key, label] of [...paths, ['naive', 'naive trigram query'] as const]) {
      const a = small[`${key}.p95`] ?? Number.NaN;
      const b = large[`${key}.p95`] ?? Number.NaN;
      growth.push(`| ${label} | ${ms(a)} | ${ms(b)} | ${(b / a).toFixed(2)}× |`);
      if (key !== 'naive') {
        goals.push({
          label: `${label} p95 growth 100k → 1M, PostgreSQL`,
          target: '< 2×',
          value: `${(b / a).toFixed(2)}×`,
          met: b / a < 2,
        });
      }
    }
  }
  return { goals, growth };
}

export function composeRun(input: RunInput): Run {
  const { goals: derived, growth } = searchGoals(input);
  const goals = [...derived, ...input.reports.flatMap((r) => r.report.goals)];
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const cpus = os.cpus();
  const goalsTable = [
    '| goal | target | today | met |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.label} | ${g.target} | ${g.value} | ${g.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  const datasets = input.datasets.map(
    (d) =>
      `${d.plan.label} (${d.generatedSeconds === null ? 'reused' : `generated in ${(d.generatedSeconds / 60).toFixed(1)} min`})`,
  );
  const searchSections = input.reports.filter((r) => r.name.startsWith('search:'));
  const lines = [
    `## ${input.quick ? 'Quick run (smoke, not for the record)' : 'Run'} of ${date} UTC`,
    '',
    `- machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${input.postgresVersion} (the benchmark's own server: fsync off, shared_buffers 2 GB, work_mem 16 MB)`,
    `- commit ${input.commit}; the run took ${input.minutes.toFixed(1)} min; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
    ...(datasets.length ? [`- datasets (generator, seed 42, as of 2026-11-01): ${datasets.join('; ')}`] : []),
    '',
    '### Goals',
    '',
    goalsTable,
    '',
  ];
  if (searchSections.length) {
    lines.push(
      '### Client search and duplicate check',
      '',
      'Each query is the second record of a planted duplicate pair, asked as a country manager of its country through the services the routes call (`findDuplicates` with the record as a draft, `searchClients` with its Latin name as typed), beside the naive `search_latin % $1 ORDER BY similarity(search_latin, $1) DESC LIMIT 10` in the same run; recall@10 counts the first record among the ten returned.',
      '',
    );
    for (const { report } of searchSections) lines.push(report.section, '');
    if (growth.length) lines.push('#### Growth from 100k to 1M clients (PostgreSQL)', '', ...growth, '');
  }
  for (const { name, report } of input.reports)
    if (!name.startsWith('search:')) lines.push(report.section, '');
  return {
    markdown: lines.join('\n'),
    goalsTable: `Latest full run: ${date} UTC, commit ${input.commit}.\n\n${goalsTable}`,
    goalsMet: goals.filter((g) => g.met).length,
    goalsTotal: goals.length,
  };
}

const GOALS_START = '<!-- latest-goals:start -->';
const GOALS_END = '<!-- latest-goals:end -->';
const RUNS = '<!-- runs: newest first -->';

/** Puts the goals table at the top of BENCHMARKS.md and the run first under the runs marker. */
export async function appendRun(file: string, run: Run): Promise<void> {
  let text = await fs.readFile(file, 'utf8');
  const start = text.indexOf(GOALS_START);
  const end = text.indexOf(GOALS_END);
  if (start < 0 || end < start || !text.includes(RUNS)) {
    throw new Error(`${file} lacks the ${GOALS_START} … ${GOALS_END} block or the "${RUNS}" marker`);
  }
  text = `${text.slice(0, start + GOALS_START.length)}\n${run.goalsTable}\n${text.slice(end)}`;
  text = text.replace(RUNS, `${RUNS}\n\n${run.markdown.trim()}\n`);
  await fs.writeFile(file, text);
}
