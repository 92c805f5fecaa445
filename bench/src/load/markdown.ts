/** The load benchmark's section of BENCHMARKS.md and its goals. */
import os from 'node:os';
import type { BenchReport, Goal } from '../report.js';
import type { FireResult } from './fire.js';
import type { DatabaseResult, WriteResult } from './scenario.js';

export type RunInfo = {
  isQuick: boolean;
  duration: number;
  connections: number;
  readIds: number;
  writeClients: number;
  autocannon: string;
  postgresVersion: string | undefined;
  isGivenDatabase: boolean;
  loadAtStart: number[];
  seconds: number;
  profileNote?: string;
};

const READ_GOAL = 0.5;
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / 1024 / 1024)} MB` : '–');
const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const rps = (r: FireResult) => Math.round(r.rps).toLocaleString('en');
const lat = (r: FireResult) =>
  `${r.latencyMs.p50.toFixed(1)} / ${r.latencyMs.p95.toFixed(1)} / ${r.latencyMs.p99.toFixed(1)}`;
const failures = (r: FireResult) => r.failed;
const isWritten = (w: DatabaseResult['write']): w is WriteResult => 'rows' in w;

function row(label: string, workload: string, pathways: FireResult, bare: FireResult) {
  const notes = [pathways, bare].some((r) => failures(r) > 0)
    ? ` (**${failures(pathways)} / ${failures(bare)} failed**)`
    : '';
  return `| ${label} | ${workload} | ${rps(pathways)} | ${lat(pathways)} | ${rps(bare)} | ${lat(bare)} | **${(pathways.rps / bare.rps).toFixed(2)}**${notes} |`;
}

/** Did the checks after the run hold: every 2xx wrote one referral, and the audit chains are intact. */
export function integrityHolds(results: DatabaseResult[]): boolean {
  return results.every(
    (r) =>
      r.audit.isIntact &&
      (!isWritten(r.write) ||
        (r.write.rows === r.write.answered &&
          (r.write.bareRows === undefined || r.write.bareRows === r.write.bareAnswered))),
  );
}

export function buildReport(results: DatabaseResult[], info: RunInfo): BenchReport {
  const cpus = os.cpus();
  const lines: string[] = ['### Server under load', ''];
  const pg = results.find((r) => r.label === 'PostgreSQL');
  lines.push(
    `The Pathways server runs as production runs it (\`node --import tsx apps/server/src/main.ts\`, \`NODE_ENV=production\`, \`LOG_LEVEL=warn\`, no demo, keys generated for the run) in its own process; the load comes from autocannon ${info.autocannon} in another process over loopback: ${info.connections} connections, no pipelining; after a warm-up each target gets ${info.duration} s of measured load${info.isQuick ? '' : ` in two rounds of ${info.duration / 2} s, alternating bare, replay, Pathways then the reverse, so the machine's noise falls on all alike`}. Reads: a bench counsellor's session cookie, rotating through up to ${info.readIds.toLocaleString('en')} ids of their centre's clients (session check, policy, audit event written in the transaction, presenter). Writes: \`POST /api/clients/:id/referrals\` with the CSRF header to an active offer of a partner with a valid agreement, up to ${info.writeClients.toLocaleString('en')} clients in turn, each with its sharing consent; each write phase sends a fixed number of requests (the target's last rate × the phase's seconds) so that every request is answered and rows can be counted. To split where the read's time goes, the bare server also replays the read's own statements as the server sends them (session with memberships; client; consents and family links side by side; BEGIN, chain lock, last chain event, audit insert into a chain of its own, COMMIT) with raw SQL and no framework. The bare baseline is a minimal Fastify server in its own process on the same database: one primary-key \`SELECT * FROM clients WHERE country_code = $1 AND id = $2\` per read, one \`INSERT\` in a transaction into a scratch table per write (PGlite: a copy of the data directory, PGlite having one owner).${info.isQuick ? ' **Quick run: figures not for the record.**' : ''}`,
    '',
    `Databases: ${results.map((r) => `${r.label} ${r.dataset}`).join('; ')}${pg ? ` (PostgreSQL ${info.postgresVersion ?? '?'}${info.isGivenDatabase ? '' : ', a throwaway local server with fsync off'}, node-postgres pool of 10 on both sides)` : ''}. Machine: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}, Node ${process.version}, load average ${info.loadAtStart.map((l) => l.toFixed(1)).join(' / ')} at start; the whole run took ${Math.round(info.seconds)} s.`,
    '',
    '| database | workload | req/s | p50 / p95 / p99 ms | bare req/s | p50 / p95 / p99 ms | ratio |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    lines.push(row(r.label, 'client read `GET /api/clients/:id` vs PK SELECT', r.read.pathways, r.read.bare));
    lines.push(
      row(
        r.label,
        "(the same read's 9 statements sent by the bare server, no framework)",
        r.read.replay,
        r.read.bare,
      ),
    );
    if (isWritten(r.write))
      lines.push(
        row(
          r.label,
          'referral `POST …/referrals` vs INSERT in a transaction',
          r.write.pathways,
          r.write.bare,
        ),
      );
    else lines.push(`| ${r.label} | referral creation | skipped: ${r.write.skipped} | | | | |`);
  }
  lines.push('');
  for (const r of results) {
    const checks: string[] = [];
    if (isWritten(r.write)) {
      const w = r.write;
      checks.push(
        `${w.rows.toLocaleString('en')} referral rows for ${w.answered.toLocaleString('en')} 2xx answers (warm-up and check included) ${w.rows === w.answered ? '✓' : '**✗ mismatch**'}`,
      );
      if (w.bareRows !== undefined)
        checks.push(
          `bare scratch rows ${w.bareRows.toLocaleString('en')} for ${w.bareAnswered.toLocaleString('en')} 2xx ${w.bareRows === w.bareAnswered ? '✓' : '**✗**'}`,
        );
    }
    checks.push(
      `audit trail ${r.audit.isIntact ? 'intact ✓' : `**BROKEN ✗** (${r.audit.firstBroken ?? '?'})`} (${r.audit.checked.toLocaleString('en')} events in ${r.audit.chains} chains verified, ${r.audit.unsigned} not yet signed)`,
    );
    lines.push(`- ${r.label}, afterwards: ${checks.join('; ')}.`);
  }
  lines.push(
    '',
    "Memory (RSS of the server process from /proc, sampled every 200 ms during the load; PostgreSQL's own processes not included):",
    '',
    '| database | Pathways idle | Pathways peak, reads | Pathways peak, writes | bare idle | bare peak |',
    '|---|---|---|---|---|---|',
  );
  for (const r of results)
    lines.push(
      `| ${r.label} | ${mb(r.rss.pathwaysIdle)} | ${mb(r.rss.pathwaysPeakRead)} | ${mb(r.rss.pathwaysPeakWrite)} | ${mb(r.rss.bareIdle)} | ${mb(r.rss.barePeak)} |`,
    );
  lines.push(
    '',
    'Cold start, from spawning the process to `/api/health` answering 200 (bare: its `/health`, opening the same database):',
    '',
    '| database | first start, empty database (migrations) | first start with the demo seed | second start, migrated, with the data above | bare server | second start ÷ bare |',
    '|---|---|---|---|---|---|',
  );
  for (const r of results)
    lines.push(
      `| ${r.label} | ${s(r.coldMs.first)} | ${s(r.coldMs.firstDemo)} | ${s(r.coldMs.second)} | ${s(r.coldMs.bare)} | ${(r.coldMs.second / r.coldMs.bare).toFixed(1)} |`,
    );
  if (info.profileNote) lines.push('', info.profileNote);

  const goals: Goal[] = ['PostgreSQL', 'PGlite'].flatMap((label) => {
    const r = results.find((x) => x.label === label);
    if (!r) return [];
    const ratio = r.read.pathways.rps / r.read.bare.rps;
    return [
      {
        label: `authenticated client read vs bare PK SELECT (${label})`,
        target: `≥ ${READ_GOAL} × baseline req/s`,
        value: `${ratio.toFixed(2)} × (${rps(r.read.pathways)} vs ${rps(r.read.bare)} req/s)`,
        met: ratio >= READ_GOAL && failures(r.read.pathways) === 0,
      },
    ];
  });
  return { section: lines.join('\n'), goals };
}
