/**
 * One database's part of the load benchmark: cold starts (empty, then migrated with data), the
 * Pathways server and the bare baseline side by side under reads and writes, memory, and the
 * checks afterwards (referral rows = 2xx answers, audit chains intact).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { verifyAuditTrail } from '../../../apps/server/src/audit/audit.verify.js';
import { createSession } from '../../../apps/server/src/auth/sessions.repo.js';
import { type Database, openPglite, openPostgres } from '../../../apps/server/src/db/client.js';
import { SESSION_COOKIE } from '../../../apps/server/src/http/authenticate.js';
import { log, readRss, spawnTsx, waitForExit } from './children.js';
import type { FirePhase, FireResult } from './fire.js';
import { type FireOutcome, fire } from './fire-run.js';
import {
  BENCH_PASSWORD,
  type Counsellor,
  countReferrals,
  createReferralFixtures,
  findBenchCounsellor,
  findReferralSetup,
  type ReferralSetup,
} from './fixtures.js';
import { createDatabase } from './postgres.js';
import {
  bareEnv,
  type DatabaseTarget,
  type Keys,
  pathwaysEnv,
  type Running,
  signIn,
  startBare,
  startPathways,
} from './servers.js';

export type Settings = {
  isQuick: boolean;
  /** Seconds of each measured run. */
  duration: number;
  connections: number;
  /** How many client ids reads rotate through, and how many clients writes refer. */
  readIds: number;
  writeClients: number;
  workDir: string;
  keys: Keys;
  nextPort(): Promise<number>;
  /** Profile the Pathways server (node --cpu-prof) into this directory. */
  cpuProfDir?: string;
};

export type WriteResult = {
  pathways: FireResult;
  bare: FireResult;
  /** Referral rows written by this run, and the 2xx answers to all its referral requests. */
  rows: number;
  answered: number;
  bareRows: number | undefined;
  bareAnswered: number;
};

export type DatabaseResult = {
  label: 'PGlite' | 'PostgreSQL';
  dataset: string;
  /** `replay`: the bare server sending the read's own statements, without the framework. */
  read: { pathways: FireResult; bare: FireResult; replay: FireResult };
  write: WriteResult | { skipped: string };
  /** The audit trail verified after the run (reads and referrals each wrote an event). */
  audit: { isIntact: boolean; checked: number; chains: number; unsigned: number; firstBroken?: string };
  rss: {
    pathwaysIdle: number;
    pathwaysPeakRead: number;
    pathwaysPeakWrite: number;
    bareIdle: number;
    barePeak: number;
  };
  coldMs: { first?: number; firstDemo?: number; second: number; bare: number };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** bench/src/gen/main.ts in its own process; its progress lines go to stderr. */
async function generate(target: string[], clients: number, pairsFile: string) {
  log(`generating ${clients.toLocaleString('en')} clients`);
  const child = spawnTsx(
    'bench/src/gen/main.ts',
    ['--clients', String(clients), '--pairs', pairsFile, ...target],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    tail = (tail + text).slice(-4_000);
    for (const line of text.split(/[\r\n]+/)) if (/^(clients |load:)/.test(line)) log(`  ${line.trim()}`);
  });
  const code = await waitForExit(child, 15 * 60_000, 'the data generator');
  if (code !== 0) throw new Error(`the data generator exited with ${code}\n${tail}`);
}

/** Spawn to ready of a server on a database it must migrate (and seed, with the demo) first. */
async function coldStartOnEmpty(
  settings: Settings,
  target: DatabaseTarget,
  isDemo: boolean,
): Promise<number> {
  const port = await settings.nextPort();
  const server = await startPathways(pathwaysEnv(settings.keys, port, target, isDemo), port);
  await server.stop();
  return server.readyMs;
}

async function openTarget(target: DatabaseTarget): Promise<Database> {
  return 'databaseUrl' in target
    ? openPostgres(target.databaseUrl, 2)
    : openPglite({ dataDir: target.dataDir });
}

async function check(label: string, res: Response, expected: number) {
  if (res.status !== expected) throw new Error(`${label}: ${res.status} ${await res.text()}`);
}

type Fixtures = {
  counsellor: Counsellor;
  referrals: ReferralSetup | undefined;
  clients: number;
  /**
   * A session of the counsellor written before the PGlite copy is made, so that the bare server's
   * replay finds it in its copy too; on a given database, the API session serves.
   */
  replayCookie?: string;
};

