/**
 * Request latency of Pathways routes through the real app (in-process, no sockets), each
 * compared with a bare Fastify route measured in the same run: the ratio is what to read,
 * this machine's absolute numbers move with its load. `npm run bench -- --quick` for a smoke run.
 */
import Fastify from 'fastify';
import { buildApp } from '../../apps/server/src/app.js';
import { createPasswordHasher } from '../../apps/server/src/auth/passwords.js';
import { loadConfig } from '../../apps/server/src/config/config.js';
import { openPglite } from '../../apps/server/src/db/client.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import { seedDemo } from '../../apps/server/src/demo/seed-demo.js';

type Inject = (url: string) => Promise<unknown>;

async function measure(label: string, inject: Inject, url: string, iterations: number) {
  for (let i = 0; i < Math.min(50, iterations); i++) await inject(url); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await inject(url);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { label, median: at(0.5), p95: at(0.95) };
}

async function main() {
  const iterations = process.argv.includes('--quick') ? 50 : 1000;
  const bare = Fastify();
  bare.get('/hello', async () => ({ status: 'ok' }));
  await bare.ready();

  const database = await openPglite({});
  await migrate(database);
  const hasher = createPasswordHasher({ memoryCost: 19456, timeCost: 2 });
  await seedDemo(database.db, hasher);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PATHWAYS_DEMO: '1' });
  const app = await buildApp({ config, database, hasher });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'admin@demo.pathways.local', password: 'pathways-demo' },
  });
  const cookie = `pathways_session=${login.cookies.find((c) => c.name === 'pathways_session')?.value}`;
  const withSession: Inject = (url) => app.inject({ url, headers: { cookie } });

  const results = [
    await measure('bare Fastify route (baseline)', (url) => bare.inject({ url }), '/hello', iterations),
    await measure('GET /api/health (one SELECT 1)', (url) => app.inject({ url }), '/api/health', iterations),
    await measure('GET /api/auth/me (session + memberships)', withSession, '/api/auth/me', iterations),
    await measure('GET /api/countries (14 countries, 19 centres)', withSession, '/api/countries', iterations),
    await measure('GET /api/summary (4 scoped counts)', withSession, '/api/summary', iterations),
  ];
  const baseline = results[0]?.median ?? 1;
  console.log(`PGlite, in-process inject, ${iterations} requests each\n`);
  console.log('| route | median ms | p95 ms | × baseline |\n|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.median.toFixed(3)} | ${r.p95.toFixed(3)} | ${(r.median / baseline).toFixed(1)} |`,
    );
  }
  await app.close();
  await bare.close();
  await database.close();
}

await main();
