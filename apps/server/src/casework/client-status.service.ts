import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { auditClientChange } from '../clients/client-audit.js';
import { updateClientAtVersion } from '../clients/clients.repo.js';
import { findClientOrThrow, getClient } from '../clients/clients.service.js';
import type { DB } from '../db/schema.js';
import { AppError, conflict, invalid } from '../http/errors.js';

type Change = { kind: 'closed' | 'reopened' | 'transferred'; details: Record<string, string | null> };

/** Applies a status change if the version still matches, and records it for the timeline. */
async function applyChange(
  trx: Transaction<DB>,
  actor: Actor,
  client: { country_code: string; id: string },
  version: number,
  set: { status?: 'active' | 'closed'; closed_reason?: string | null; centre_id?: string },
  change: Change,
  ip: string,
) {
  if (!(await updateClientAtVersion(trx, client, version, set))) {
    throw conflict(
      'version_conflict',
      'Someone saved this client after you opened it; reload it.',
      'version',
    );
  }
  await trx
    .insertInto('client_events')
    .values({
      country_code: client.country_code,
      id: uuidv7(),
      client_id: client.id,
      kind: change.kind,
      details: JSON.stringify(change.details),
      actor_id: actor.userId,
    })
    .execute();
  await auditClientChange(trx, actor, `client.${change.kind}`, client, ip);
}

export async function closeClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  reason: string,
  version: number,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  if (client.status === 'closed') throw new AppError(409, 'already_closed', 'This case is already closed.');
  await db
    .transaction()
    .execute((trx) =>
      applyChange(
        trx,
        actor,
        client,
        version,
        { status: 'closed', closed_reason: reason },
        { kind: 'closed', details: { reason } },
        ip,
      ),
    );
  return getClient(db, actor, clientId);
}

export async function reopenClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  version: number,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  if (client.status === 'active') throw new AppError(409, 'already_open', 'This case is open.');
  await db
    .transaction()
    .execute((trx) =>
      applyChange(
        trx,
        actor,
        client,
        version,
        { status: 'active', closed_reason: null },
        { kind: 'reopened', details: {} },
        ip,
      ),
    );
  return getClient(db, actor, clientId);
}

/**
 * Moves a case to another centre of the same country; its history stays with it. A counsellor may
 * hand a client to a centre they cannot see afterwards, so the answer is the case as it now is.
 */
export async function transferClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  centreId: string,
  version: number,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  const centre = await db
    .selectFrom('centres')
    .select(['id', 'country_code', 'city'])
    .where('id', '=', centreId)
    .executeTakeFirst();
  if (!centre || centre.country_code !== client.country_code)
    throw invalid('centreId', "is not a centre in the client's country");
  if (centre.id === client.centre_id) throw invalid('centreId', 'is already the client’s centre');
  await db
    .transaction()
    .execute((trx) =>
      applyChange(
        trx,
        actor,
        client,
        version,
        { centre_id: centre.id },
        { kind: 'transferred', details: { fromCentreId: client.centre_id, toCentreId: centre.id } },
        ip,
      ),
    );
  const scope = scopeFor(actor, 'clients.read');
  const isStillVisible =
    scope.isGlobal || scope.countryCodes.includes(client.country_code) || scope.centreIds.includes(centre.id);
  return isStillVisible ? getClient(db, actor, clientId) : null;
}
