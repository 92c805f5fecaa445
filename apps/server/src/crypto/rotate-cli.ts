// `npm run keys:rotate [-- --country MA] [--reencrypt]`: after adding a new key version for a country
// to PATHWAYS_COUNTRY_KEYS, rewraps every client data key of that country (all countries holding
// keys when none is named) under the newest version; the old version can then be removed from the
// configuration. `--reencrypt` also replaces each data key and re-seals every sensitive field.
// On PGlite, stop the server first (one process owns the data directory); PostgreSQL runs it live.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { openPglite, openPostgres } from '../db/client.js';
import { createKeyRing } from './key-ring.js';
import { countriesWithDataKeys, rotateCountry } from './rekey.js';

async function main() {
  const { values } = parseArgs({
    options: { country: { type: 'string', multiple: true }, reencrypt: { type: 'boolean', default: false } },
  });
  const config = loadConfig();
  const keys = createKeyRing(config);
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl, 1)
    : await openPglite({ dataDir: config.dataDir });
  try {
    const countries =
      values.country?.map((c) => c.toUpperCase()) ?? (await countriesWithDataKeys(database.db));
    if (countries.length === 0) console.log('No client data keys yet: nothing to rotate.');
    for (const countryCode of countries) {
      const newest = await keys.newestVersion(countryCode);
      const report = await rotateCountry(database.db, keys, countryCode, { reencrypt: values.reencrypt });
      console.log(
        values.reencrypt
          ? `${countryCode}: ${report.rekeyed} of ${report.clients} data keys replaced, ${report.fields} fields re-encrypted, wrapped under key version ${newest}.`
          : `${countryCode}: ${report.rekeyed} of ${report.clients} data keys rewrapped under key version ${newest} (the others already were).`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
