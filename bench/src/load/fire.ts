/**
 * Load generator, run as its own process so that it never shares a CPU queue or a heap with the
 * servers it measures: `node --import tsx bench/src/load/fire.ts SPEC.json`. Runs autocannon
 * against loopback URLs, phase after phase, and prints the results as JSON on stdout.
 *
 * A spec names several targets (the Pathways server, the bare baseline) and phases that alternate
 * between them, so that the machine's noise falls on both alike. Each target's requests are taken
 * in turn (a counter shared by all connections): reads rotate through many client ids, writes
 * through many clients.
 */
import fs from 'node:fs/promises';
import autocannon from 'autocannon';

export type FireRequest = { path: string; body?: string };

export type FireTarget = {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  requests: FireRequest[];
};

export type FirePhase = {
  label: string;
  target: string;
  /** Counted in the target's totals (warm-ups are not). */
  isMeasured: boolean;
  /** Seconds. */
  duration?: number;
  /** A fixed number of requests: the phase ends when every one is answered (writes can be counted exactly). */
  amount?: number;
  /** A fixed number of requests: the target's previous rate × this many seconds. */
  amountForSeconds?: number;
};

export type FireSpec = { connections: number; targets: Record<string, FireTarget>; phases: FirePhase[] };

export type FireResult = {
  seconds: number;
  /** 2xx answers, and the others (status ≥ 300, connection errors, time-outs). */
  ok: number;
  failed: number;
  statuses: Record<string, number>;
  /** 2xx answers per second. */
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
};

export type FireOutput = {
  /** Per target: the measured phases together. */
  measured: Record<string, FireResult>;
  /** Per target: 2xx answers in every phase, warm-ups included. */
  okInAllPhases: Record<string, number>;
};

type Raw = { seconds: number; statuses: Record<string, number>; errors: number; latencies: number[] };

const at = (sorted: Float64Array, q: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0)
    : 0;

function summarise(raws: Raw[]): FireResult {
  const statuses: Record<string, number> = {};
  for (const r of raws)
    for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  const ok = Object.entries(statuses)
    .filter(([code]) => code.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
  const answered = Object.values(statuses).reduce((sum, n) => sum + n, 0);
  const seconds = raws.reduce((sum, r) => sum + r.seconds, 0);
  const sorted = Float64Array.from(raws.flatMap((r) => r.latencies)).sort();
  return {
    seconds,
    ok,
    failed: answered - ok + raws.reduce((sum, r) => sum + r.errors, 0),
    statuses,
    rps: ok / seconds,
    latencyMs: { p50: at(sorted, 0.5), p95: at(sorted, 0.95), p99: at(sorted, 0.99), max: at(sorted, 1) },
  };
}

const turn = new Map<string, number>();

function runPhase(connections: number, name: string, target: FireTarget, phase: FirePhase, amount?: number) {
  const latencies: number[] = [];
  const started = performance.now();
  let lastAnswerAt = 0;
  return new Promise<Raw>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        pipelining: 1,
        timeout: 10,
        sampleInt: 100, // how often autocannon checks whether a fixed-amount phase is over
        ...(amount ? { amount } : { duration: phase.duration ?? 1 }),
        method: target.method,
        headers: target.headers,
        requests: [
          {
            setupRequest: (request) => {
              const i = turn.get(name) ?? 0;
              turn.set(name, i + 1);
              const r = target.requests[i % target.requests.length] as FireRequest;
              return { ...request, method: target.method, path: r.path, ...(r.body ? { body: r.body } : {}) };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const statuses = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, s]) => [code, Number(s.count)]),
        );
        // From the start to the last answer: autocannon notices the end only on its next tick.
        const seconds = ((lastAnswerAt || performance.now()) - started) / 1000;
        resolve({ seconds, statuses, errors: result.errors, latencies });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastAnswerAt = performance.now();
    });
  });
}

const spec = JSON.parse(await fs.readFile(process.argv[2] as string, 'utf8')) as FireSpec;
const lastRate = new Map<string, number>();
const measured = new Map<string, Raw[]>();
const okInAllPhases: Record<string, number> = {};
for (const phase of spec.phases) {
  const target = spec.targets[phase.target];
  if (!target) throw new Error(`no target ${phase.target}`);
  const rate = lastRate.get(phase.target);
  const amount =
    phase.amount ??
    (phase.amountForSeconds && rate
      ? Math.max(spec.connections * 5, Math.round(rate * phase.amountForSeconds))
      : undefined);
  const raw = await runPhase(spec.connections, phase.target, target, phase, amount);
  const result = summarise([raw]);
  lastRate.set(phase.target, result.rps);
  okInAllPhases[phase.target] = (okInAllPhases[phase.target] ?? 0) + result.ok;
  if (phase.isMeasured) measured.set(phase.target, [...(measured.get(phase.target) ?? []), raw]);
  process.stderr.write(
    `[load]   ${phase.target} ${phase.label}: ${result.ok} × 2xx in ${result.seconds.toFixed(1)} s = ${result.rps.toFixed(0)} req/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms${result.failed ? `, ${result.failed} failed ${JSON.stringify(result.statuses)}` : ''}\n`,
  );
}
const output: FireOutput = {
  measured: Object.fromEntries([...measured].map(([name, raws]) => [name, summarise(raws)])),
  okInAllPhases,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
