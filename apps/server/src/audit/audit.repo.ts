import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';

export type AuditInput = {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  countryCode?: string | null;
  ip?: string | null;
  /**
   * The actor's roles as rolesOfActor gives them, when the caller has the request's actor: saves a
   * query per event. Absent (undefined): read from the memberships inside the transaction.
   */
  actorRoles?: string | null;
};

export const GENESIS = '0'.repeat(64);
/** The chain of events without a country (sign-ins, users, the installation). */
export const GLOBAL_CHAIN = 'global';
/** Events written before migration 0015: one closed chain, hashed without chain fields. */
export const LEGACY_CHAIN = 'legacy';

/** Each country has its own chain, so appends in one country never wait on another's. */
export const chainOf = (countryCode: string | null | undefined) => countryCode ?? GLOBAL_CHAIN;

export type ChainedFields = {
  id: string;
  chain: string;
  chain_seq: number;
  occurred_at: string;
  actor_user_id: string | null;
  /** Absent or null on events older than migration 0017: they hash as they did. */
  actor_roles?: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  country_code: string | null;
  ip: string | null;
};

/** The hash of an event: its fields in a fixed order, chained to the previous event's hash. */
export function hashEvent(prevHash: string, e: ChainedFields): string {
  const content = {
    id: e.id,
    occurred_at: e.occurred_at,
    actor_user_id: e.actor_user_id,
    action: e.action,
    entity_type: e.entity_type,
    entity_id: e.entity_id,
    country_code: e.country_code,
    ip: e.ip,
    // Only when recorded, so events written before the column existed keep their hashes.
    ...(e.actor_roles ? { actor_roles: e.actor_roles } : {}),
  };
  // A fixed key order, whatever order the caller built the object in. Chain and position are
  // covered too (moving an event to another chain or place breaks it), except in the legacy
  // chain, whose hashes were computed before those fields existed and are kept as they were.
  const canonical = JSON.stringify(
    e.chain === LEGACY_CHAIN ? content : { chain: e.chain, chain_seq: e.chain_seq, ...content },
  );
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

// Appends take a transaction-scoped lock on their chain, so two writers cannot both chain onto
// one hash; the lock is (namespace, hash of the chain key), so chains never wait on each other.
const AUDIT_CHAIN_LOCK_NAMESPACE = 727_002;
const chainLockKey = (chain: string) => createHash('sha256').update(chain).digest().readInt32BE(0);

/**
 * Appends one event inside the caller's transaction (the chain lock needs one), chained to the
 * previous event of its country's chain. Never holds names or free text: ids and action names only.
 */
export async function appendAuditEvent(trx: Transaction<DB>, input: AuditInput) {
  const chain = chainOf(input.countryCode);
  // Everything that does not depend on the chain is read before the lock: every statement run while
  // holding it makes every other audited request of the country wait (measured in bench/src/load.ts).
  const actorRoles = !input.actorUserId
    ? null
    : input.actorRoles !== undefined
      ? input.actorRoles
      : await rolesOf(trx, input.actorUserId);
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_NAMESPACE}::int, ${chainLockKey(chain)}::int)`.execute(
    trx,
  );
  const last = await trx
    .selectFrom('audit_events')
    .select(['chain_seq', 'hash'])
    .where('chain', '=', chain)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS;
  const event = {
    id: uuidv7(),
    chain,
    chain_seq: (last?.chain_seq ?? 0) + 1,
    occurred_at: new Date().toISOString(),
    actor_user_id: input.actorUserId,
    actor_roles: actorRoles,
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

/**
 * Who acted, for an event written on behalf of the request's actor: their id and their roles from
 * the memberships loaded with the session, formatted as rolesOf does (distinct, in the database's
 * order by role, which is the order the session query returns them in). Not for a request that
 * changes the actor's own memberships before auditing: those go through rolesOf.
 */
export function auditActor(actor: Actor): { actorUserId: string; actorRoles: string | null } {
  return { actorUserId: actor.userId, actorRoles: rolesOfActor(actor) };
}

export function rolesOfActor(actor: Actor): string | null {
  const roles = [...new Set(actor.memberships.map((m) => m.role))];
  return roles.length ? roles.join(',') : null;
}

/** The roles a user holds now, e.g. 'centre_manager,counsellor': who acted in which capacity. */
async function rolesOf(trx: Transaction<DB>, userId: string): Promise<string | null> {
  const rows = await trx
    .selectFrom('memberships')
    .select('role')
    .distinct()
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute();
  return rows.length ? rows.map((r) => r.role).join(',') : null;
}