/** A database ready to be measured: loaded, with its fixtures, and its first starts timed. */
export type Prepared = Fixtures & {
  label: DatabaseResult['label'];
  dataset: string;
  target: DatabaseTarget;
  /** The same PostgreSQL database, or a copy of the PGlite data directory. */
  bareTarget: DatabaseTarget;
  isScratchTemporary: boolean;
  coldMs: { first?: number; firstDemo?: number };
};

/** The counsellor, read ids and referral fixtures (created, or found on a database we must not set up). */
async function prepare(settings: Settings, target: DatabaseTarget, mayWrite: boolean): Promise<Fixtures> {
  const database = await openTarget(target);
  try {
    const counsellor = await findBenchCounsellor(database.db, settings.readIds);
    const referrals = mayWrite
      ? await createReferralFixtures(database.db, counsellor, settings.writeClients)
      : await findReferralSetup(database.db, counsellor, settings.writeClients);
    const [count] = await database.withRawSession((s) =>
      s.query<{ n: number }>('SELECT count(*)::int AS n FROM clients'),
    );
    const replaySession = mayWrite
      ? await createSession(database.db, counsellor.userId, { idleMinutes: 30, maxHours: 12 })
      : undefined;
    return {
      counsellor,
      referrals,
      clients: count?.n ?? 0,
      replayCookie: replaySession && `${SESSION_COOKIE}=${replaySession.token}`,
    };
  } finally {
    await database.close();
  }
}

/**
 * Warm-ups, then `rounds` measured phases per target, alternating bare and Pathways (ABBA), so the
 * machine's noise (2 cores, other work) falls on both alike.
 */
function phasesOf(
  settings: Settings,
  targets: string[],
  warmUp: Partial<FirePhase>,
  measured: (seconds: number) => Partial<FirePhase>,
) {
  const rounds = settings.isQuick ? 1 : 2;
  const phases: FirePhase[] = targets.map((target) => ({
    label: 'warm-up',
    target,
    isMeasured: false,
    ...warmUp,
  }));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order)
      phases.push({
        label: `round ${round + 1}`,
        target,
        isMeasured: true,
        ...measured(settings.duration / rounds),
      });
  }
  return phases;
}

/**
 * Both servers up (the bare one on the same PostgreSQL database, or a copy of the PGlite data
 * directory), then reads and writes, each alternating between them; the checks after.
 */
