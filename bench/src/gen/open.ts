import fs from 'node:fs/promises';
import path from 'node:path';
import { type Database, openPglite, openPostgres } from '../../../apps/server/src/db/client.js';

export type Target = { databaseUrl?: string; dataDir?: string; loadDump?: string };

/** PostgreSQL when a URL is given, else PGlite on the data directory (or from a dump, in memory). */
export async function openBenchDatabase(target: Target): Promise<Database> {
  if (target.databaseUrl) return openPostgres(target.databaseUrl, 4);
  if (target.loadDump) {
    const tar = await fs.readFile(target.loadDump);
    return openPglite({ loadDataDir: new Blob([tar]) });
  }
  return openPglite({ dataDir: path.resolve(target.dataDir ?? './data-bench') });
}

/** The planted-pairs file beside the data: `data-bench.pairs.json`, or `bench-<db>.pairs.json` for PostgreSQL. */
export function pairsPathFor(target: Target): string {
  if (target.databaseUrl) {
    const db = new URL(target.databaseUrl).pathname.replace(/^\//, '') || 'postgres';
    return `bench-${db}.pairs.json`;
  }
  if (target.loadDump) return target.loadDump.replace(/\.tar(\.gz)?$/, '.pairs.json');
  return `${path.resolve(target.dataDir ?? './data-bench')}.pairs.json`;
}
