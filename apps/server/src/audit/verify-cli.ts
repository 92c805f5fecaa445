// `npm run audit:verify`: recomputes the audit hash chain of the configured database (PGlite
// data directory or DATABASE_URL) and exits 1 naming the first broken event.
import { loadConfig } from '../config/config.js';
import { openPglite, openPostgres } from '../db/client.js';
import { verifyAuditChain } from './audit.verify.js';

const config = loadConfig();
const database = config.databaseUrl
  ? await openPostgres(config.databaseUrl, 1)
  : await openPglite({ dataDir: config.dataDir });
const report = await verifyAuditChain(database.db);
await database.close();
if (report.isIntact) {
  console.log(`Audit chain intact: ${report.checked} events verified.`);
} else {
  console.error(
    `Audit chain broken at event ${report.firstBrokenSeq} (${report.reason}); ${report.checked} events before it verified.`,
  );
  process.exitCode = 1;
}
