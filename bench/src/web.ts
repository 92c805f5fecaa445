/**
 * The web app on a slow phone network (issue 8): `npx tsx bench/src/web.ts [--quick] [--report FILE]
 * [--dist DIR] [--runs N] [--ports FROM-TO]`. Builds the web app into a temporary directory (or
 * copies `--dist`), starts the Pathways server on it as production starts it (demo seed, fresh
 * PGlite directory), and loads pages in Debian's Chromium on Lighthouse's slow-4G network: the
 * sign-in page (`/`) and a counsellor's caseload, cold (fresh browser context) and warm, beside a
 * bare HTML page of a few hundred bytes served by the same server. The issue's goal is on the
 * network alone; the full run measures the same cold loads again with a 4 × CPU slowdown (a
 * low-end phone) as a stricter row. It reports the JS and CSS each first load fetched (on the
 * wire, raw, gzip) and the times to usable, FCP and LCP. See bench/README.md.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import en from '../../apps/web/src/locales/en.json' with { type: 'json' };
import { quantile, writeReport } from './report.js';
import {
  type Load,
  launchBrowser,
  SLOW_4G,
  SLOW_CPU,
  type UsableWhen,
  VIEWPORT,
  visit,
} from './web/measure.js';
import {
  buildWeb,
  freePort,
  log,
  type PathwaysServer,
  startPathways,
  stopChildren,
} from './web/processes.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    report: { type: 'string' },
    dist: { type: 'string' },
    runs: { type: 'string' },
    ports: { type: 'string', default: '56200-56299' },
  },
});
const isQuick = args.quick;
const runs = Number(args.runs ?? (isQuick ? 1 : 5));
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs is a positive whole number');
const PORTS = (args.ports.match(/^(\d+)-(\d+)$/)?.slice(1) ?? []).map(Number);
const [portFrom, portTo] = PORTS;
if (portFrom === undefined || portTo === undefined || portFrom > portTo)
  throw new Error('--ports is a range FROM-TO, e.g. 56200-56299');

const COUNSELLOR = 'counsellor.gh@demo.pathways.local'; // English, a centre with demo clients
const DEMO_PASSWORD = 'pathways-demo';
const BASELINE_FILE = 'bench-baseline.html';
const BASELINE_TITLE = 'Baseline';
const BASELINE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline</title></head>
<body><h1>${BASELINE_TITLE}</h1><p>A bare static page of a few hundred bytes, served by the same server
under the same throttling: what any page costs on this network.</p></body></html>
`;

// What "usable" means on each page: its content is there (and the main thread free, see measure.ts).
const LOGIN_USABLE: UsableWhen = [
  ['h1', en.login.title],
  ['label', en.login.email],
  ['button', en.login.submit],
];
const CASELOAD_USABLE: UsableWhen = [
  ['h1', en.casework.caseload.title],
  ['h2', en.casework.caseload.overdueTitle],
  ['h2', en.casework.caseload.dueTitle],
  ['h2', en.casework.caseload.withoutContactTitle],
];
const BASELINE_USABLE: UsableWhen = [['h1', BASELINE_TITLE]];

const started = performance.now();
const loadAtStart = os.loadavg();
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-web-bench-'));
let server: PathwaysServer | undefined;
let browser: Browser | undefined;

let cleaning: Promise<void> | undefined;
const cleanUp = () => {
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await stopChildren();
    await fs.rm(workDir, { recursive: true, force: true });
  })();
  return cleaning;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the browser and the server`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// ---- sizes of the files, as built -----------------------------------------------------------------
type Sizes = { raw: number; gzip: number };
const sizeCache = new Map<string, Sizes>();
const sizesOf = async (distDir: string, urlPath: string): Promise<Sizes> => {
  let sizes = sizeCache.get(urlPath);
  if (!sizes) {
    const body = await fs.readFile(path.join(distDir, urlPath));
    sizes = { raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length };
    sizeCache.set(urlPath, sizes);
  }
  return sizes;
};

type Bytes = { files: number; wire: number; raw: number; gzip: number };
type PageBytes = { js: Bytes; css: Bytes; encodings: Set<string> };

const bytesOf = async (distDir: string, load: Load): Promise<PageBytes> => {
  const empty = (): Bytes => ({ files: 0, wire: 0, raw: 0, gzip: 0 });
  const result: PageBytes = { js: empty(), css: empty(), encodings: new Set() };
  for (const file of load.fetched) {
    const { pathname } = new URL(file.url);
    const kind = pathname.endsWith('.js') ? 'js' : pathname.endsWith('.css') ? 'css' : undefined;
    if (!kind || file.status !== 200) continue;
    const sizes = await sizesOf(distDir, pathname);
    const bucket = result[kind];
    bucket.files += 1;
    bucket.wire += file.wireBytes;
    bucket.raw += sizes.raw;
    bucket.gzip += sizes.gzip;
    result.encodings.add(file.encoding ?? 'none');
  }
  return result;
};

/** The entry script, its modulepreloads and stylesheets, as index.html names them. */
const entrySet = async (distDir: string) => {
  const html = await fs.readFile(path.join(distDir, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const js = { raw: 0, gzip: 0, files: 0 };
  for (const url of urls.filter((u) => u.endsWith('.js'))) {
    const sizes = await sizesOf(distDir, url);
    js.raw += sizes.raw;
    js.gzip += sizes.gzip;
    js.files += 1;
  }
  return js;
};

// ---- formatting -----------------------------------------------------------------------------------
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const median = (values: readonly (number | undefined)[]) => {
  const present = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  return present.length === 0 ? undefined : quantile(present, 0.5);
};
const ratio = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined || base === 0 ? 'n/a' : `${(value / base).toFixed(1)} ×`;

try {
  // ---- the build and the server ---------------------------------------------------------------------
  const distDir = path.join(workDir, 'dist');
  if (args.dist) {
    log(`copying the build ${args.dist}`);
    await fs.cp(path.resolve(args.dist), distDir, { recursive: true });
  } else {
    log('building the web app (vite build) into a temporary directory');
    await buildWeb(distDir);
  }
  // The baseline is served by the same static handler, which lists its files at start.
  await fs.writeFile(path.join(distDir, BASELINE_FILE), BASELINE_HTML);
  const taken = new Set<number>();
  log('starting the Pathways server (production, demo seed, fresh PGlite directory)');
  const serverStarted = performance.now();
  server = await startPathways(distDir, path.join(workDir, 'data'), await freePort(portFrom, taken, portTo));
  const startSeconds = (performance.now() - serverStarted) / 1000;
  browser = await launchBrowser();
  const chromiumVersion = browser.version();

  // How does the server send its files? Ask for the entry script and the page as a browser would.
  const indexHtml = await fs.readFile(path.join(distDir, 'index.html'), 'utf8');
  const entryScript = indexHtml.match(/<script[^>]+src="([^"]+)"/)?.[1] ?? '/';
  const probe = async (urlPath: string) => {
    const answer = await fetch(`${server?.url}${urlPath}`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    await answer.arrayBuffer();
    const header = (name: string) => answer.headers.get(name) ?? 'none';
    return {
      encoding: header('content-encoding'),
      cacheControl: header('cache-control'),
      vary: header('vary'),
    };
  };
  const assetHeaders = await probe(entryScript);
  const pageHeaders = await probe('/caseload');

  // ---- the loads, interleaved so that noise spreads over all of them --------------------------------
  type Series = { loads: Load[] };
  const series = (): Series => ({ loads: [] });
  const results = {
    baseline: series(),
    login: series(),
    caseload: series(),
    caseloadWarm: series(),
    baselineCpu: series(),
    loginCpu: series(),
    caseloadCpu: series(),
  };
  const signIn = { baseUrl: server.url, email: COUNSELLOR, password: DEMO_PASSWORD };
  const withSlowCpu = !isQuick;
  const base = server.url;
  for (let run = 1; run <= runs; run++) {
    log(
      `run ${run}/${runs}: baseline, sign-in page, caseload on slow 4G${withSlowCpu ? `, then the same cold with CPU × ${SLOW_CPU}` : ''}`,
    );
    for (const cpuSlowdown of withSlowCpu ? [1, SLOW_CPU] : [1]) {
      const isSlowCpu = cpuSlowdown !== 1;
      const baselineLoad = await visit(browser, {
        url: `${base}/${BASELINE_FILE}`,
        usableWhen: BASELINE_USABLE,
        cpuSlowdown,
      });
      (isSlowCpu ? results.baselineCpu : results.baseline).loads.push(baselineLoad.cold);
      const login = await visit(browser, { url: `${base}/`, usableWhen: LOGIN_USABLE, cpuSlowdown });
      (isSlowCpu ? results.loginCpu : results.login).loads.push(login.cold);
      const caseload = await visit(browser, {
        url: `${base}/caseload`,
        usableWhen: CASELOAD_USABLE,
        signIn,
        isWarmToo: !isSlowCpu,
        cpuSlowdown,
      });
      (isSlowCpu ? results.caseloadCpu : results.caseload).loads.push(caseload.cold);
      if (caseload.warm) results.caseloadWarm.loads.push(caseload.warm);
    }
  }

  // ---- bytes ------------------------------------------------------------------------------------------
  const firstOf = (s: Series) => {
    const load = s.loads[0];
    if (!load) throw new Error('no load measured');
    return load;
  };
  const loginBytes = await bytesOf(distDir, firstOf(results.login));
  const caseloadBytes = await bytesOf(distDir, firstOf(results.caseload));
  const entry = await entrySet(distDir);
  const warmFetched = firstOf(results.caseloadWarm).fetched;
  const isAsset = (url: string) => new URL(url).pathname.startsWith('/assets/');
  const warm = {
    fromCache: warmFetched.filter((f) => isAsset(f.url) && f.isFromCache).length,
    revalidated: warmFetched.filter((f) => isAsset(f.url) && f.status === 304).length,
    downloaded: warmFetched.filter((f) => isAsset(f.url) && !f.isFromCache && f.status === 200).length,
    wire: warmFetched.reduce((sum, f) => sum + f.wireBytes, 0),
    requests: warmFetched.filter((f) => !f.isFromCache).length,
  };
  const caseloadRequests = firstOf(results.caseload).fetched.filter((f) => !f.isFromCache).length;

  // ---- timings ------------------------------------------------------------------------------------------
  const summary = (s: Series) => ({
    usable: median(s.loads.map((l) => l.usableMs)),
    fcp: median(s.loads.map((l) => l.fcpMs)),
    lcp: median(s.loads.map((l) => l.lcpMs)),
    all: s.loads.map((l) => l.usableMs),
  });
  const timingRow = (label: string, s: Series, baseline: Series) => {
    if (s.loads.length === 0) return [];
    const t = summary(s);
    return [
      `| ${label} | ${seconds(t.usable)} | ${seconds(t.fcp)} | ${seconds(t.lcp)} | ${ratio(t.usable, summary(baseline).usable)} | ${t.all.map((ms) => (ms / 1000).toFixed(2)).join(', ')} |`,
    ];
  };
  const bytesRow = (label: string, kind: 'js' | 'css', bytes: PageBytes) => [
    `| ${label} | ${kind.toUpperCase()} | ${bytes[kind].files} | ${kB(bytes[kind].wire)} | ${kB(bytes[kind].raw)} | ${kB(bytes[kind].gzip)} |`,
  ];
  const baselineWire = firstOf(results.baseline).fetched.reduce((sum, f) => sum + f.wireBytes, 0);
  const encodings = (bytes: PageBytes) => [...bytes.encodings].join(', ');

  const caseload = summary(results.caseload);
  const caseloadCpu = summary(results.caseloadCpu);
  const totalSeconds = (performance.now() - started) / 1000;
  const section = [
    '### Web app',
    '',
    `${isQuick ? `**Quick run (CI smoke): one load each, no CPU slowdown rows; figures not for the record.** ` : ''}` +
      `The production build (\`vite build\`${args.dist ? `, copied from \`${args.dist}\`` : ''}) served by the Pathways server itself as production starts it, no proxy in front ` +
      `(NODE_ENV=production, PATHWAYS_DEMO=1, fresh PGlite directory; it started in ${startSeconds.toFixed(1)} s), ` +
      `loaded by Chromium ${chromiumVersion} (playwright-core, headless, ${VIEWPORT.width}×${VIEWPORT.height}, HTTP/1.1 over loopback) on Lighthouse's slow-4G network, ` +
      `set through the DevTools protocol: \`Network.emulateNetworkConditions\` latency ${SLOW_4G.latencyMs} ms (added per request), ` +
      `${SLOW_4G.downloadKbps} kbit/s down, ${SLOW_4G.uploadKbps} kbit/s up. That network alone is the issue's "slow 4G"; ` +
      `the rows marked "CPU × ${SLOW_CPU}" add \`Emulation.setCPUThrottlingRate\` ${SLOW_CPU} (Lighthouse's low-end phone), a stricter figure. ` +
      `Each cold load is a fresh browser context (empty cache); the warm one loads the page again in the same context. ` +
      `Median of ${runs} run${runs > 1 ? 's' : ''}, the kinds of load interleaved in each run. ` +
      `Baseline: a ${BASELINE_HTML.length}-byte static HTML page (${baselineWire} bytes on the wire with headers) served by the same server under the same throttling.`,
    '',
    `**Usable** = from navigation start to the first macrotask (a \`setTimeout(0)\` queued by a MutationObserver) after the page's content is all in the DOM, ` +
      'so the main thread is free to handle input: on the sign-in page the "Sign in" heading, the email label and an enabled "Sign in" button; ' +
      `on the caseload (counsellor ${COUNSELLOR}, signed in through the API first, then a cold navigation to /caseload) the "${en.casework.caseload.title}" heading and its three lists ` +
      '(overdue, due this week, without contact), which appear only once the caseload data has arrived. FCP from the paint timeline, LCP the last `largest-contentful-paint` entry before the page was read.',
    '',
    `**As served**: asked with \`Accept-Encoding: gzip, deflate, br\`, the server answered the entry script with \`Content-Encoding: ${assetHeaders.encoding}\`, ` +
      `\`Cache-Control: ${assetHeaders.cacheControl}\`, \`Vary: ${assetHeaders.vary}\`, and the page (index.html) with \`Cache-Control: ${pageHeaders.cacheControl}\`. ` +
      `Encodings of the scripts the sign-in page fetched: ${encodings(loginBytes)}. ` +
      'Raw and gzip columns are the sizes of the built files fetched (gzip level 6, per file); "on the wire" is what the DevTools protocol counted, headers included.',
    '',
    '| first load | kind | files | on the wire | raw | gzip |',
    '|---|---|--:|--:|--:|--:|',
    ...bytesRow('`/` (sign-in page)', 'js', loginBytes),
    ...bytesRow('`/` (sign-in page)', 'css', loginBytes),
    ...bytesRow('caseload', 'js', caseloadBytes),
    ...bytesRow('caseload', 'css', caseloadBytes),
    `| entry script + modulepreloads (index.html) | JS | ${entry.files} | | ${kB(entry.raw)} | ${kB(entry.gzip)} |`,
    '',
    `Requests: the cold caseload load made ${caseloadRequests} (page, scripts, styles, messages, API). ` +
      `Warm cache: of the files under /assets/, ${warm.fromCache} came from the browser's cache without a request, ${warm.revalidated} were revalidated (304) and ${warm.downloaded} downloaded again; ` +
      `the warm load made ${warm.requests} requests, ${kB(warm.wire)} on the wire.`,
    '',
    '| page (cold unless said) | usable | FCP | LCP | usable ÷ baseline | each run (usable, s) |',
    '|---|--:|--:|--:|--:|---|',
    ...timingRow('baseline: bare HTML page', results.baseline, results.baseline),
    ...timingRow('`/` sign-in page', results.login, results.baseline),
    ...timingRow('**caseload** (the goal)', results.caseload, results.baseline),
    ...timingRow('caseload, warm cache', results.caseloadWarm, results.baseline),
    ...timingRow(`baseline, CPU × ${SLOW_CPU}`, results.baselineCpu, results.baselineCpu),
    ...timingRow(`\`/\` sign-in page, CPU × ${SLOW_CPU}`, results.loginCpu, results.baselineCpu),
    ...timingRow(`caseload, CPU × ${SLOW_CPU}`, results.caseloadCpu, results.baselineCpu),
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')} at start; ` +
      `the whole benchmark took ${totalSeconds.toFixed(0)} s.`,
    '',
  ].join('\n');

  const firstLoadJs = loginBytes.js.gzip;
  const goals = [
    {
      label: 'first-load JS (gzip), `/` sign-in page: every script fetched',
      target: '≤ 250 kB',
      value: kB(firstLoadJs),
      met: firstLoadJs <= 250_000,
    },
    {
      label: 'caseload page usable on slow 4G (cold, served by the Pathways server)',
      target: '≤ 3 s',
      value: seconds(caseload.usable),
      met: caseload.usable !== undefined && caseload.usable <= 3_000,
    },
  ];
  const figures: Record<string, number> = { firstLoadJsGzipBytes: firstLoadJs };
  if (caseload.usable !== undefined) figures.caseloadUsableMs = caseload.usable;
  if (caseloadCpu.usable !== undefined) figures.caseloadUsableCpu4Ms = caseloadCpu.usable;
  await writeReport(args.report, { section, goals, figures });
  log(`done in ${totalSeconds.toFixed(0)} s`);
} finally {
  await cleanUp();
}
