import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed-demo.js';
import { createTestApp, demoEmail, logIn, request, testHasher } from '../testing/index.js';
import { adminUrlOf, databaseUrlFor } from '../testing/postgres-urls.js';
import { openPostgres } from './client.js';
import { migrate } from './migrate.js';

// These run only against PostgreSQL (DATABASE_URL): PGlite's single connection cannot race.
const url = process.env.DATABASE_URL as string;
const name = `pathways_test_race_${process.pid}`;
const admin = await openPostgres(adminUrlOf(url), 1);

beforeAll(async () => {
  await admin.withRawSession(async (s) => {
    await s.exec(`DROP DATABASE IF EXISTS ${name}`);
    await s.exec(`CREATE DATABASE ${name}`);
  });
});
afterAll(async () => {
  await admin.withRawSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await admin.close();
});

describe('on PostgreSQL with parallel connections', () => {
  it('lets only one of several starting servers migrate, and seed, an empty database', async () => {
    const servers = await Promise.all([1, 2, 3, 4].map(() => openPostgres(databaseUrlFor(url, name), 2)));
    try {
      const results = await Promise.all(servers.map((s) => migrate(s)));
      const appliers = results.filter((r) => r.applied.length > 0);
      expect(appliers).toHaveLength(1);
      const seeded = await Promise.all(servers.map((s) => seedDemo(s.db, testHasher)));
      expect(seeded.filter(Boolean)).toHaveLength(1);
      const users = await servers[0]?.db.selectFrom('users').select('id').execute();
      expect(users).toHaveLength(23);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('gives one of two simultaneous registrations of an email a 201 and the other a 409', async () => {
    const t = await createTestApp();
    try {
      const session = await logIn(t.app, demoEmail('admin'));
      const body = {
        email: 'same.person@example.org',
        displayName: 'Same Person',
        password: 'a-long-enough-password',
        memberships: [{ role: 'analyst' }],
      };
      const statuses = (
        await Promise.all([1, 2, 3].map(() => request(t.app, session, 'POST', '/api/users', body)))
      ).map((r) => r.statusCode);
      expect(statuses.sort()).toEqual([201, 409, 409]);
    } finally {
      await t.close();
    }
  });

  it('keeps the audit chain linear under concurrent writes', async () => {
    const t = await createTestApp();
    try {
      await Promise.all(['GH', 'MA', 'EG', 'PK', 'IQ'].map((c) => logIn(t.app, demoEmail('counsellor', c))));
      const events = await t.database.db
        .selectFrom('audit_events')
        .select(['prev_hash', 'hash'])
        .orderBy('seq')
        .execute();
      for (let i = 1; i < events.length; i++) expect(events[i]?.prev_hash).toBe(events[i - 1]?.hash);
      expect(events.length).toBeGreaterThanOrEqual(6);
    } finally {
      await t.close();
    }
  });
});
