import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoEmail, logIn, request, type TestContext } from '../testing/index.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('system routes', () => {
  it('answers health with the database checked', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('lists the demo accounts and password in demo mode', async () => {
    const meta = (await t.app.inject({ url: '/api/meta' })).json();
    expect(meta.demo).toBe(true);
    expect(meta.demoPassword).toBe('pathways-demo');
    const emails = meta.demoAccounts.map((a: { email: string }) => a.email);
    for (const country of ['gh', 'ma', 'eg', 'pk', 'iq']) {
      for (const role of ['country_manager', 'centre_manager', 'counsellor', 'partner_staff']) {
        expect(emails).toContain(`${role}.${country}@demo.pathways.local`);
      }
    }
    expect(emails).toEqual(
      expect.arrayContaining(['admin@demo.pathways.local', 'analyst@demo.pathways.local']),
    );
  });

  it('documents every registered API route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      ),
    );
    const routes = t.app.routeCatalogue.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes) expect(documented, route).toContain(route);
  });

  it('serves a readable API docs page', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

describe('bad input', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.app.inject({ url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('not_found');
  });

  it('rejects malformed JSON with a problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, code: 'malformed_json' });
  });

  it('names wrong-typed, missing and unknown fields', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 42, extra: true },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'extra']));
  });

  it('refuses unknown query parameters, naming them', async () => {
    const session = await logIn(t.app, demoEmail('admin'));
    const res = await request(t.app, session, 'GET', '/api/countries?sort=name');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'querystring.sort', message: 'is not a known field' }]);
  });

  it('refuses oversized bodies with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.c', password: 'x'.repeat(300 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('body_too_large');
  });

  it('refuses bodies that are not JSON with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a',
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('security headers', () => {
  it('sends a CSP without inline scripts, framing denied, no sniffing, no referrer, no caching of API data', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
