import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * PGlite is one connection. Kysely holds a "connection" for a whole transaction, so handing
 * out the single connection behind a queue keeps concurrent requests from interleaving
 * their statements inside one another's transactions.
 */
export function createPglitePool(
  pg: PGlite,
): PostgresPool & { withLock<T>(fn: () => Promise<T>): Promise<T> } {
  let tail: Promise<void> = Promise.resolve();

  const acquire = (): Promise<() => void> => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = tail.then(() => release);
    tail = tail.then(() => held);
    return ready;
  };

  const client = (release: () => void): PostgresPoolClient => ({
    // Kysely's client type also has a cursor overload, which Pathways never uses.
    query: (async (sqlText: string, parameters: ReadonlyArray<unknown>) => {
      const result = await pg.query(sqlText, parameters as unknown[]);
      return {
        command: commandOf(sqlText),
        rowCount: result.affectedRows ?? result.rows.length,
        rows: result.rows,
      } satisfies PostgresQueryResult<unknown>;
    }) as PostgresPoolClient['query'],
    release,
  });

  return {
    connect: async () => client(await acquire()),
    end: async () => {},
    withLock: async (fn) => {
      const release = await acquire();
      try {
        return await fn();
      } finally {
        release();
      }
    },
  };
}

function commandOf(sqlText: string): PostgresQueryResult<unknown>['command'] {
  const word = sqlText.trimStart().slice(0, 6).toUpperCase();
  if (word.startsWith('INSERT')) return 'INSERT';
  if (word.startsWith('UPDATE')) return 'UPDATE';
  if (word.startsWith('DELETE')) return 'DELETE';
  if (word.startsWith('MERGE')) return 'MERGE';
  return 'SELECT';
}
