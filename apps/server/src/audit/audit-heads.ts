import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.js';

/** The signed state of one chain at one moment: its last event and an HMAC over it. */
export type ChainHead = {
  chain: string;
  lastSeq: number;
  lastHash: string;
  signedAt: string;
  mac: string;
};

export const ChainHeadSchema = z.object({
  chain: z.string().min(1).max(40),
  lastSeq: z.number().int().positive(),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.iso.datetime(),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

// Versioned and newline-separated: no field can run into the next one.
const messageOf = (h: Omit<ChainHead, 'mac'>) =>
  ['pathways-audit-head/1', h.chain, String(h.lastSeq), h.lastHash, h.signedAt].join('\n');

export function signHead(key: Buffer, head: Omit<ChainHead, 'mac'>): ChainHead {
  return { ...head, mac: createHmac('sha256', key).update(messageOf(head)).digest('hex') };
}

export function isHeadAuthentic(key: Buffer, head: ChainHead): boolean {
  const expected = createHmac('sha256', key).update(messageOf(head)).digest();
  const given = Buffer.from(head.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

type ChainState = { chain: string; last_seq: number; last_hash: string; sealed_seq: number | null };

/**
 * Each chain's last event beside its latest stored head, in one round trip: the chain keys by a
 * skip scan of the (chain, chain_seq) index, then one index probe per chain. Cheap enough to run
 * every few seconds on a large trail.
 */
async function readChainStates(db: Kysely<DB>): Promise<ChainState[]> {
  const result = await sql<ChainState>`
    WITH RECURSIVE chains AS (
      (SELECT chain FROM audit_events ORDER BY chain LIMIT 1)
      UNION ALL
      SELECT (SELECT e.chain FROM audit_events e WHERE e.chain > c.chain ORDER BY e.chain LIMIT 1)
      FROM chains c WHERE c.chain IS NOT NULL
    )
    SELECT c.chain, last.chain_seq AS last_seq, last.hash AS last_hash, head.last_seq AS sealed_seq
    FROM chains c
    CROSS JOIN LATERAL (
      SELECT chain_seq, hash FROM audit_events e WHERE e.chain = c.chain ORDER BY chain_seq DESC LIMIT 1
    ) last
    LEFT JOIN LATERAL (
      SELECT last_seq FROM audit_chain_heads h WHERE h.chain = c.chain ORDER BY last_seq DESC LIMIT 1
    ) head ON true
    WHERE c.chain IS NOT NULL`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    last_seq: Number(r.last_seq),
    sealed_seq: r.sealed_seq === null ? null : Number(r.sealed_seq),
  }));
}

/**
 * Signs the head of every chain that grew since its last signed head and stores it. Returns the
 * heads stored by this call (another server sealing the same head at once stores it once).
 */
export async function sealAuditChains(db: Kysely<DB>, key: Buffer, now = new Date()): Promise<ChainHead[]> {
  const stored: ChainHead[] = [];
  for (const state of await readChainStates(db)) {
    if (state.sealed_seq !== null && state.sealed_seq >= state.last_seq) continue;
    const head = signHead(key, {
      chain: state.chain,
      lastSeq: state.last_seq,
      lastHash: state.last_hash,
      signedAt: now.toISOString(),
    });
    const inserted = await db
      .insertInto('audit_chain_heads')
      .values({
        chain: head.chain,
        last_seq: head.lastSeq,
        last_hash: head.lastHash,
        signed_at: head.signedAt,
        mac: head.mac,
      })
      .onConflict((oc) => oc.columns(['chain', 'last_seq']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) stored.push(head);
  }
  return stored;
}

/** Every head stored in the database, oldest position first per chain. */
export async function listStoredHeads(db: Kysely<DB>): Promise<ChainHead[]> {
  const rows = await db
    .selectFrom('audit_chain_heads')
    .select(['chain', 'last_seq', 'last_hash', 'signed_at', 'mac'])
    .orderBy('chain')
    .orderBy('last_seq')
    .execute();
  return rows.map((r) => ({
    chain: r.chain,
    lastSeq: r.last_seq,
    lastHash: r.last_hash,
    signedAt: r.signed_at.toISOString(),
    mac: r.mac,
  }));
}
