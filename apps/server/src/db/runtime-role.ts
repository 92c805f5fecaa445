import type { Database } from './client.js';

/** The runtime role may read these and add rows, never change or remove one. */
export const APPEND_ONLY_TABLES = ['audit_events', 'audit_chain_heads'] as const;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The user name in a postgres:// URL: the role the server runs as. */
export function roleOfUrl(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('DATABASE_URL names no user: the runtime role cannot be granted its rights.');
  return user;
}

/**
 * Run as the migrator (owner of every table) after migrating, on PostgreSQL: the runtime role
 * gets what the app needs on every table, then loses UPDATE, DELETE and TRUNCATE on the audit
 * tables, so even a compromised server process cannot rewrite or cut the trail. Re-run at every
 * start, it covers tables added by new migrations. docs/OPERATIONS.md creates the roles.
 */
export async function grantRuntimeRole(migrator: Database, role: string): Promise<void> {
  const grantee = quoteIdent(role);
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  await migrator.withRawSession((s) =>
    s.exec(`
      GRANT USAGE ON SCHEMA public TO ${grantee};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${grantee};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${grantee};
      REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON ${appendOnly} FROM ${grantee};
      GRANT SELECT, INSERT ON ${appendOnly} TO ${grantee};
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM ${grantee};
    `),
  );
}

/** Whether the connected role could rewrite the trail (production warns about it at start). */
export async function canAlterAuditTrail(database: Database): Promise<boolean> {
  const [row] = await database.withRawSession((s) =>
    s.query<{ can: boolean }>(
      "SELECT has_table_privilege('audit_events', 'UPDATE') OR has_table_privilege('audit_events', 'DELETE') AS can",
    ),
  );
  return row?.can ?? true;
}
