// One page load in Debian's Chromium (playwright-core), throttled through the Chrome DevTools
// Protocol, with what it fetched (from the protocol's network events) and when it became usable
// (from a script the protocol injects before the page's own: the app's CSP does not apply to it).
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export { launchBrowser } from '../../../e2e/chromium.js';

/**
 * Lighthouse's mobile "slow 4G" network (its simulated-throttling constants), applied by DevTools
 * per request: 150 ms added to each request's round trip, 1.6 Mbit/s down (1638.4 kbit/s), 750
 * kbit/s up. The goal is on this network alone; Lighthouse's 4 × CPU slowdown (a
 * low-end phone) is measured beside it as a stricter figure.
 */
export const SLOW_4G = { latencyMs: 150, downloadKbps: 1638.4, uploadKbps: 750 };
export const SLOW_CPU = 4;

export const VIEWPORT = { width: 360, height: 740 };

/** The page is usable when each [tag, text] is in the DOM (a `button` also enabled). */
export type UsableWhen = readonly (readonly [tag: 'h1' | 'h2' | 'button' | 'label', text: string])[];

export type Fetched = {
  url: string;
  status: number;
  wireBytes: number;
  encoding: string | undefined;
  /** Served from the browser's memory or disk cache, without a request on the network. */
  isFromCache: boolean;
};

export type Load = {
  /** From navigation start to the first macrotask after the page's content is all there. */
  usableMs: number;
  fcpMs: number | undefined;
  lcpMs: number | undefined;
  /** Every response received until the network was quiet (1 s without a request) after usable. */
  fetched: Fetched[];
};

// Runs in the page before any of its scripts. A MutationObserver waits for the content; the time
// is taken in a setTimeout(0) queued then, so it counts the task that rendered it and any task
// already queued ahead: the first moment an input event could be handled. A string, not a
// function: tsx would wrap the function's inner names in a helper the page does not have.
const watchUsable = (usableWhen: UsableWhen) => `(() => {
  const usableWhen = ${JSON.stringify(usableWhen)};
  const state = { usableAt: null, lcp: null };
  Object.defineProperty(window, '__benchState', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const has = (tag, text) => [...document.getElementsByTagName(tag)].some(
    (element) => element.textContent.trim() === text && !(element instanceof HTMLButtonElement && element.disabled),
  );
  let isSeen = false;
  const check = () => {
    if (isSeen || !usableWhen.every(([tag, text]) => has(tag, text))) return;
    isSeen = true;
    observer.disconnect();
    setTimeout(() => { state.usableAt = performance.now(); }, 0);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

const throttle = async (cdp: CDPSession, cpuSlowdown: number) => {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latencyMs,
    downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
    uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
};

/** Records the page's network traffic through the protocol. */
const recordNetwork = (cdp: CDPSession) => {
  const inFlight = new Set<string>();
  const responses = new Map<
    string,
    { url: string; status: number; encoding: string | undefined; isFromCache: boolean }
  >();
  const servedFromCache = new Set<string>();
  const fetched: Fetched[] = [];
  let lastActivity = performance.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    inFlight.add(event.requestId);
    lastActivity = performance.now();
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    servedFromCache.add(event.requestId);
  });
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    responses.set(event.requestId, {
      url: event.response.url,
      status: event.response.status,
      encoding: headers['content-encoding'],
      isFromCache:
        servedFromCache.has(event.requestId) ||
        event.response.fromDiskCache === true ||
        event.response.fromPrefetchCache === true,
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    inFlight.delete(event.requestId);
    lastActivity = performance.now();
    const response = responses.get(event.requestId);
    if (response) fetched.push({ ...response, wireBytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => {
    inFlight.delete(event.requestId);
    lastActivity = performance.now();
  });
  return {
    fetched,
    /** Waits until no request has been in flight for `quietMs`, or `maxMs` passed. */
    quiet: async (quietMs: number, maxMs: number) => {
      const deadline = performance.now() + maxMs;
      while (performance.now() < deadline) {
        if (inFlight.size === 0 && performance.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
};

/** Navigates the page (already throttled) to `url` and measures the load. */
async function measureNavigation(page: Page, cdp: CDPSession, url: string): Promise<Load> {
  const network = recordNetwork(cdp);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await page.waitForFunction(
    () =>
      (window as unknown as { __benchState?: { usableAt: number | null } }).__benchState?.usableAt != null,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await network.quiet(1_000, 15_000);
  const timings = await page.evaluate(() => {
    const state = (window as unknown as { __benchState: { usableAt: number; lcp: number | null } })
      .__benchState;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return { usableMs: state.usableAt, fcpMs: fcp, lcpMs: state.lcp ?? undefined };
  });
  return { ...timings, fetched: [...network.fetched] };
}

export type Visit = {
  /** The page's URL, on the server or the proxy. */
  url: string;
  usableWhen: UsableWhen;
  /** Signs in first (through the API, in the same browser context: the cookie only, no cache). */
  signIn?: { baseUrl: string; email: string; password: string };
  /** Also loads the page a second time in the same context: the warm-cache figure. */
  isWarmToo?: boolean;
  /** The CPU slowdown on top of the slow-4G network: 1 (none) unless said. */
  cpuSlowdown?: number;
};

/** A cold load in a fresh browser context (empty cache), and optionally a warm one after it. */
export async function visit(browser: Browser, target: Visit): Promise<{ cold: Load; warm?: Load }> {
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: VIEWPORT });
    if (target.signIn) {
      const { baseUrl, email, password } = target.signIn;
      const answer = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email, password } });
      if (!answer.ok()) throw new Error(`sign-in as ${email} answered ${answer.status()}`);
    }
    await context.addInitScript({ content: watchUsable(target.usableWhen) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, target.cpuSlowdown ?? 1);
    const cold = await measureNavigation(page, cdp, target.url);
    if (!target.isWarmToo) return { cold };
    const warm = await measureNavigation(page, cdp, target.url);
    return { cold, warm };
  } finally {
    await context?.close();
  }
}
