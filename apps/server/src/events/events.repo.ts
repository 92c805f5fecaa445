import type { ParticipantCounts } from '@pathways/contracts';
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB } from '../db/schema.js';

export type EventRow = {
  country_code: string;
  id: string;
  centre_id: string;
  kind: string;
  title: string;
  held_on: string;
  topics: string[];
  channel: string;
  location: string | null;
  notes: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** Events a scope reaches: its countries' events and its centres' events. None for an empty scope. */
export function eventInScope(scope: Scope) {
  return (eb: ExpressionBuilder<DB, 'group_events'>) => {
    if (scope.isGlobal) return sql<boolean>`true`;
    const reach = [
      ...(scope.countryCodes.length ? [eb('group_events.country_code', 'in', scope.countryCodes)] : []),
      ...(scope.centreIds.length ? [eb('group_events.centre_id', 'in', scope.centreIds)] : []),
    ];
    return reach.length ? eb.or(reach) : sql<boolean>`false`;
  };
}

const EVENT_COLUMNS = [
  'country_code',
  'id',
  'centre_id',
  'kind',
  'title',
  'held_on',
  'topics',
  'channel',
  'location',
  'notes',
  'version',
  'created_at',
  'updated_at',
] as const;

export function findEvent(db: Kysely<DB>, scope: Scope, id: string): Promise<EventRow | undefined> {
  return db
    .selectFrom('group_events')
    .select(EVENT_COLUMNS)
    .where('id', '=', id)
    .where(eventInScope(scope))
    .executeTakeFirst();
}

export type EventFilter = { from?: string; to?: string; country?: string; centreId?: string; kind?: string };

export async function listEvents(
  db: Kysely<DB>,
  scope: Scope,
  filter: EventFilter,
  limit: number,
  offset: number,
) {
  let query = db.selectFrom('group_events').where(eventInScope(scope));
  if (filter.from) query = query.where('held_on', '>=', filter.from);
  if (filter.to) query = query.where('held_on', '<=', filter.to);
  if (filter.country) query = query.where('country_code', '=', filter.country);
  if (filter.centreId) query = query.where('centre_id', '=', filter.centreId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const [rows, total] = await Promise.all([
    query
      .select(EVENT_COLUMNS)
      .orderBy('held_on', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type EventDetails = {
  partners: Map<string, string[]>;
  participants: Map<string, { sex: string; age_group: string; participants: number }[]>;
  attendees: Map<string, { client_id: string; case_code: string; sex: string }[]>;
};

/** Partners, participant counts and attendees of some events of one country, by event id. */
export async function loadEventDetails(
  db: Kysely<DB>,
  countryCodes: string[],
  ids: string[],
): Promise<EventDetails> {
  const details: EventDetails = { partners: new Map(), participants: new Map(), attendees: new Map() };
  if (!ids.length) return details;
  const push = <T>(map: Map<string, T[]>, id: string, item: T) => map.set(id, [...(map.get(id) ?? []), item]);
  const [partners, counts, attendees] = await Promise.all([
    db
      .selectFrom('group_event_partners')
      .select(['event_id', 'partner_organisation_id'])
      .where('country_code', 'in', countryCodes)
      .where('event_id', 'in', ids)
      .orderBy('partner_organisation_id')
      .execute(),
    db
      .selectFrom('group_event_participants')
      .select(['event_id', 'sex', 'age_group', 'participants'])
      .where('country_code', 'in', countryCodes)
      .where('event_id', 'in', ids)
      .execute(),
    db
      .selectFrom('group_event_attendees as a')
      .innerJoin('clients as c', (j) =>
        j.onRef('c.country_code', '=', 'a.country_code').onRef('c.id', '=', 'a.client_id'),
      )
      .select(['a.event_id', 'a.client_id', 'c.case_code', 'c.sex'])
      .where('a.country_code', 'in', countryCodes)
      .where('a.event_id', 'in', ids)
      .orderBy('c.case_code')
      .execute(),
  ]);
  for (const p of partners) push(details.partners, p.event_id, p.partner_organisation_id);
  for (const c of counts) push(details.participants, c.event_id, c);
  for (const a of attendees) push(details.attendees, a.event_id, a);
  return details;
}

type EventChildren = {
  partnerOrganisationIds: string[];
  participants: ParticipantCounts;
  attendeeClientIds: string[];
};

/** Replaces an event's partners, counts and attendees (inside the caller's transaction). */
export async function writeEventChildren(
  trx: Transaction<DB>,
  countryCode: string,
  eventId: string,
  c: EventChildren,
) {
  for (const table of ['group_event_partners', 'group_event_participants', 'group_event_attendees'] as const)
    await trx
      .deleteFrom(table)
      .where('country_code', '=', countryCode)
      .where('event_id', '=', eventId)
      .execute();
  if (c.partnerOrganisationIds.length)
    await trx
      .insertInto('group_event_partners')
      .values(
        c.partnerOrganisationIds.map((id) => ({
          country_code: countryCode,
          event_id: eventId,
          partner_organisation_id: id,
        })),
      )
      .execute();
  const counts = Object.entries(c.participants).flatMap(([sex, byAge]) =>
    Object.entries(byAge)
      .filter(([, n]) => n > 0)
      .map(([age_group, participants]) => ({
        country_code: countryCode,
        event_id: eventId,
        sex,
        age_group,
        participants,
      })),
  );
  if (counts.length) await trx.insertInto('group_event_participants').values(counts).execute();
  if (c.attendeeClientIds.length)
    await trx
      .insertInto('group_event_attendees')
      .values(
        c.attendeeClientIds.map((id) => ({ country_code: countryCode, event_id: eventId, client_id: id })),
      )
      .execute();
}
