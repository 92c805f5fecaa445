import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createPglitePool } from './pglite-pool.js';
import type { DB } from './schema.js';

/** One session on one connection, for work that needs multi-statement scripts or session locks. */
export type RawSession = {
  exec(script: string): Promise<void>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
};

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Kysely<DB>;
  withRawSession<T>(fn: (session: RawSession) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data directory as a tarball (test databases start from one). */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
};

// Dates (not timestamps) stay 'YYYY-MM-DD' text: a JS Date would shift them by the server's zone.
const DATE_OID = 1082;
const INT8_OID = 20;
const ADMIN_SHUTDOWN = '57P01';
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => Number(v));

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover) is dropped from the pool and
  // replaced on next use; without a listener, node-postgres would crash the process.
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== ADMIN_SHUTDOWN) console.warn('PostgreSQL pool:', error.message);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    withRawSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (script) => {
            await client.query(script);
          },
          query: async (text, params) => (await client.query(text, params)).rows,
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await db.destroy();
      // Kysely ends the pool only if it ever used it; raw sessions may have been the only users.
      if (!pool.ending) await pool.end();
    },
  };
}

const extensions = { pg_trgm, unaccent, fuzzystrmatch, btree_gist };

/** PGlite on a data directory (or in memory when dataDir is undefined, for tests). */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  if (options.dataDir) await fs.mkdir(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create(options.dataDir, {
    extensions,
    loadDataDir: options.loadDataDir,
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
  });
  const pool = createPglitePool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'pglite',
    db,
    withRawSession: (fn) =>
      pool.withLock(() =>
        fn({
          exec: async (script) => {
            await pglite.exec(script);
          },
          query: async <R>(text: string, params?: unknown[]) => (await pglite.query<R>(text, params)).rows,
        }),
      ),
    dump: () => pool.withLock(() => pglite.dumpDataDir('none')),
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
