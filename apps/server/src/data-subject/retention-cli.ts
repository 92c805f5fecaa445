// `npm run retention [-- --dry-run] [--as-of YYYY-MM-DD]`: anonymises every closed case that has
// been closed for longer than its country's retention period (countries.retention_years), with
// the same erasure as a person's request, audited as the system. `--dry-run` lists them (counts
// per country and centre, case codes) and changes nothing; `--as-of` plans ahead and so needs it.
// On PGlite, stop the server first (one process owns the data directory); PostgreSQL runs it live.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { openPglite, openPostgres } from '../db/client.js';
import { runRetention } from './retention.service.js';
import { formatRetentionReport } from './retention-report.js';

async function main() {
  const { values } = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
  });
  const dryRun = values['dry-run'] ?? false;
  let asOf: Date | undefined;
  if (values['as-of']) {
    // A real run with a future date would anonymise cases before their time.
    if (!dryRun) throw new Error('--as-of plans ahead: use it with --dry-run.');
    asOf = new Date(`${values['as-of']}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']) || Number.isNaN(asOf.getTime()))
      throw new Error('--as-of takes a date as YYYY-MM-DD.');
  }
  const config = loadConfig();
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl, 1)
    : await openPglite({ dataDir: config.dataDir });
  try {
    console.log(formatRetentionReport(await runRetention(database.db, { dryRun, asOf })));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
