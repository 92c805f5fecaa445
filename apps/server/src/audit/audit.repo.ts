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

export const GENESIS = '0'.repeat(64);

type ChainedFields = {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  country_code: string | null;
  ip: string | null;
};

/** The hash of an event: its fields in a fixed order, chained to the previous event's hash. */
export function hashEvent(prevHash: string, e: ChainedFields): string {
  // A fixed key order, whatever order the caller built the object in.
  const canonical = JSON.stringify({
    id: e.id,
    occurred_at: e.occurred_at,
    actor_user_id: e.actor_user_id,
    action: e.action,
    entity_type: e.entity_type,
    entity_id: e.entity_id,
    country_code: e.country_code,
    ip: e.ip,
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
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
  const hash = hashEvent(prevHash, event);
  await trx
    .insertInto('audit_events')
    .values({ ...event, prev_hash: prevHash, hash })
    .execute();
}
