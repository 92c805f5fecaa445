import { HsdsDataset } from '@pathways/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestApp, type TestContext } from '../testing/index.js';
import { type FuzzCase, isBadInput, type RouteUnderTest } from './bad-input-oracle.js';
import { changedTables, snapshotBusinessTables } from './business-tables.js';
import { fuzzCases, urlOf } from './fuzz-cases.js';
import { buildFuzzWorld, type FuzzWorld, unknownRecordId } from './fuzz-fixtures.js';

// Every write endpoint under /api, taken from the app's route catalogue (a new one is fuzzed
// without being listed here), gets `runs` generated bad inputs. Each must be refused with a 4xx
// (never a 5xx, never accepted), and no business table may change. FUZZ_SEED replays a run.

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes that take any JSON and validate it in the service, and the schema the service applies.
const BODY_CHECKED_BY_SERVICE: Record<string, z.ZodType> = { 'POST /api/hsds/import': HsdsDataset };

function describeCase(c: FuzzCase): string {
  const payload = c.payload === undefined ? '(none)' : JSON.stringify(c.payload.slice(0, 300));
  return `${c.family}; content-type ${c.contentType ?? '(none)'}; body ${payload}${(c.payload?.length ?? 0) > 300 ? '…' : ''}`;
}

/**
 * Declares the fuzz tests, one per write route; `shard` [i, n] takes every n-th route from the
 * i-th, so that n test files share the routes between the workers.
 */
export async function fuzzWriteEndpoints({
  runs,
  shard = [1, 1],
}: {
  runs: number;
  shard?: [number, number];
}) {
  // Built at collection time so that each route is a test of its own. Sign-in throttling is off:
  // every bad sign-in must reach the password check, not a lockout.
  const t: TestContext = await createTestApp({ env: { LOGIN_THROTTLE: '0' } });
  const writeRoutes = t.app.routeCatalogue.filter(
    (r) => r.url.startsWith('/api/') && WRITE_METHODS.has(r.method),
  );
  const routesOfShard = writeRoutes.filter((_, i) => i % shard[1] === shard[0] - 1);
  let world: FuzzWorld;
  const report: string[] = [];

  beforeAll(async () => {
    world = await buildFuzzWorld(t);
  });
  afterAll(async () => {
    if (runs >= 1000 || process.env.FUZZ_REPORT)
      console.log(`fuzz report (${runs} bad inputs per endpoint)\n${report.join('\n')}`);
    await t.close();
  });

  function routeUnderTest(entry: (typeof writeRoutes)[number]): RouteUnderTest {
    const paramNames = [...entry.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
    return {
      method: entry.method,
      url: entry.url,
      paramNames,
      params: entry.params as z.ZodType | undefined,
      query: entry.query as z.ZodType,
      body: BODY_CHECKED_BY_SERVICE[`${entry.method} ${entry.url}`] ?? (entry.body as z.ZodType | undefined),
      fixtureParams: Object.fromEntries(paramNames.map((n) => [n, world.params[n] ?? unknownRecordId()])),
    };
  }

  describe('write endpoints under generated bad inputs', () => {
    it('covers every write endpoint of the route catalogue', () => {
      expect(writeRoutes.length).toBeGreaterThanOrEqual(44);
      expect(routesOfShard.length).toBeGreaterThan(0);
    });

    it.each(routesOfShard.map((r) => [`${r.method} ${r.url}`, r] as const))(
      '%s: refuses every bad input with a 4xx and changes no business row',
      async (_, entry) => {
        const route = routeUnderTest(entry);
        const session = world.sessionFor(entry.permission);
        const before = await snapshotBusinessTables(t.database.db);
        const statuses = new Map<number, number>();
        const families = new Map<string, number>();
        let sent = 0;

        const result = await fc.check(
          fc.asyncProperty(fuzzCases(route, world.ids, world.params), async (c) => {
            fc.pre(isBadInput(route, c));
            const headers: Record<string, string> = {};
            if (session)
              Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrfToken });
            if (c.contentType) headers['content-type'] = c.contentType;
            const res = await t.app.inject({
              method: route.method as 'POST',
              url: urlOf(route, c),
              headers,
              ...(c.payload === undefined ? {} : { payload: c.payload }),
            });
            sent++;
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            families.set(c.family, (families.get(c.family) ?? 0) + 1);
            if (res.statusCode < 400 || res.statusCode >= 500)
              throw new Error(
                `${res.statusCode} ${res.body.slice(0, 300)}\n${urlOf(route, c).slice(0, 200)}`,
              );
          }),
          { numRuns: runs, seed: SEED, maxSkipsPerRun: 1000 },
        );
        if (result.failed) {
          const c = result.counterexample?.[0] as FuzzCase | undefined;
          throw new Error(
            `${route.method} ${route.url} failed (seed ${result.seed}, path ${result.counterexamplePath}): ` +
              `${(result.errorInstance as Error | undefined)?.message ?? 'too many skipped cases'}\n` +
              (c ? describeCase(c) : ''),
          );
        }

        expect(changedTables(before, await snapshotBusinessTables(t.database.db))).toEqual([]);
        // Coverage would silently drop if a case had ended a fuzzing session: they all still work.
        for (const s of world.sessions) {
          const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } });
          expect(me.statusCode).toBe(200);
        }
        expect(result.numRuns).toBe(runs);
        const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
        const byFamily = [...families].map(([f, n]) => `${f}×${n}`);
        report.push(
          `${route.method} ${route.url}: ${result.numRuns} cases (${sent} sent), ${byStatus.join(' ')}; ${byFamily.join(', ')}`,
        );
      },
      60_000 + runs * 200,
    );
  });
}
