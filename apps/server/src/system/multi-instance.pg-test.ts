import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../db/client.js';
import { adminUrlOf, databaseUrlFor } from '../testing/postgres-urls.js';

// Two real server processes on one PostgreSQL: nothing may live in one server's memory.
const url = process.env.DATABASE_URL as string;
const database = `pathways_test_multi_${process.pid}`;
const root = path.resolve(import.meta.dirname, '../../../..');
const servers: ChildProcess[] = [];
let a: string;
let b: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlFor(url, database),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PATHWAYS_DEMO: '1',
      LOGIN_MAX_FAILURES: '3',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return base;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('server did not start');
}

const login = (base: string, email: string, password = 'pathways-demo') =>
  fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

beforeAll(async () => {
  const admin = await openPostgres(adminUrlOf(url), 1);
  await admin.withRawSession((s) => s.exec(`CREATE DATABASE ${database}`));
  await admin.close();
  // Both start on the same empty database at once: one migrates and seeds, the other waits.
  [a, b] = await Promise.all([startServer(), startServer()]);
}, 90_000);

afterAll(async () => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise((resolve) => {
          if (s.exitCode !== null) return resolve(null);
          s.once('exit', resolve);
          s.kill('SIGTERM');
        }),
    ),
  );
  const admin = await openPostgres(adminUrlOf(url), 1);
  await admin.withRawSession((s) => s.exec(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  await admin.close();
});

describe('two servers, one database', () => {
  it('shares sessions: sign in on one, act on the other, sign out on the other', async () => {
    const res = await login(a, 'admin@demo.pathways.local');
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await res.json()) as { csrfToken: string };

    const me = await fetch(`${b}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const created = await fetch(`${b}/api/users`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'shared.state@example.org',
        displayName: 'Shared State',
        password: 'a-long-enough-password',
        memberships: [{ role: 'analyst' }],
      }),
    });
    expect(created.status).toBe(201);
    expect((await login(a, 'shared.state@example.org', 'a-long-enough-password')).status).toBe(200);

    const logout = await fetch(`${b}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    expect((await fetch(`${a}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('counts failed sign-ins across servers', async () => {
    const email = 'counsellor.gh@demo.pathways.local';
    expect((await login(a, email, 'wrong-1')).status).toBe(401);
    expect((await login(b, email, 'wrong-2')).status).toBe(401);
    expect((await login(a, email, 'wrong-3')).status).toBe(401);
    expect((await login(b, email)).status).toBe(429);
  });

  it('seeded the demo once', async () => {
    const db = await openPostgres(databaseUrlFor(url, database), 1);
    const users = await db.db
      .selectFrom('users')
      .select('id')
      .where('email', 'like', '%@demo.pathways.local')
      .execute();
    await db.close();
    expect(users).toHaveLength(23);
  });
});
