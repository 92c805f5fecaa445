import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/schema.js';

export type AuditInput = {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  countryCode?: string | null;
  ip?: string | null;
};

const GENESIS = '0'.repeat(64);
// Appends take this transaction-scoped lock so two writers cannot both chain onto one hash.
const AUDIT_CHAIN_LOCK_KEY = 727_002;

/**
 * Appends one event inside the caller's transaction (the chain lock needs one), chained to the previous one.
 * Never holds names or free text: ids and action names only.
 */
export async function appendAuditEvent(trx: Transaction<DB>, input: AuditInput) {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS;
  const event = {
    id: uuidv7(),
    occurred_at: new Date().toISOString(),
    actor_user_id: input.actorUserId,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    country_code: input.countryCode ?? null,
    ip: input.ip ?? null,
  };
  const hash = createHash('sha256').update(prevHash).update(JSON.stringify(event)).digest('hex');
  await trx
    .insertInto('audit_events')
    .values({ ...event, prev_hash: prevHash, hash })
    .execute();
}
