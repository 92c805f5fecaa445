// `npm run audit:verify [-- --heads FILE …]`: verifies every audit chain of the configured database
// (PGlite data directory or DATABASE_URL) against its signed heads: those in the database, those
// in PATHWAYS_AUDIT_HEAD_FILE, and those in each FILE given (a head file, or the server's JSON
// log: lines carrying `auditHead`). Exits 1 naming the first broken event of each broken chain.
import { parseArgs } from 'node:util';
import type { AuditChainVerdict } from '@pathways/contracts';
import { loadConfig } from '../config/config.js';
import { openPglite, openPostgres } from '../db/client.js';
import { verifyAuditTrail } from './audit.verify.js';
import type { HeadSource } from './audit-head-check.js';
import { type HeadFileStats, streamHeadFile } from './audit-head-file.js';

const { values } = parseArgs({ options: { heads: { type: 'string', multiple: true } } });
const config = loadConfig();
if (!config.audit.key) {
  console.error('PATHWAYS_AUDIT_KEY is not set: signed heads cannot be checked.');
  process.exit(2);
}
const files = [config.audit.headFile, ...(values.heads ?? [])].filter((f) => f !== undefined);
// Read line by line, once per pass: a year of logs need not fit in memory.
const external: HeadSource[] = files.map((file) => () => streamHeadFile(file));
for (const file of files) {
  const stats: HeadFileStats = { heads: 0, malformed: 0 };
  for await (const _head of streamHeadFile(file, stats)) {
    // reading fills `stats`
  }
  const skipped = stats.malformed ? `, ${stats.malformed} malformed lines skipped` : '';
  console.log(`${file}: ${stats.heads} signed heads${skipped}`);
}

const database = config.databaseUrl
  ? await openPostgres(config.databaseUrl, 1)
  : await openPglite({ dataDir: config.dataDir });
const report = await verifyAuditTrail(database.db, {
  key: config.audit.key,
  isDevelopmentKey: config.audit.isDevelopmentKey,
  externalHeads: external,
});
await database.close();

const describe = (v: AuditChainVerdict) => {
  const signed =
    v.signedChainSeq === null ? 'no signed head yet' : `signed up to ${v.signedChainSeq} at ${v.signedAt}`;
  if (!v.firstBroken)
    return `  ${v.chain}: intact, ${v.checked} events, ${signed}, ${v.unsigned} not yet signed`;
  const b = v.firstBroken;
  const which =
    b.seq === null
      ? `position ${b.chainSeq} (event gone)`
      : `event ${b.seq} (position ${b.chainSeq}, id ${b.eventId})`;
  return `  ${v.chain}: BROKEN at ${which}: ${b.reason}; ${v.checked} events before it verified`;
};
console.log(report.chains.map(describe).join('\n'));
if (report.signingKey === 'development')
  console.log('Warning: heads are signed with the published development key; they prove nothing.');
if (report.isIntact) {
  console.log(
    `Audit trail intact: ${report.checked} events in ${report.chains.length} chains, ${report.headsChecked} signed heads checked.`,
  );
} else {
  console.error(
    `Audit trail broken: first broken event ${report.firstBrokenSeq ?? '(gone)'} (${report.reason}).`,
  );
  process.exitCode = 1;
}
