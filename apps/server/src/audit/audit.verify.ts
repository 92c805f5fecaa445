import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { GENESIS, hashEvent } from './audit.repo.js';

export type ChainReport = {
  isIntact: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: 'link' | 'content' | null;
};

const PAGE = 5_000;

/**
 * Walks the whole chain in order and names the first event whose hash or link does not hold:
 * an edited, deleted, inserted or reordered event breaks it there.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainReport> {
  let prevHash = GENESIS;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = row.seq;
      if (row.prev_hash !== prevHash)
        return { isIntact: false, checked, firstBrokenSeq: seq, reason: 'link' };
      const expected = hashEvent(prevHash, { ...row, occurred_at: row.occurred_at.toISOString() });
      if (expected !== row.hash) return { isIntact: false, checked, firstBrokenSeq: seq, reason: 'content' };
      prevHash = row.hash;
      lastSeq = seq;
      checked++;
    }
    if (rows.length < PAGE) return { isIntact: true, checked, firstBrokenSeq: null, reason: null };
  }
}
