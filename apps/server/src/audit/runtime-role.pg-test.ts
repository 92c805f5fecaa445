import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type Database, openPostgres } from '../db/client.js';
import { canAlterAuditTrail, grantRuntimeRole } from '../db/runtime-role.js';
import { seedDemo } from '../demo/seed-demo.js';
import {
  centreIds,
  clientBody,
  demoEmail,
  logIn,
  request,
  testConfig,
  testHasher,
} from '../testing/index.js';
import { adminUrlOf, databaseUrlFor } from '../testing/postgres-urls.js';
import { createTestDatabase } from '../testing/test-database.js';
import { sealAuditChains } from './audit-heads.js';

// Runs only against PostgreSQL (DATABASE_URL, as a role that may create roles and databases).
// The server's runtime role reads and appends the audit trail but can neither change nor
// delete it: only the migrator (the tables' owner) could.
const url = process.env.DATABASE_URL as string;
const role = `pathways_rt_${process.pid}`;
const PASSWORD = 'runtime-role-password';
const root = path.resolve(import.meta.dirname, '../../../..');
const admin = await openPostgres(adminUrlOf(url), 1);

const asRuntime = (databaseUrl: string) => {
  const u = new URL(databaseUrl);
  u.username = role;
  u.password = PASSWORD;
  return u.toString();
};
const databaseNameOf = async (database: Database) =>
  (await database.withRawSession((s) => s.query<{ name: string }>('SELECT current_database() AS name')))[0]
    ?.name as string;

const ALTERATIONS = [
  "UPDATE audit_events SET action = 'nothing.happened'",
  'DELETE FROM audit_events',
  'TRUNCATE audit_events',
  "UPDATE audit_chain_heads SET mac = repeat('0', 64)",
  'DELETE FROM audit_chain_heads',
];

beforeAll(async () => {
  await admin.withRawSession(async (s) => {
    await s.exec(`DROP ROLE IF EXISTS ${role}`);
    await s.exec(`CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD}'`);
  });
});
afterAll(async () => {
  await admin.withRawSession((s) => s.exec(`DROP ROLE IF EXISTS ${role}`));
  await admin.close();
});

