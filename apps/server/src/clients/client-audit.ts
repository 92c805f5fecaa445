import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAuditEvent, auditActor } from '../audit/audit.repo.js';
import type { DB } from '../db/schema.js';

/** The audit event of any change to, or reading of, a client's record: who, what, which client, from where. */
export function auditClientChange(
  trx: Transaction<DB>,
  actor: Actor,
  action: string,
  client: { country_code: string; id: string },
  ip: string,
) {
  return appendAuditEvent(trx, {
    ...auditActor(actor),
    action,
    entityType: 'client',
    entityId: client.id,
    countryCode: client.country_code,
    ip,
  });
}
