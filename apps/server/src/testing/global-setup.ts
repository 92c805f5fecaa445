import fs from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { adminUrlOf, databaseUrlFor } from './postgres-urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates one template database per test run; every test file then starts its own database
 * from it: a PGlite data-directory dump, or PostgreSQL's CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `pathways_tpl_${process.pid}`;
    const admin = await openPostgres(adminUrlOf(url), 1);
    await admin.withRawSession(async (s) => {
      // Separate statements: PostgreSQL runs neither inside a transaction block.
      await s.exec(`DROP DATABASE IF EXISTS ${template}`);
      await s.exec(`CREATE DATABASE ${template}`);
    });
    const db = await openPostgres(databaseUrlFor(url, template), 1);
    await migrate(db);
    await db.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteTemplatePath', '');
    return async () => {
      await admin.withRawSession(async (s) => {
        const leftovers = await s.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE 'pathways_test_%' OR datname = $1",
          [template],
        );
        for (const { datname } of leftovers) await s.exec(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      });
      await admin.close();
    };
  }

  const database = await openPglite({});
  await migrate(database);
  const dump = await database.dump?.();
  await database.close();
  if (!dump) throw new Error('PGlite dump failed');
  const dir = path.resolve('.tmp');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${process.pid}.tar`);
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
  project.provide('postgresTemplate', '');
  return async () => {
    await fs.rm(file, { force: true });
  };
}
