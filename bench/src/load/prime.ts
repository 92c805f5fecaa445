/**
 * Loads, and exits, every module the server and the bare baseline load: tsx compiles changed
 * sources once and the OS caches the files, so the first timed cold start is not also the first
 * compile after an edit (a cost of a development tree, not of a deployed server).
 */
import '../../../apps/server/src/app.js';
import '../../../apps/server/src/db/migrate.js';
import '../../../apps/server/src/demo/seed-demo.js';
import '../../../apps/server/src/audit/audit-sealer.js';
import '../../../apps/server/src/auth/housekeeping.js';
import '../../../apps/server/src/crypto/seal-legacy.js';
import '@electric-sql/pglite';
import 'fastify';
import 'pg';

process.exit(0);
