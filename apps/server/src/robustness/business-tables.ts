import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * Tables a refused request may still write to: the audit trail (denied and failed actions are
 * audited) and its chain heads, sign-in throttling, sessions (sliding idle timeout), pending
 * second-factor sign-ins, and the migration ledger. Every other table holds business data.
 */
const EXCEPTED = /^(audit_.*|login_throttle|sessions|mfa_pending_logins|schema_migrations)$/;

export type TableSnapshot = Record<string, { rows: number; checksum: string }>;

/** Row count and a checksum over every row of every business table (order-independent). */
export async function snapshotBusinessTables(db: Kysely<DB>): Promise<TableSnapshot> {
  const tables = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename
  `.execute(db);
  const snapshot: TableSnapshot = {};
  for (const { name } of tables.rows) {
    if (EXCEPTED.test(name)) continue;
    const { rows } = await sql<{ rows: number; checksum: string | null }>`
      SELECT count(*)::int AS rows,
             md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS checksum
      FROM ${sql.table(name)} AS t
    `.execute(db);
    snapshot[name] = { rows: rows[0]?.rows ?? 0, checksum: rows[0]?.checksum ?? '' };
  }
  return snapshot;
}

/** The tables whose rows differ between two snapshots, e.g. `clients: 3 → 4 rows`. */
export function changedTables(before: TableSnapshot, after: TableSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].flatMap((name) => {
    const a = before[name];
    const b = after[name];
    if (a?.rows === b?.rows && a?.checksum === b?.checksum) return [];
    return [
      `${name}: ${a?.rows ?? '-'} → ${b?.rows ?? '-'} rows${a?.rows === b?.rows ? ' (contents changed)' : ''}`,
    ];
  });
}
