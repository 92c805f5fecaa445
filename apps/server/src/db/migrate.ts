import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Database } from './client.js';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
// Any fixed number: every Pathways server takes this advisory lock before migrating.
const MIGRATION_LOCK_KEY = 727_001;

export type MigrationResult = { applied: string[] };

/**
 * Applies the checked-in SQL files in name order, each in its own transaction, forward only.
 * An advisory lock makes a second server wait and then find nothing left to do.
 */
export async function migrate(database: Database): Promise<MigrationResult> {
  const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  return database.withRawSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Map(
        (
          await session.query<{ name: string; checksum: string }>(
            'SELECT name, checksum FROM schema_migrations',
          )
        ).map((r) => [r.name, r.checksum]),
      );
      const applied: string[] = [];
      for (const file of files) {
        const script = await fs.readFile(new URL(file, MIGRATIONS_DIR), 'utf8');
        const checksum = createHash('sha256').update(script).digest('hex');
        const previous = done.get(file);
        if (previous !== undefined) {
          if (previous !== checksum) {
            throw new Error(
              `Migration ${file} was changed after it was applied; add a new migration instead.`,
            );
          }
          continue;
        }
        await session.exec('BEGIN');
        try {
          await session.exec(script);
          await session.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
            file,
            checksum,
          ]);
          await session.exec('COMMIT');
        } catch (error) {
          await session.exec('ROLLBACK');
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
        }
        applied.push(file);
      }
      return { applied };
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