export async function measureDatabase(settings: Settings, prepared: Prepared): Promise<DatabaseResult> {
  const { label, target, bareTarget, isScratchTemporary, counsellor, referrals } = prepared;
  const idleWait = settings.isQuick ? 300 : 1_500;
  const nodeArgs = settings.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfDir}`] : [];
  const servers: Running[] = [];
  try {
    const pathwaysPort = await settings.nextPort();
    const barePort = await settings.nextPort();
    log(`${label}: starting the Pathways server (migrated database) and the bare one`);
    const startPathwaysNow = async () => {
      const server = await startPathways(
        pathwaysEnv(settings.keys, pathwaysPort, target, false),
        pathwaysPort,
        nodeArgs,
      );
      servers.push(server);
      return server;
    };
    const startBareNow = async () => {
      const server = await startBare(bareEnv(barePort, bareTarget, isScratchTemporary), barePort);
      servers.push(server);
      return server;
    };
    // One after the other, so neither start competes with the other (a quick run does both at once).
    const [pathways, bare] = settings.isQuick
      ? await Promise.all([startPathwaysNow(), startBareNow()])
      : [await startPathwaysNow(), await startBareNow()];
    await sleep(idleWait);
    const pathwaysIdle = await readRss(pathways.pid);
    const bareIdle = await readRss(bare.pid);
    log(
      `${label}: ready in ${(pathways.readyMs / 1000).toFixed(1)} s (bare ${(bare.readyMs / 1000).toFixed(1)} s)`,
    );
    const pids = { pathways: pathways.pid, bare: bare.pid, replay: bare.pid };

    const { cookie, csrfToken } = await signIn(pathways.url, counsellor.email, BENCH_PASSWORD);
    const replayCookie = prepared.replayCookie ?? cookie;
    const cc = counsellor.countryCode;
    const first = counsellor.clientIds[0] as string;
    await check(
      'client read',
      await fetch(`${pathways.url}/api/clients/${first}`, { headers: { cookie } }),
      200,
    );
    await check('bare read', await fetch(`${bare.url}/bare/clients/${cc}/${first}`), 200);
    await check(
      'replayed read',
      await fetch(`${bare.url}/bare/replay/clients/${first}`, { headers: { cookie: replayCookie } }),
      200,
    );

    const warmSeconds = settings.isQuick ? 0.5 : 2;
    const timeoutMs = 60_000 + 8 * (settings.duration + warmSeconds) * 1000;
    log(`${label}: reads, GET /api/clients/:id vs bare PK SELECT`);
    const reads = await fire(
      {
        connections: settings.connections,
        targets: {
          bare: {
            url: bare.url,
            method: 'GET',
            headers: {},
            requests: counsellor.clientIds.map((id) => ({ path: `/bare/clients/${cc}/${id}` })),
          },
          replay: {
            url: bare.url,
            method: 'GET',
            headers: { cookie: replayCookie },
            requests: counsellor.clientIds.map((id) => ({ path: `/bare/replay/clients/${id}` })),
          },
          pathways: {
            url: pathways.url,
            method: 'GET',
            headers: { cookie },
            requests: counsellor.clientIds.map((id) => ({ path: `/api/clients/${id}` })),
          },
        },
        phases: phasesOf(settings, ['bare', 'replay', 'pathways'], { duration: warmSeconds }, (seconds) => ({
          duration: seconds,
        })),
      },
      pids,
      settings.workDir,
      timeoutMs,
    );

    let writes: FireOutcome | undefined;
    let bareCount: { count: number; isTemporary: boolean } | undefined;
    const reason = `load benchmark ${path.basename(settings.workDir)}`;
    if (referrals && referrals.clients.length > 0) {
      const bodyOf = (consentId: string) => JSON.stringify({ offerId: referrals.offerId, reason, consentId });
      const json = { 'content-type': 'application/json' };
      const one = referrals.clients[0] as { id: string; consentId: string };
      const post = (url: string, headers: Record<string, string>) =>
        fetch(url, { method: 'POST', headers: { ...json, ...headers }, body: bodyOf(one.consentId) });
      await check('bare write', await post(`${bare.url}/bare/clients/${cc}/${one.id}/scratch`, {}), 201);
      await check(
        'referral',
        await post(`${pathways.url}/api/clients/${one.id}/referrals`, { cookie, 'x-csrf-token': csrfToken }),
        201,
      );
      log(`${label}: writes, POST /api/clients/:id/referrals vs bare INSERT in a transaction`);
      writes = await fire(
        {
          connections: settings.connections,
          targets: {
            bare: {
              url: bare.url,
              method: 'POST',
              headers: json,
              requests: referrals.clients.map((r) => ({
                path: `/bare/clients/${cc}/${r.id}/scratch`,
                body: bodyOf(r.consentId),
              })),
            },
            pathways: {
              url: pathways.url,
              method: 'POST',
              headers: { ...json, cookie, 'x-csrf-token': csrfToken },
              requests: referrals.clients.map((r) => ({
                path: `/api/clients/${r.id}/referrals`,
                body: bodyOf(r.consentId),
              })),
            },
          },
          phases: phasesOf(
            settings,
            ['bare', 'pathways'],
            { amount: settings.connections * (settings.isQuick ? 3 : 20) },
            (seconds) => ({
              amountForSeconds: seconds,
            }),
          ),
        },
        pids,
        settings.workDir,
        timeoutMs,
      );
      bareCount = (await (await fetch(`${bare.url}/bare/scratch/count`)).json()) as {
        count: number;
        isTemporary: boolean;
      };
    }
    await Promise.all(servers.map((s) => s.stop())); // the sealer signs the last heads on the way out

    const database = await openTarget(target);
    let write: DatabaseResult['write'] = { skipped: 'no offer with a valid agreement and sharing consents' };
    let audit: DatabaseResult['audit'];
    try {
      if (writes) {
        write = {
          pathways: writes.measured.pathways as FireResult,
          bare: writes.measured.bare as FireResult,
          rows: await countReferrals(database.db, reason),
          answered: (writes.okInAllPhases.pathways ?? 0) + 1,
          bareRows: bareCount?.isTemporary ? undefined : bareCount?.count,
          bareAnswered: (writes.okInAllPhases.bare ?? 0) + 1,
        };
      }
      log(`${label}: verifying the audit trail`);
      const report = await verifyAuditTrail(database.db, {
        key: Buffer.from(settings.keys.audit, 'base64'),
        isDevelopmentKey: false,
      });
      const broken = report.chains.find((c) => c.firstBroken);
      audit = {
        isIntact: report.isIntact,
        checked: report.checked,
        chains: report.chains.length,
        unsigned: report.chains.reduce((sum, v) => sum + v.unsigned, 0),
        firstBroken: broken?.firstBroken ? `${broken.chain}: ${broken.firstBroken.reason}` : undefined,
      };
    } finally {
      await database.close();
    }
    return {
      label,
      dataset: prepared.dataset,
      coldMs: { ...prepared.coldMs, second: pathways.readyMs, bare: bare.readyMs },
      read: {
        pathways: reads.measured.pathways as FireResult,
        bare: reads.measured.bare as FireResult,
        replay: reads.measured.replay as FireResult,
      },
      write,
      audit,
      rss: {
        pathwaysIdle,
        pathwaysPeakRead: reads.peakRssBytes.pathways ?? Number.NaN,
        pathwaysPeakWrite: writes?.peakRssBytes.pathways ?? Number.NaN,
        bareIdle,
        barePeak: Math.max(reads.peakRssBytes.bare ?? 0, writes?.peakRssBytes.bare ?? 0),
      },
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** PGlite: a fresh data directory in the work directory; the bare server reads a copy of it. */
export async function preparePglite(settings: Settings, clients: number): Promise<Prepared> {
  const dataDir = path.join(settings.workDir, 'pglite');
  log('PGlite: first start on an empty data directory (migrations)');
  const first = await coldStartOnEmpty(settings, { dataDir }, false);
  let firstDemo: number | undefined;
  if (!settings.isQuick) {
    log('PGlite: first start with the demo seed');
    const demoDir = path.join(settings.workDir, 'pglite-demo');
    firstDemo = await coldStartOnEmpty(settings, { dataDir: demoDir }, true);
    await fs.rm(demoDir, { recursive: true, force: true });
  }
  await generate(['--data-dir', dataDir], clients, path.join(settings.workDir, 'pglite.pairs.json'));
  const fixtures = await prepare(settings, { dataDir }, true);
  const bareDir = path.join(settings.workDir, 'pglite-bare');
  await fs.cp(dataDir, bareDir, { recursive: true });
  return {
    ...fixtures,
    label: 'PGlite',
    dataset: `${fixtures.clients.toLocaleString('en')} generated clients`,
    target: { dataDir },
    bareTarget: { dataDir: bareDir },
    isScratchTemporary: false,
    coldMs: { first, firstDemo },
  };
}

/**
 * PostgreSQL: a database on the throwaway server (`serverUrl`), or `givenUrl` used as it is: read,
 * never set up (referrals only if it has what they need; the bare scratch table is temporary).
 */
export async function preparePostgres(
  settings: Settings,
  clients: number,
  place: { serverUrl: string } | { givenUrl: string },
): Promise<Prepared> {
  let first: number | undefined;
  let firstDemo: number | undefined;
  let url: string;
  if ('serverUrl' in place) {
    url = await createDatabase(place.serverUrl, 'bench_load');
    log('PostgreSQL: first start on an empty database (migrations)');
    first = await coldStartOnEmpty(settings, { databaseUrl: url }, false);
    if (!settings.isQuick) {
      log('PostgreSQL: first start with the demo seed');
      const demoUrl = await createDatabase(place.serverUrl, 'bench_demo');
      firstDemo = await coldStartOnEmpty(settings, { databaseUrl: demoUrl }, true);
    }
    await generate(['--database-url', url], clients, path.join(settings.workDir, 'postgres.pairs.json'));
  } else {
    url = place.givenUrl;
  }
  const isOwn = 'serverUrl' in place;
  const fixtures = await prepare(settings, { databaseUrl: url }, isOwn);
  return {
    ...fixtures,
    label: 'PostgreSQL',
    dataset: `${fixtures.clients.toLocaleString('en')} ${isOwn ? 'generated clients' : 'clients (given database)'}`,
    target: { databaseUrl: url },
    bareTarget: { databaseUrl: url },
    isScratchTemporary: !isOwn,
    coldMs: { first, firstDemo },
  };
}
