import { buildApp } from './app.js';
import { startAuditSealer } from './audit/audit-sealer.js';
import { startAuthHousekeeping } from './auth/housekeeping.js';
import { createPasswordHasher } from './auth/passwords.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createKeyRing } from './crypto/key-ring.js';
import { assertCountryKeys, sealLegacyNotes } from './crypto/seal-legacy.js';
import { type Database, openPglite, openPostgres } from './db/client.js';
import { migrate } from './db/migrate.js';
import { canAlterAuditTrail, grantRuntimeRole, roleOfUrl } from './db/runtime-role.js';
import { DEMO_PASSWORD, listDemoAccounts } from './demo/demo-accounts.js';
import { seedDemo } from './demo/seed-demo.js';

async function openDatabase(databaseUrl: string | undefined, dataDir: string): Promise<Database> {
  return databaseUrl ? openPostgres(databaseUrl) : openPglite({ dataDir });
}

async function start() {
  const startedAt = Date.now();
  const config = loadConfig();
  if (!config.mfa.encryptionKey && !config.demo) {
    throw new ConfigError(
      'Invalid configuration:\n  PATHWAYS_MFA_KEY: is required in production (openssl rand -base64 32)',
    );
  }
  const auditKey = config.audit.key;
  if (!auditKey) {
    throw new ConfigError(
      'Invalid configuration:\n  PATHWAYS_AUDIT_KEY: is required in production (openssl rand -base64 32)',
    );
  }
  if (config.databaseMigratorUrl && !config.databaseUrl) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_MIGRATOR_URL: needs DATABASE_URL (the runtime role)',
    );
  }
  const keys = createKeyRing(config); // no country keys in production: refuse before touching data
  const database = await openDatabase(config.databaseUrl, config.dataDir);
  // With a migrator, the owner migrates and grants the runtime role (DATABASE_URL) its rights:
  // no UPDATE or DELETE on the audit trail. Upgrade steps that rewrite tables run as the owner too.
  const migrator = config.databaseMigratorUrl ? await openPostgres(config.databaseMigratorUrl, 1) : database;
  let applied: string[];
  let sealed: number;
  try {
    ({ applied } = await migrate(migrator));
    if (migrator !== database) await grantRuntimeRole(migrator, roleOfUrl(config.databaseUrl as string));
    await assertCountryKeys(database, keys);
    ({ sealed } = await sealLegacyNotes(migrator, keys));
  } finally {
    if (migrator !== database) await migrator.close();
  }
  const hasher = createPasswordHasher(config.passwordHashing);
  const isSeeded = config.demo ? await seedDemo(database.db, hasher) : false;

  const app = await buildApp({ config, database, hasher, keys });
  const housekeeping = startAuthHousekeeping(database.db, config.session, config.login.lockMinutes, (error) =>
    app.log.error({ err: error }, 'auth housekeeping failed'),
  );
  await housekeeping.runNow();
  const sealer = startAuditSealer({
    db: database.db,
    key: auditKey,
    log: app.log,
    headFile: config.audit.headFile,
    intervalMs: config.audit.sealSeconds * 1000,
  });
  await sealer.sealNow(); // chains written before this start (an upgrade's legacy chain) get a head now
  if (config.env === 'production' && database.kind === 'postgres' && (await canAlterAuditTrail(database))) {
    app.log.warn("the server's database role may UPDATE or DELETE audit events: set DATABASE_MIGRATOR_URL");
  }
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${config.dataDir}`;
  app.log.info({ migrationsApplied: applied.length, database: database.kind }, 'database ready');
  if (sealed > 0) app.log.info({ sealed }, 'sensitive notes written before encryption at rest now sealed');

  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    housekeeping.stop();
    await sealer.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host}:${config.port}`;
  const lines = [
    `Pathways is ready at ${url} (${where}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  ];
  if (keys.source === 'demo')
    lines.push('Encryption keys: derived demo keys (published; never for real data).');
  if (config.audit.isDevelopmentKey)
    lines.push('Audit heads: signed with the published development key (set PATHWAYS_AUDIT_KEY).');
  if (config.demo) {
    lines.push(
      `Demo installation${isSeeded ? ' (seeded now)' : ''}: every account's password is "${DEMO_PASSWORD}".`,
      ...listDemoAccounts().map((a) => `  ${a.email}`),
    );
  }
  console.log(lines.join('\n'));
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Pathways could not start:', error);
  process.exit(1);
});
