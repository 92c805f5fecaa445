import { counsellingTopics, sessionChannels } from '@pathways/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoEmail, logIn, request, type TestContext } from '../testing/index.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('reference data', () => {
  it('lists countries with their centres and statuses', async () => {
    const session = await logIn(t.app, demoEmail('analyst'));
    const items = (await request(t.app, session, 'GET', '/api/countries')).json().items;
    expect(items).toHaveLength(14);
    const serbia = items.find((c: { code: string }) => c.code === 'RS');
    expect(serbia).toMatchObject({
      status: 'handed_over',
      centres: [expect.objectContaining({ city: 'Belgrade' })],
    });
  });

  it('serves the code lists with a version and labels in English, French and Arabic', async () => {
    const session = await logIn(t.app, demoEmail('counsellor', 'GH'));
    const { lists } = (await request(t.app, session, 'GET', '/api/code-lists')).json();
    const isced = lists.find((l: { list: string }) => l.list === 'isced_2011');
    expect(isced.version).toBe('2011');
    expect(isced.items).toHaveLength(9);
    expect(isced.items[6]).toEqual({
      code: '6',
      labels: { en: 'Bachelor’s or equivalent', fr: 'Licence ou équivalent', ar: 'البكالوريوس أو ما يعادله' },
    });
    // The API validates topics and channels by the contract's enums; the lists must label each one.
    const codesOf = (name: string) =>
      lists.find((l: { list: string }) => l.list === name).items.map((i: { code: string }) => i.code);
    expect(codesOf('counselling_topics')).toEqual([...counsellingTopics]);
    expect(codesOf('session_channels')).toEqual([...sessionChannels]);
  });
});