describe('a runtime role without UPDATE or DELETE on the audit trail', () => {
  it('runs the app (sign-in, registration, reading, sealing, verification) and is refused every change to the trail', async () => {
    const owner = await createTestDatabase();
    await grantRuntimeRole(owner, role);
    const runtime = await openPostgres(asRuntime(databaseUrlFor(url, await databaseNameOf(owner))), 5);
    const config = testConfig();
    const app = await buildApp({ config, database: runtime, hasher: testHasher });
    try {
      await seedDemo(runtime.db, testHasher);
      const counsellor = await logIn(app, demoEmail('counsellor', 'MA'));
      const centres = await centreIds(app, counsellor.cookie);
      const created = await request(
        app,
        counsellor,
        'POST',
        '/api/clients',
        clientBody(centres.CAS as string),
      );
      expect(created.statusCode, created.body).toBe(201);
      const client = created.json();
      expect((await request(app, counsellor, 'GET', `/api/clients/${client.id}`)).statusCode).toBe(200);
      const { centreId: _centre, consents: _consents, ...profile } = clientBody(centres.CAS as string);
      const updated = await request(app, counsellor, 'PUT', `/api/clients/${client.id}`, {
        ...profile,
        region: 'Rabat-Salé-Kénitra',
        version: client.version,
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect((await request(app, counsellor, 'POST', '/api/auth/logout')).statusCode).toBe(204);
      expect((await sealAuditChains(runtime.db, config.audit.key as Buffer)).length).toBeGreaterThan(0);
      const auditor = await logIn(app, demoEmail('auditor'));
      const report = (await request(app, auditor, 'GET', '/api/audit/verify')).json();
      expect(report).toMatchObject({ isIntact: true });
      expect(report.checked).toBeGreaterThan(5);

      for (const statement of ALTERATIONS) {
        await expect(
          runtime.withRawSession((s) => s.exec(statement)),
          statement,
        ).rejects.toMatchObject({
          code: '42501', // insufficient_privilege
          message: expect.stringMatching(/permission denied/),
        });
      }
      expect(await canAlterAuditTrail(runtime)).toBe(false);
      expect(await canAlterAuditTrail(owner)).toBe(true);
      expect((await request(app, auditor, 'GET', '/api/audit/verify')).json().isIntact).toBe(true);
    } finally {
      await app.close();
      await runtime.close();
      await owner.close();
    }
  });

  it('is what main.ts sets up with DATABASE_MIGRATOR_URL; its heads reach the log and the head file, and audit:verify uses them', async () => {
    const name = `pathways_test_roles_${process.pid}`;
    const ownerUrl = databaseUrlFor(url, name);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-audit-'));
    const headFile = path.join(dir, 'heads.jsonl');
    const logFile = path.join(dir, 'server.log');
    await admin.withRawSession((s) => s.exec(`CREATE DATABASE ${name}`));
    const env = {
      PATH: process.env.PATH,
      DATABASE_URL: asRuntime(ownerUrl),
      DATABASE_MIGRATOR_URL: ownerUrl,
      PATHWAYS_AUDIT_KEY: Buffer.alloc(32, 5).toString('base64'),
      PATHWAYS_AUDIT_HEAD_FILE: headFile,
    };
    let server: ChildProcess | undefined;
    try {
      const port = await freePort();
      let log = '';
      server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
        cwd: root,
        env: {
          ...env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          PATHWAYS_DEMO: '1',
          PATHWAYS_AUDIT_SEAL_SECONDS: '1',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      server.stdout?.on('data', (chunk) => {
        log += chunk;
      });
      const base = `http://127.0.0.1:${port}`;
      await until(
        () =>
          fetch(`${base}/api/health`).then(
            (r) => r.ok,
            () => false,
          ),
        server,
      );
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: demoEmail('admin'), password: 'pathways-demo' }),
      });
      expect(login.status).toBe(200);
      // The seed is event 1 of the global chain and the sign-in event 2: signed within a second or so.
      await until(
        async () => /"chain":"global","lastSeq":2,/.test(await fs.readFile(headFile, 'utf8').catch(() => '')),
        server,
      );
      await until(async () => /"auditHead":\{"chain":"global","lastSeq":2,/.test(log), server);
      await fs.writeFile(logFile, log);

      const runtime = await openPostgres(asRuntime(ownerUrl), 1);
      try {
        await expect(runtime.withRawSession((s) => s.exec('DELETE FROM audit_events'))).rejects.toMatchObject(
          {
            code: '42501',
          },
        );
      } finally {
        await runtime.close();
      }
      await stop(server);

      const verify = (heads: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/audit/verify-cli.ts', ...heads], {
          cwd: root,
          env: { ...env, PATHWAYS_AUDIT_HEAD_FILE: '' },
          encoding: 'utf8',
          timeout: 30_000,
        });
      const intact = verify(['--heads', logFile]);
      expect(intact.status, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/Audit trail intact/);

      // The owner cuts the tail and wipes the heads table: the heads in the log still catch it.
      const owner = await openPostgres(ownerUrl, 1);
      try {
        await owner.withRawSession((s) =>
          s.exec(
            `DELETE FROM audit_chain_heads; DELETE FROM audit_events WHERE chain = 'global' AND chain_seq = 2`,
          ),
        );
      } finally {
        await owner.close();
      }
      expect(verify([]).status).toBe(0); // the database alone cannot tell
      const cut = verify(['--heads', logFile]);
      expect(cut.status).toBe(1);
      expect(cut.stdout).toMatch(/global: BROKEN at position 2 \(event gone\): truncated/);
    } finally {
      if (server) await stop(server);
      await admin.withRawSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function until(check: () => Promise<boolean>, server: ChildProcess) {
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

function stop(server: ChildProcess) {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve(null);
    server.once('exit', resolve);
    server.kill('SIGTERM');
  });
}
