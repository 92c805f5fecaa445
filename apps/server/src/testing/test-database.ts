import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../db/client.js';
import { adminUrlOf, databaseUrlFor } from './postgres-urls.js';

/** A fresh, migrated, empty database of its own, on PGlite or on the PostgreSQL of DATABASE_URL. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dump = await fs.readFile(inject('pgliteTemplatePath'));
    return openPglite({ loadDataDir: new Blob([dump]) });
  }
  const name = `pathways_test_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(adminUrlOf(url), 1);
  await createFromTemplate(admin, name, inject('postgresTemplate'));
  const database = await openPostgres(databaseUrlFor(url, name), 10);
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.withRawSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin.close();
    },
  };
}

const OBJECT_IN_USE = '55006';

/** PostgreSQL copies a template only while no one else touches it: parallel files take turns. */
async function createFromTemplate(admin: Database, name: string, template: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.withRawSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
    }
  }
}
