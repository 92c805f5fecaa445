import type { Kysely, Transaction, Updateable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import type { KeyProvider } from '../crypto/key-ring.js';
import { moveSealedFields } from '../crypto/rekey.js';
import type { ClientsTable, DB } from '../db/schema.js';
import { AppError, conflict, invalid, notFound } from '../http/errors.js';
import { refreshClientYears } from '../indicators/rollup.repo.js';
import { auditClientChange } from './client-audit.js';
import { personFromRow, searchColumnsOf } from './client-person.js';
import type { ClientRow } from './clients.presenter.js';
import { findClient, updateClientAtVersion } from './clients.repo.js';
import { getClient } from './clients.service.js';

// Every table whose rows belong to a client and follow the survivor of a merge.
const HISTORY_TABLES = [
  'consents',
  'counselling_sessions',
  'tasks',
  'client_events',
  'pathway_assessments',
  'client_family_links',
  'referrals',
  'group_event_attendees',
] as const;

const latinName = (row: ClientRow) =>
  [row.given_name, row.middle_name, row.family_name].filter(Boolean).join(' ');

async function bumpVersion(
  trx: Transaction<DB>,
  row: ClientRow,
  version: number,
  set: Updateable<ClientsTable>,
) {
  if (!(await updateClientAtVersion(trx, row, version, set))) {
    throw conflict(
      'version_conflict',
      `${row.case_code} changed after you opened it; reload both records.`,
      'version',
    );
  }
}

/**
 * Folds a duplicate record into the survivor: sessions, consents, tasks, assessments and history
 * move over; the duplicate stays as a 'merged' row pointing at the survivor, so the merge can be
 * traced, and its spelling of the name becomes an alias the survivor can be found by.
 */
export async function mergeClients(
  db: Kysely<DB>,
  keys: KeyProvider,
  actor: Actor,
  survivorId: string,
  body: { duplicateId: string; version: number; duplicateVersion: number },
  ip: string,
) {
  const scope = scopeFor(actor, 'clients.merge');
  const survivor = await findClient(db, scope, survivorId);
  if (!survivor) throw notFound('client');
  const duplicate = await findClient(db, scope, body.duplicateId);
  if (!duplicate) throw invalid('duplicateId', 'is not a client you may merge');
  if (duplicate.id === survivor.id) throw invalid('duplicateId', 'is the record itself');
  if (duplicate.country_code !== survivor.country_code)
    throw invalid('duplicateId', 'belongs to another country');
  if (duplicate.status === 'merged' || survivor.status === 'merged') {
    throw new AppError(409, 'already_merged', 'One of the two records was already merged.');
  }
  // Merging would tie an erased history to a living record again.
  if (duplicate.status === 'erased' || survivor.status === 'erased') {
    throw new AppError(409, 'client_erased', 'One of the two records was erased.');
  }

  const duplicateName = latinName(duplicate);
  const aliases = [
    ...new Set([
      ...survivor.aliases,
      ...duplicate.aliases,
      ...(duplicateName && duplicateName !== latinName(survivor) ? [duplicateName] : []),
    ]),
  ];
  await db.transaction().execute(async (trx) => {
    await bumpVersion(trx, survivor, body.version, {
      aliases,
      ...searchColumnsOf({ ...personFromRow(survivor), aliases }),
    });
    await bumpVersion(trx, duplicate, body.duplicateVersion, {
      status: 'merged',
      merged_into_id: survivor.id,
    });
    // Sealed fields follow under the survivor's data key (before the rows change hands).
    await moveSealedFields(trx, keys, survivor.country_code, duplicate.id, survivor.id);
    // Attendance is one row per event and person: where both records attended, keep one.
    await trx
      .deleteFrom('group_event_attendees')
      .where('country_code', '=', survivor.country_code)
      .where('client_id', '=', duplicate.id)
      .where('event_id', 'in', (eb) =>
        eb
          .selectFrom('group_event_attendees')
          .select('event_id')
          .where('country_code', '=', survivor.country_code)
          .where('client_id', '=', survivor.id),
      )
      .execute();
    for (const table of HISTORY_TABLES) {
      await trx
        .updateTable(table)
        .set({ client_id: survivor.id })
        .where('country_code', '=', survivor.country_code)
        .where('client_id', '=', duplicate.id)
        .execute();
    }
    // Relatives who pointed at the duplicate now point at the survivor.
    await trx
      .updateTable('client_family_links')
      .set({ related_client_id: survivor.id })
      .where('country_code', '=', survivor.country_code)
      .where('related_client_id', '=', duplicate.id)
      .execute();
    const event = (clientId: string, details: Record<string, string>) => ({
      country_code: survivor.country_code,
      id: uuidv7(),
      client_id: clientId,
      kind: 'merged' as const,
      details: JSON.stringify(details),
      actor_id: actor.userId,
    });
    await trx
      .insertInto('client_events')
      .values([
        event(survivor.id, { duplicateId: duplicate.id, duplicateCaseCode: duplicate.case_code }),
        event(duplicate.id, { survivorId: survivor.id, survivorCaseCode: survivor.case_code }),
      ])
      .execute();
    for (const id of [survivor.id, duplicate.id]) await refreshClientYears(trx, survivor.country_code, id);
    await auditClientChange(trx, actor, 'client.merge', survivor, ip);
  });
  return getClient(db, actor, survivor.id);
}
