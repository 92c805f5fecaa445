import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.js';
import type { Database } from './client.js';
import { migrate } from './migrate.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('records what was applied and applies nothing twice', async () => {
    const rows = await database.db.selectFrom('countries').select('code').execute();
    expect(rows).toHaveLength(14);
    expect(await migrate(database)).toEqual({ applied: [] });
  });

  it('loads the reference data: 14 countries, their centres with time zones', async () => {
    const centres = await database.db
      .selectFrom('centres')
      .select(['country_code', 'city', 'time_zone'])
      .execute();
    expect(
      centres
        .filter((c) => c.country_code === 'NG')
        .map((c) => c.city)
        .sort(),
    ).toEqual(['Abuja', 'Benin City', 'Lagos']);
    expect(centres.find((c) => c.city === 'Mataram')?.time_zone).toBe('Asia/Makassar');
  });

  it('refuses to run when an applied migration was edited', async () => {
    await database.withRawSession((s) => s.exec("UPDATE schema_migrations SET checksum = 'edited'"));
    await expect(migrate(database)).rejects.toThrow(/was changed after it was applied/);
  });

  it('has the extensions that name search needs', async () => {
    const rows = await database.withRawSession((s) =>
      s.query<{ extname: string }>('SELECT extname FROM pg_extension ORDER BY extname'),
    );
    expect(rows.map((r) => r.extname)).toEqual(
      expect.arrayContaining(['fuzzystrmatch', 'pg_trgm', 'unaccent']),
    );
  });
});
