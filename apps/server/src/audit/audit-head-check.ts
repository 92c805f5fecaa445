import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { type ChainHead, isHeadAuthentic } from './audit-heads.js';

/** Signed heads from one place (the database, a head file, a log), readable more than once. */
export type HeadSource = () => AsyncIterable<ChainHead>;

const PAGE = 2_000;
const BATCH = 500;

/** The heads stored in the database, a page at a time: years of heads never sit in memory. */
export const storedHeads = (db: Kysely<DB>): HeadSource =>
  async function* () {
    let after = 0;
    for (;;) {
      const rows = await db
        .selectFrom('audit_chain_heads')
        .select(['id', 'chain', 'last_seq', 'last_hash', 'signed_at', 'mac'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      for (const r of rows) {
        yield {
          chain: r.chain,
          lastSeq: r.last_seq,
          lastHash: r.last_hash,
          signedAt: r.signed_at.toISOString(),
          mac: r.mac,
        };
      }
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      after = last.id;
    }
  };

const positionKey = (chain: string, chainSeq: number) => `${chain}\n${chainSeq}`;

/** The hash of the event at each head's position; absent when no event is there. */
async function hashesAt(db: Kysely<DB>, heads: ChainHead[]): Promise<Map<string, string>> {
  const positions = sql.join(heads.map((h) => sql`(${h.chain}, ${h.lastSeq}::bigint)`));
  const result = await sql<{ chain: string; chain_seq: number; hash: string }>`
    SELECT chain, chain_seq, hash FROM audit_events WHERE (chain, chain_seq) IN (${positions})`.execute(db);
  return new Map(result.rows.map((r) => [positionKey(r.chain, Number(r.chain_seq)), r.hash]));
}

/** Calls `visit` with every head of every source and the hash now stored at its position. */
async function forEachHead(
  db: Kysely<DB>,
  sources: HeadSource[],
  visit: (head: ChainHead, storedHash: string | undefined) => void,
  isWanted: (head: ChainHead) => boolean = () => true,
) {
  for (const source of sources) {
    let batch: ChainHead[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const hashes = await hashesAt(db, batch);
      for (const head of batch) visit(head, hashes.get(positionKey(head.chain, head.lastSeq)));
      batch = [];
    };
    for await (const head of source()) {
      if (!isWanted(head)) continue;
      batch.push(head);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  }
}

/** What the heads of one chain say: its latest authentic head, and the first forged or unmatched one. */
export type HeadTally = {
  latest: ChainHead | null;
  firstForged: number | null;
  /** The lowest position an authentic head covers whose event now has another hash. */
  firstMismatch: number | null;
};

const lower = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));

export async function tallyHeads(db: Kysely<DB>, sources: HeadSource[], key: Buffer) {
  const tallies = new Map<string, HeadTally>();
  let count = 0;
  await forEachHead(db, sources, (head, storedHash) => {
    count++;
    let tally = tallies.get(head.chain);
    if (!tally) {
      tally = { latest: null, firstForged: null, firstMismatch: null };
      tallies.set(head.chain, tally);
    }
    if (!isHeadAuthentic(key, head)) {
      tally.firstForged = lower(tally.firstForged, head.lastSeq);
      return;
    }
    if (!tally.latest || head.lastSeq > tally.latest.lastSeq) tally.latest = head;
    // A missing event is a deletion (the walk names it) or a cut-off tail (judged from `latest`).
    if (storedHash !== undefined && storedHash !== head.lastHash)
      tally.firstMismatch = lower(tally.firstMismatch, head.lastSeq);
  });
  return { tallies, count };
}

/**
 * The highest position below `before` that an authentic head still vouches for (0: none): a
 * rewrite happened after it. Only run for a chain found rewritten, so a second pass is fine.
 */
export async function lastVouchedBefore(
  db: Kysely<DB>,
  sources: HeadSource[],
  key: Buffer,
  chain: string,
  before: number,
): Promise<number> {
  let vouched = 0;
  await forEachHead(
    db,
    sources,
    (head, storedHash) => {
      if (head.lastSeq > vouched && storedHash === head.lastHash && isHeadAuthentic(key, head))
        vouched = head.lastSeq;
    },
    (head) => head.chain === chain && head.lastSeq < before,
  );
  return vouched;
}
