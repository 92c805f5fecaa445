import type { EraseClientBody, ErasedClient } from '@pathways/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { ClientRow } from '../clients/clients.presenter.js';
import { findClient } from '../clients/clients.repo.js';
import { destroyClientDataKey } from '../crypto/client-cipher.js';
import type { DB } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import { redactReferrals } from '../referrals/referrals.repo.js';
import { clientErased } from './erased.js';
import { blankCaseHistory, eraseClientRow, eraseMergedRows, findMergedDuplicates } from './erasure.repo.js';

export type ErasureRequest = {
  /** The person erasing, or null for the retention job (the audit then names no user). */
  actorUserId: string | null;
  reason: ErasedClient['reason'];
  /** The version the eraser read: a change since then is a conflict, never overwritten. */
  version: number;
  ip: string | null;
};

/**
 * Erases one client's personal data inside the caller's transaction: the row and its merged
 * duplicates emptied, free text blanked, sensitive fields made unreadable for good by forgetting
 * the data key, family links gone, partners left with case code, status and dates, and the
 * erasure audited. Used by the API and by the retention job alike.
 */
export async function eraseClientInTransaction(
  trx: Transaction<DB>,
  client: Pick<ClientRow, 'country_code' | 'id'>,
  request: ErasureRequest,
) {
  const key = { countryCode: client.country_code, clientId: client.id };
  const mark = { at: new Date(), by: request.actorUserId, reason: request.reason };
  if (!(await eraseClientRow(trx, key, request.version, mark))) {
    throw conflict(
      'version_conflict',
      'Someone changed this client after you opened it; reload it before erasing.',
      'version',
    );
  }
  const duplicates = await findMergedDuplicates(trx, key);
  await eraseMergedRows(trx, client.country_code, duplicates, mark);
  const ids = [client.id, ...duplicates];
  await blankCaseHistory(trx, client.country_code, ids);
  for (const id of ids) {
    await destroyClientDataKey(trx, client.country_code, id);
    await redactReferrals(trx, client.country_code, { clientId: id });
  }
  await appendAuditEvent(trx, {
    actorUserId: request.actorUserId,
    action: 'client.erase',
    entityType: 'client',
    entityId: client.id,
    countryCode: client.country_code,
    ip: request.ip,
  });
  return mark.at;
}

export function presentErasedClient(row: {
  id: string;
  case_code: string;
  erased_at: Date | null;
  erasure_reason: string | null;
}): ErasedClient {
  return {
    clientId: row.id,
    caseCode: row.case_code,
    status: 'erased',
    erasedAt: (row.erased_at as Date).toISOString(),
    reason: row.erasure_reason as ErasedClient['reason'],
  };
}

export async function eraseClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  body: EraseClientBody,
  ip: string,
): Promise<ErasedClient> {
  const client = await findClient(db, scopeFor(actor, 'clients.erase'), clientId);
  if (!client) throw notFound('client');
  if (client.status === 'erased') throw clientErased(client);
  if (client.status === 'merged')
    throw conflict('client_merged', 'This record was merged into another: erase the record it lives on in.');
  const erasedAt = await db.transaction().execute((trx) =>
    eraseClientInTransaction(trx, client, {
      actorUserId: actor.userId,
      reason: body.reason,
      version: body.version,
      ip,
    }),
  );
  return presentErasedClient({ ...client, erased_at: erasedAt, erasure_reason: body.reason });
}

/** The erased record as the API shows it: case code and date; 404 if not erased or out of scope. */
export async function getErasedClient(db: Kysely<DB>, actor: Actor, clientId: string) {
  const client = await findClient(db, scopeFor(actor, 'clients.read'), clientId);
  if (client?.status !== 'erased') throw notFound('erased client');
  return presentErasedClient(client);
}
