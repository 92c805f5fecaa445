import type { IndicatorReport } from '@pathways/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreIds, createTestApp, demoEmail, logIn, request, type TestContext } from '../testing/index.js';
import { buildIraqFixture } from './indicators.fixture.js';

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ env: { INDICATORS_MIN_CELL: '3' } });
  const manager = await logIn(t.app, demoEmail('country_manager', 'IQ'));
  await buildIraqFixture(t.app, t.database.db, manager, await centreIds(t.app, manager.cookie));
});
afterAll(() => t.close());

describe('a configured suppression threshold', () => {
  it('hides counts below k and shows rates on a base of k', async () => {
    const analyst = await logIn(t.app, demoEmail('analyst'));
    const res = await request(
      t.app,
      analyst,
      'GET',
      '/api/indicators?period=2026-Q1&country=IQ&breakdown=none',
    );
    const report: IndicatorReport = res.json();
    expect(report.suppression).toEqual({ applied: true, k: 3 });
    const people = report.tables.find((x) => x.id === 'people_counselled');
    // 3 women (shown at k = 3), 2 men ("<3"); the line then hides its next smallest, the 3 women.
    expect(people?.rows.at(-1)?.cells).toEqual(['x', '<3', 0, 0, 5, 'x']);
  });
});
