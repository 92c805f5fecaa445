import type { LightMyRequestResponse } from 'fastify';
import { type App, buildApp } from '../app.js';
import { createPasswordHasher, type PasswordHasher } from '../auth/passwords.js';
import { type Config, loadConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createTestDatabase } from './test-database.js';

export { DEMO_PASSWORD };

/** Cheap argon2id for tests; one test checks the production parameters separately. */
export const testHasher: PasswordHasher = createPasswordHasher({ memoryCost: 256, timeCost: 1 });

export type TestContext = {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PATHWAYS_DEMO: '1',
    ...overrides,
  });
}

/** The real app on a fresh database of its own, with the demo seeded unless asked not to. */
export async function createTestApp(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = testConfig(options.env);
  if (options.seed !== false) await seedDemo(database.db, testHasher);
  const app = await buildApp({ config, database, hasher: testHasher });
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type Session = { cookie: string; csrfToken: string; userId: string };

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'pathways_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `pathways_session=${cookie.value}`;
}

export async function logIn(app: App, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  const me = response.json() as { csrfToken: string; user: { id: string } };
  return { cookie: sessionCookieOf(response), csrfToken: me.csrfToken, userId: me.user.id };
}

export const demoEmail = (role: string, country?: string) =>
  country ? `${role}.${country.toLowerCase()}@demo.pathways.local` : `${role}@demo.pathways.local`;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as a signed-in browser sends it: the session cookie and, on writes, the CSRF header. */
export function request(app: App, session: Session | null, method: Method, url: string, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  }
  return app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}
export * from './factories.js';
