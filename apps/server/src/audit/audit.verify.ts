import type { AuditBreakReason, AuditChainReport, AuditChainVerdict } from '@pathways/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { AuditEventsTable, DB } from '../db/schema.js';
import { GENESIS, hashEvent } from './audit.repo.js';
import {
  type HeadSource,
  type HeadTally,
  lastVouchedBefore,
  storedHeads,
  tallyHeads,
} from './audit-head-check.js';

export type VerifyOptions = {
  key: Buffer;
  isDevelopmentKey: boolean;
  /** Heads kept outside the database (head file, server log): they survive a wiped head table. */
  externalHeads?: HeadSource[];
};

type Break = NonNullable<AuditChainVerdict['firstBroken']>;
/** A break before the event it names is looked up (only one per chain is reported). */
type Finding = { chainSeq: number; reason: AuditBreakReason; event?: { seq: number; id: string } | null };

const PAGE = 5_000;

/** What one chain's walk found, before its heads are compared. */
type Walk = { chain: string; checked: number; lastChainSeq: number; broken: Break | null };

/**
 * Verifies every chain: walks its events in order (links, contents, positions), then checks it
 * against every signed head, from the database and from outside it. Names the first broken
 * event of each chain: an edited, deleted, inserted or reordered event breaks the walk there; a
 * cut-off tail or a chain recomputed after tampering no longer matches a signed head; a head
 * that was forged fails its HMAC. Memory stays bounded by the number of chains, not of events
 * or heads.
 */
export async function verifyAuditTrail(db: Kysely<DB>, options: VerifyOptions): Promise<AuditChainReport> {
  const sources = [storedHeads(db), ...(options.externalHeads ?? [])];
  const { tallies, count } = await tallyHeads(db, sources, options.key);
  const walks = new Map((await walkChains(db)).map((w) => [w.chain, w]));
  // Heads of a chain with no event left at all: the whole chain was deleted.
  for (const chain of tallies.keys()) {
    if (!walks.has(chain)) walks.set(chain, { chain, checked: 0, lastChainSeq: 0, broken: null });
  }

  const verdicts: AuditChainVerdict[] = [];
  for (const walk of walks.values()) {
    const tally = tallies.get(walk.chain) ?? { latest: null, firstForged: null, firstMismatch: null };
    const finding = await firstFinding(db, walk, tally, sources, options.key);
    const latest = tally.latest;
    verdicts.push({
      chain: walk.chain,
      isIntact: finding === null,
      checked: walk.checked,
      lastChainSeq: walk.lastChainSeq,
      signedChainSeq: latest?.lastSeq ?? null,
      signedAt: latest?.signedAt ?? null,
      unsigned: Math.max(0, walk.lastChainSeq - (latest?.lastSeq ?? 0)),
      firstBroken: finding && (await describe(db, walk.chain, finding)),
    });
  }
  // Code-point order: country codes (upper case) first, then 'global' and 'legacy'.
  verdicts.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));

  const broken = verdicts.flatMap((v) => (v.firstBroken ? [v.firstBroken] : []));
  const first =
    broken.filter((b) => b.seq !== null).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))[0] ?? broken[0];
  return {
    isIntact: broken.length === 0,
    checked: verdicts.reduce((sum, v) => sum + v.checked, 0),
    firstBrokenSeq: first?.seq ?? null,
    reason: first?.reason ?? null,
    chains: verdicts,
    headsChecked: count,
    signingKey: options.isDevelopmentKey ? 'development' : 'configured',
    verifiedAt: new Date().toISOString(),
  };
}

/** The earliest of: the walk's break, a forged head, a cut-off tail, a rewrite the heads reveal. */
async function firstFinding(
  db: Kysely<DB>,
  walk: Walk,
  tally: HeadTally,
  sources: HeadSource[],
  key: Buffer,
): Promise<Finding | null> {
  const findings: Finding[] = [];
  if (walk.broken)
    findings.push({
      chainSeq: walk.broken.chainSeq,
      reason: walk.broken.reason,
      event: walk.broken.seq === null ? null : { seq: walk.broken.seq, id: walk.broken.eventId as string },
    });
  if (tally.firstForged !== null) findings.push({ chainSeq: tally.firstForged, reason: 'signature' });
  if (tally.latest && tally.latest.lastSeq > walk.lastChainSeq)
    findings.push({ chainSeq: walk.lastChainSeq + 1, reason: 'truncated', event: null });
  if (tally.firstMismatch !== null) {
    // Somewhere after the last position a head still vouches for, history was rewritten and rehashed.
    const vouched = await lastVouchedBefore(db, sources, key, walk.chain, tally.firstMismatch);
    findings.push({ chainSeq: vouched + 1, reason: 'recomputed' });
  }
  return findings.sort((a, b) => a.chainSeq - b.chainSeq)[0] ?? null;
}

async function describe(db: Kysely<DB>, chain: string, finding: Finding): Promise<Break> {
  const event =
    finding.event !== undefined
      ? finding.event
      : ((await db
          .selectFrom('audit_events')
          .select(['seq', 'id'])
          .where('chain', '=', chain)
          .where('chain_seq', '=', finding.chainSeq)
          .executeTakeFirst()) ?? null);
  return {
    seq: event?.seq ?? null,
    chainSeq: finding.chainSeq,
    eventId: event?.id ?? null,
    reason: finding.reason,
  };
}

/** One pass over all events in (chain, chain_seq) order, a page at a time. */
async function walkChains(db: Kysely<DB>): Promise<Walk[]> {
  const walks: Walk[] = [];
  let walk = null as Walk | null;
  let prevHash = GENESIS;
  let after: [string, number] = ['', 0];
  for (;;) {
    const [afterChain, afterSeq] = after;
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where(({ eb, refTuple, tuple }) =>
        eb(refTuple('chain', 'chain_seq'), '>', tuple(afterChain, afterSeq)),
      )
      .orderBy('chain')
      .orderBy('chain_seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      if (walk?.chain !== row.chain) {
        walk = { chain: row.chain, checked: 0, lastChainSeq: 0, broken: null };
        walks.push(walk);
        prevHash = GENESIS;
      }
      if (!walk.broken) {
        const reason = checkEvent(row, prevHash, walk.lastChainSeq + 1);
        if (reason) walk.broken = { seq: row.seq, chainSeq: row.chain_seq, eventId: row.id, reason };
        else walk.checked++;
      }
      walk.lastChainSeq = row.chain_seq;
      prevHash = row.hash;
      after = [row.chain, row.chain_seq];
    }
    if (rows.length < PAGE) return walks;
  }
}

function checkEvent(
  row: Selectable<AuditEventsTable>,
  prevHash: string,
  expectedChainSeq: number,
): AuditBreakReason | null {
  if (row.prev_hash !== prevHash) return 'link';
  if (hashEvent(prevHash, { ...row, occurred_at: row.occurred_at.toISOString() }) !== row.hash)
    return 'content';
  // Links and contents hold yet a position is skipped or repeated: renumbered events.
  if (row.chain_seq !== expectedChainSeq) return 'sequence';
  return null;
}
