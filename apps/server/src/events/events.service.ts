import type { CreateEventBody, GroupEvent, UpdateEventBody } from '@pathways/contracts';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor, Scope } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent, auditActor } from '../audit/audit.repo.js';
import { clientInScope } from '../clients/clients.scope.js';
import type { DB } from '../db/schema.js';
import { AppError, conflict, invalid, notFound } from '../http/errors.js';
import { presentEvent, presentEventSummary } from './events.presenter.js';
import {
  type EventFilter,
  findEvent,
  listEvents,
  loadEventDetails,
  writeEventChildren,
} from './events.repo.js';

type EventInput = Omit<CreateEventBody, 'centreId'>;

async function findWritableCentre(db: Kysely<DB>, scope: Scope, centreId: string) {
  const centre = await db
    .selectFrom('centres')
    .select(['id', 'country_code'])
    .where('id', '=', centreId)
    .executeTakeFirst();
  const isReachable =
    centre &&
    (scope.isGlobal ||
      scope.countryCodes.includes(centre.country_code) ||
      scope.centreIds.includes(centre.id));
  if (!centre || !isReachable) throw invalid('centreId', 'is not a centre where you record events');
  return centre;
}

/**
 * Partners must be of the event's country; attendees registered clients of that country whom
 * the actor may read, and never more, sex by sex, than the participants counted.
 */
async function checkReferences(db: Kysely<DB>, actor: Actor, countryCode: string, input: EventInput) {
  const partnerIds = [...new Set(input.partnerOrganisationIds)];
  if (partnerIds.length) {
    const found = await db
      .selectFrom('partner_organisations')
      .select('id')
      .where('country_code', '=', countryCode)
      .where('id', 'in', partnerIds)
      .execute();
    if (found.length !== partnerIds.length)
      throw invalid('partnerOrganisationIds', 'must be partner organisations of the event’s country');
  }
  const clientIds = [...new Set(input.attendeeClientIds)];
  if (!clientIds.length) return { partnerIds, clientIds };
  const clients = await db
    .selectFrom('clients')
    .select(['id', 'sex'])
    .where('country_code', '=', countryCode)
    .where('id', 'in', clientIds)
    .where('status', '!=', 'merged')
    .where(clientInScope(scopeFor(actor, 'clients.read')))
    .execute();
  if (clients.length !== clientIds.length)
    throw invalid('attendeeClientIds', 'must be registered clients of the event’s country that you may see');
  for (const [sex, byAge] of Object.entries(input.participants)) {
    const counted = Object.values(byAge).reduce((sum, n) => sum + n, 0);
    const linked = clients.filter((c) => c.sex === sex).length;
    if (linked > counted)
      throw new AppError(422, 'attendees_exceed_participants', `More ${sex} attendees linked than counted.`, [
        {
          field: `participants.${sex}`,
          message: `counts ${counted}, but ${linked} attendees of this sex are linked`,
        },
      ]);
  }
  return { partnerIds, clientIds };
}

function audit(
  trx: Transaction<DB>,
  actor: Actor,
  action: string,
  event: { country_code: string; id: string },
  ip: string,
) {
  return appendAuditEvent(trx, {
    ...auditActor(actor),
    action,
    entityType: 'group_event',
    entityId: event.id,
    countryCode: event.country_code,
    ip,
  });
}

async function readEvent(db: Kysely<DB>, scope: Scope, id: string): Promise<GroupEvent> {
  const row = await findEvent(db, scope, id);
  if (!row) throw notFound('event');
  return presentEvent(row, await loadEventDetails(db, [row.country_code], [row.id]));
}

export async function createEvent(db: Kysely<DB>, actor: Actor, body: CreateEventBody, ip: string) {
  const scope = scopeFor(actor, 'events.write');
  const centre = await findWritableCentre(db, scope, body.centreId);
  const { partnerIds, clientIds } = await checkReferences(db, actor, centre.country_code, body);
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('group_events')
      .values({
        country_code: centre.country_code,
        id,
        centre_id: centre.id,
        kind: body.kind,
        title: body.title,
        held_on: body.heldOn,
        topics: body.topics,
        channel: body.channel,
        location: body.location,
        notes: body.notes,
        created_by: actor.userId,
      })
      .execute();
    await writeEventChildren(trx, centre.country_code, id, {
      partnerOrganisationIds: partnerIds,
      participants: body.participants,
      attendeeClientIds: clientIds,
    });
    await audit(trx, actor, 'event.create', { country_code: centre.country_code, id }, ip);
  });
  return readEvent(db, scope, id);
}

export async function updateEvent(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: UpdateEventBody,
  ip: string,
) {
  const scope = scopeFor(actor, 'events.write');
  const row = await findEvent(db, scope, id);
  if (!row) throw notFound('event');
  const { partnerIds, clientIds } = await checkReferences(db, actor, row.country_code, body);
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('group_events')
      .set({
        kind: body.kind,
        title: body.title,
        held_on: body.heldOn,
        topics: body.topics,
        channel: body.channel,
        location: body.location,
        notes: body.notes,
        version: body.version + 1,
        updated_at: new Date(),
      })
      .where('country_code', '=', row.country_code)
      .where('id', '=', row.id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw conflict(
        'version_conflict',
        'The event was changed meanwhile; reload it and try again.',
        'version',
      );
    await writeEventChildren(trx, row.country_code, row.id, {
      partnerOrganisationIds: partnerIds,
      participants: body.participants,
      attendeeClientIds: clientIds,
    });
    await audit(trx, actor, 'event.update', row, ip);
  });
  return readEvent(db, scope, id);
}

export async function deleteEvent(db: Kysely<DB>, actor: Actor, id: string, version: number, ip: string) {
  const row = await findEvent(db, scopeFor(actor, 'events.write'), id);
  if (!row) throw notFound('event');
  await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('group_events')
      .where('country_code', '=', row.country_code)
      .where('id', '=', row.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1)
      throw conflict(
        'version_conflict',
        'The event was changed meanwhile; reload it and try again.',
        'version',
      );
    await audit(trx, actor, 'event.delete', row, ip);
  });
}

export const getEvent = (db: Kysely<DB>, actor: Actor, id: string) =>
  readEvent(db, scopeFor(actor, 'events.read'), id);

export async function findEvents(
  db: Kysely<DB>,
  actor: Actor,
  filter: EventFilter,
  limit: number,
  offset: number,
) {
  const { rows, total } = await listEvents(db, scopeFor(actor, 'events.read'), filter, limit, offset);
  const details = await loadEventDetails(
    db,
    [...new Set(rows.map((r) => r.country_code))],
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentEventSummary(r, details)), total };
}
