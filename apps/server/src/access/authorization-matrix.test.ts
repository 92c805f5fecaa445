import { type Role, roles } from '@pathways/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/index.js';
import { unsharedFieldsIn } from './authorization-matrix.leaks.js';
import { type CellRequest, matrixRequests } from './authorization-matrix.requests.js';
import {
  authorizationMatrix,
  columns,
  H,
  L,
  M,
  type Outcome,
  type Target,
} from './authorization-matrix.table.js';
import { arrangeWorld, type World } from './authorization-matrix.world.js';

// Every route × every role × every target scope, against the hand-written table: the status,
// whether a list shows the target, and no personal value the role may not receive in any 2xx.

let t: TestContext;
let w: World;
let cellsChecked = 0;

beforeAll(async () => {
  t = await createTestApp();
  w = await arrangeWorld(t.app);
}, 120_000);
afterAll(async () => {
  console.log(`authorization matrix: ${cellsChecked} cells checked`);
  await t?.close();
});

const keyOf = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const isSuccess = (o: Outcome) => typeof o === 'string' || o < 300;
const statusOf = (o: Outcome) => (typeof o === 'string' ? 200 : o);

async function send(method: string, req: CellRequest, role: Role) {
  const session = req.session === undefined ? w.sessions[role] : req.session;
  const cookies = [session?.cookie, req.cookie].filter(Boolean);
  const headers: Record<string, string> = {};
  if (cookies.length) headers.cookie = cookies.join('; ');
  if (session && method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  return t.app.inject({
    method: method as 'GET',
    url: req.url,
    headers,
    ...(req.body === undefined ? {} : { payload: req.body as object }),
  });
}

/** What is wrong with one cell's answer; empty when it matches the table. */
function judge(
  route: string,
  role: Role,
  expected: Outcome,
  req: CellRequest,
  res: { statusCode: number; body: string },
) {
  const problems: string[] = [];
  if (res.statusCode !== statusOf(expected)) {
    problems.push(`status ${res.statusCode}, expected ${statusOf(expected)}: ${res.body.slice(0, 200)}`);
    return problems;
  }
  const marker = req.marker;
  if (expected === L && marker && !res.body.includes(marker.id)) problems.push('target not listed');
  if (expected === H && marker && res.body.includes(marker.id)) problems.push('target listed');
  if (expected === H && marker?.caseCode && res.body.includes(marker.caseCode))
    problems.push('case code listed');
  if (expected === M && marker) {
    if (!marker.caseCode || !res.body.includes(marker.caseCode)) problems.push('case code not listed');
    if (res.body.includes(marker.id)) problems.push('masked target shows its id');
  }
  if ((expected === L || expected === H || expected === M) && !marker) problems.push('no marker to look for');
  if (!isSuccess(expected)) return problems;
  const sent = req.body === undefined ? '' : JSON.stringify(req.body);
  for (const leak of w.personal.leaksIn(res.body, role, route, sent)) problems.push(`leaks ${leak}`);
  if (route.includes('/api/partner/referrals')) {
    const unshared = unsharedFieldsIn(JSON.parse(res.body));
    if (unshared.length) problems.push(`partner sees unshared fields ${unshared.join(', ')}`);
  }
  return problems;
}

describe('authorization matrix', () => {
  it('has rows for every /api route and no row for a route that is gone', () => {
    expect([...columns].sort(), 'a column per role').toEqual([...roles].sort());
    const routes = new Set(t.app.routeCatalogue.map(keyOf));
    const rows = new Set(Object.keys(authorizationMatrix));
    expect(
      [...routes].filter((r) => !rows.has(r)),
      'routes without rows',
    ).toEqual([]);
    expect(
      [...rows].filter((r) => !routes.has(r)),
      'rows for routes that do not exist',
    ).toEqual([]);
    expect(Object.keys(matrixRequests).sort()).toEqual([...rows].sort());
  });

  it('can fail: a wrong expectation, a hidden target and a personal value are all reported', async () => {
    const route = 'GET /api/clients/:clientId';
    const own = w.clients.own;
    const req = { url: `/api/clients/${own.id}` };
    const read = await send('GET', req, 'counsellor');
    expect(judge(route, 'counsellor', 200, req, read)).toEqual([]);
    expect(judge(route, 'counsellor', 404, req, read)).not.toEqual([]);
    // The same body, had an analyst received it, leaks the name, phone and date of birth.
    const leaks = judge(route, 'analyst', 200, req, read).join(' ');
    for (const value of [own.person.name.given, own.person.phone, own.person.dateOfBirth.value])
      expect(leaks).toContain(value);
    const list = { url: `/api/clients?centreId=${own.centreId}`, marker: { id: own.id } };
    const listed = await send('GET', list, 'counsellor');
    expect(judge('GET /api/clients', 'counsellor', H, list, listed)).toEqual(['target listed']);
    // A sensitive note is allowed on its own route only.
    const notes = await send(
      'GET',
      { url: `/api/clients/${own.id}/sessions/${w.sessionIds.own}/sensitive-notes` },
      'counsellor',
    );
    expect(
      judge('GET /api/clients/:clientId/sessions/:sessionId/sensitive-notes', 'counsellor', 200, req, notes),
    ).toEqual([]);
    expect(judge(route, 'counsellor', 200, req, notes).join(' ')).toContain('sensitive');
    // The partner portal shows what was shared (the given name), and that only.
    const portal = { url: `/api/partner/referrals/${w.referrals.own.id}` };
    const referral = await send('GET', portal, 'partner_staff');
    expect(referral.json().shared).toEqual({
      givenName: own.person.name.given,
      languages: expect.any(Array),
      reason: expect.any(String),
    });
    expect(judge('GET /api/partner/referrals/:referralId', 'partner_staff', 200, portal, referral)).toEqual(
      [],
    );
    expect(judge(route, 'partner_staff', 200, portal, referral).join(' ')).toContain(own.person.name.given);
  });

  for (const [route, entry] of Object.entries(authorizationMatrix)) {
    it(route, async () => {
      const method = route.slice(0, route.indexOf(' '));
      const build = matrixRequests[route];
      if (!build) throw new Error(`no request for ${route}`);
      const mismatches: string[] = [];
      for (const [target, row] of Object.entries(entry) as [Target, readonly Outcome[]][]) {
        for (const [i, role] of columns.entries()) {
          const expected = row[i] as Outcome;
          const req = await build({ w, role, target, succeeds: isSuccess(expected) });
          const res = await send(method, req, role);
          for (const p of judge(route, role, expected, req, res))
            mismatches.push(`${role} × ${target}: ${p}`);
          cellsChecked++;
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
