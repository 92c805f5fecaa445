/**
 * The bare baseline of the load benchmark: a minimal Fastify server, in its own process, with no
 * session, policy, audit or presenter: one primary-key SELECT per read, one INSERT in a
 * transaction per write, on the same database as the Pathways server. A third route replays the
 * authenticated read's own statements without the framework, to split where its time goes.
 *
 * `node --import tsx bench/src/load/bare-server.ts` with BARE_PORT and either BARE_DATABASE_URL
 * (node-postgres pool of 10, as the server's) or BARE_DATA_DIR (PGlite, with the server's
 * extensions; a copy of the data directory, since PGlite has one owner). BARE_SCRATCH=temp keeps
 * the scratch tables per connection and temporary, for a database that must not be written to.
 */
import { createHash, randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import Fastify from 'fastify';
import pg from 'pg';

type Rows = Record<string, unknown>[];
type Query = (text: string, params: unknown[]) => Promise<Rows>;

type Store = {
  query: Query;
  /** `fn`'s statements between BEGIN and COMMIT on one connection. */
  transaction<T>(fn: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

const isTemporary = process.env.BARE_SCRATCH === 'temp';
const table = isTemporary ? 'TEMP TABLE' : 'TABLE';
// The writes' scratch table, and the chain the replayed read appends to (never the real trail).
const CREATE_SCRATCH = `
  CREATE ${table} IF NOT EXISTS bench_scratch (id uuid PRIMARY KEY, country_code text NOT NULL,
    client_id uuid NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
  CREATE ${table} IF NOT EXISTS bench_audit (chain text NOT NULL, chain_seq integer NOT NULL,
    hash text NOT NULL, occurred_at timestamptz NOT NULL, actor_user_id uuid, action text NOT NULL,
    entity_id uuid, ip text, PRIMARY KEY (chain, chain_seq))`;

async function openStore(): Promise<Store> {
  const url = process.env.BARE_DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // A temporary table lives in one connection: each gets its own (queued before any other query).
    if (isTemporary) pool.on('connect', (c) => void c.query(CREATE_SCRATCH));
    else await pool.query(CREATE_SCRATCH);
    return {
      query: async (text, params) => (await pool.query(text, params)).rows,
      transaction: async (fn) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn(async (text, params) => (await client.query(text, params)).rows);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const dataDir = process.env.BARE_DATA_DIR;
  if (!dataDir) throw new Error('set BARE_DATABASE_URL or BARE_DATA_DIR');
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent, fuzzystrmatch } });
  await pglite.exec(CREATE_SCRATCH);
  const query = (q: Pick<PGlite, 'query'>) => async (text: string, params: unknown[]) =>
    (await q.query<Record<string, unknown>>(text, params)).rows;
  return {
    query: query(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(query(tx))),
    close: () => pglite.close(),
  };
}

const store = await openStore();
const app = Fastify({ logger: false });

app.get('/health', async () => {
  await store.query('SELECT 1', []);
  return { status: 'ok' };
});

app.get<{ Params: { country: string; id: string } }>('/bare/clients/:country/:id', async (request, reply) => {
  // The clients table's primary key is (country_code, id).
  const [row] = await store.query('SELECT * FROM clients WHERE country_code = $1 AND id = $2', [
    request.params.country,
    request.params.id,
  ]);
  return row ?? reply.code(404).send({ status: 404 });
});

app.post<{ Params: { country: string; id: string }; Body: Record<string, unknown> }>(
  '/bare/clients/:country/:id/scratch',
  async (request, reply) => {
    const id = randomUUID();
    await store.transaction((query) =>
      query('INSERT INTO bench_scratch (id, country_code, client_id, body) VALUES ($1, $2, $3, $4)', [
        id,
        request.params.country,
        request.params.id,
        JSON.stringify(request.body),
      ]),
    );
    return reply.code(201).send({ id });
  },
);

app.get('/bare/scratch/count', async () => {
  const [row] = await store.query('SELECT count(*)::int AS n FROM bench_scratch', []);
  return { count: row?.n ?? 0, isTemporary };
});

const sha256 = (text: string) => createHash('sha256').update(text);

/**
 * The statements `GET /api/clients/:id` sends, one at a time as the server sends them, without
 * the framework around them (no Kysely, no schemas, no hooks, no presenter): what the read would
 * cost if only its SQL and round trips counted.
 */
app.get<{ Params: { id: string } }>('/bare/replay/clients/:id', async (request, reply) => {
  const token = /(?:^|;\s*)pathways_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
  const now = Date.now();
  const [session] = await store.query(
    `SELECT s.token_hash, s.user_id, s.csrf_token, s.last_seen_at, s.mfa_enrolment_only,
       (SELECT json_agg(json_build_object('role', m.role, 'centre_id', m.centre_id,
          'country_code', m.country_code) ORDER BY m.role, m.id)
        FROM memberships m WHERE m.user_id = s.user_id) AS memberships
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.status = 'active'`,
    [sha256(token).digest('hex'), new Date(now), new Date(now - 30 * 60_000)],
  );
  if (!session) return reply.code(401).send({ status: 401 });
  const memberships = (session.memberships ?? []) as { role: string; centre_id: string | null }[];
  const centreIds = memberships.map((m) => m.centre_id).filter(Boolean);
  // The record is read before the audited transaction, its consents and family links side by side.
  const [client] = await store.query('SELECT * FROM clients WHERE id = $1 AND centre_id = ANY($2::uuid[])', [
    request.params.id,
    centreIds,
  ]);
  if (!client) return reply.code(404).send({ status: 404 });
  const [consents, family] = await Promise.all([
    store.query('SELECT * FROM consents WHERE country_code = $1 AND client_id = $2 ORDER BY recorded_at', [
      client.country_code,
      client.id,
    ]),
    store.query(
      `SELECT f.relation, f.related_client_id, f.related_name, r.case_code, r.centre_id, r.given_name,
         r.middle_name, r.family_name
       FROM client_family_links f
         LEFT JOIN clients r ON r.country_code = f.country_code AND r.id = f.related_client_id
       WHERE f.country_code = $1 AND f.client_id = $2 ORDER BY f.relation`,
      [client.country_code, client.id],
    ),
  ]);
  const roles = [...new Set(memberships.map((m) => m.role))];
  return store.transaction(async (query) => {
    // The audit append as the server makes it: chain lock, the chain's last event, the insert.
    const chain = String(client.country_code);
    await query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [
      727_099,
      sha256(chain).digest().readInt32BE(0),
    ]);
    const [last] = await query(
      'SELECT chain_seq, hash FROM bench_audit WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
      [chain],
    );
    const event = {
      chain,
      chain_seq: Number(last?.chain_seq ?? 0) + 1,
      occurred_at: new Date().toISOString(),
      actor_user_id: session.user_id,
      actor_roles: roles.join(','),
      action: 'client.read',
      entity_id: client.id,
      ip: request.ip,
    };
    const hash = createHash('sha256')
      .update(String(last?.hash ?? '0'.repeat(64)))
      .update(JSON.stringify(event))
      .digest('hex');
    await query(
      `INSERT INTO bench_audit (chain, chain_seq, hash, occurred_at, actor_user_id, action, entity_id, ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        chain,
        event.chain_seq,
        hash,
        event.occurred_at,
        event.actor_user_id,
        event.action,
        client.id,
        event.ip,
      ],
    );
    return { ...client, consents, family };
  });
});

const close = async () => {
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
await app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
