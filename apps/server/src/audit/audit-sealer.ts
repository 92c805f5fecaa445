import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { appendHeadLine } from './audit-head-file.js';
import { type ChainHead, sealAuditChains } from './audit-heads.js';

type Log = {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
};

export type AuditSealerOptions = {
  db: Kysely<DB>;
  key: Buffer;
  log: Log;
  /** Also append each head here (PATHWAYS_AUDIT_HEAD_FILE). */
  headFile?: string;
  intervalMs: number;
};

export type AuditSealer = { sealNow(): Promise<ChainHead[]>; stop(): Promise<void> };

/**
 * Signs chain heads in the background, every few seconds: a request never waits on it, and the
 * tail that a signed head does not cover yet is at most one interval long. Every new head also
 * leaves the database: a log line at info level (to ship to a log collector) and, if set, a line
 * in the head file, so deleting heads from the database does not hide a cut-off tail.
 */
export function startAuditSealer({ db, key, log, headFile, intervalMs }: AuditSealerOptions): AuditSealer {
  let queue: Promise<unknown> = Promise.resolve();

  const seal = async () => {
    const heads = await sealAuditChains(db, key);
    for (const head of heads) {
      log.info({ auditHead: head }, 'audit chain head signed');
      if (headFile) await appendHeadLine(headFile, head);
    }
    return heads;
  };
  // One seal at a time: a slow tick and a shutdown seal never interleave.
  const sealNow = () => {
    const run = queue.then(seal);
    queue = run.catch(() => undefined);
    return run;
  };
  const tick = () =>
    sealNow().catch((error: unknown) => log.error({ err: error }, 'signing audit chain heads failed'));

  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    sealNow,
    stop: async () => {
      clearInterval(timer);
      await tick(); // the last events before shutdown get their signed head
    },
  };
}
