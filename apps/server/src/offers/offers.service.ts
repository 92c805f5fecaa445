import type { CreateOfferBody, Offer, OfferInput, UpdateOfferBody } from '@pathways/contracts';
import { type Kysely, sql, type Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent, auditActor } from '../audit/audit.repo.js';
import type { DB } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import { type PartnerReach, partnerReachOf } from '../partners/partner-reach.js';
import { findPartner } from '../partners/partners.repo.js';
import { unprocessable } from '../partners/unprocessable.js';
import { findUnknownCodes } from '../reference/code-lists.repo.js';
import { presentOffer } from './offers.presenter.js';
import {
  findForeignCentres,
  findOffer,
  insertOffer,
  listOffers,
  type OfferFilters,
  seatsLeftAfter,
  updateOfferAtVersion,
} from './offers.repo.js';

type Db = Kysely<DB> | Transaction<DB>;

/** jsonb columns take JSON text; an absent value is SQL NULL, not JSON null. */
const jsonOrNull = (value: unknown) => (value === undefined ? sql<string>`NULL` : JSON.stringify(value));

/** The columns an offer's input sets; starts_on/ends_on mirror the schedule for sorting and filters. */
function offerColumns(input: OfferInput) {
  return {
    partner_organisation_id: input.partnerOrganisationId,
    category: input.category,
    centre_ids: [...new Set(input.centreIds)],
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    eligibility: JSON.stringify(input.eligibility),
    capacity: input.capacity ?? null,
    schedule: JSON.stringify(input.schedule),
    starts_on: input.schedule.startsOn ?? null,
    ends_on: input.schedule.endsOn ?? null,
    cost: jsonOrNull(input.cost),
    delivery_mode: input.deliveryMode,
    languages: [...new Set(input.languages)],
    location: jsonOrNull(input.location),
    status: input.status,
  };
}

async function manageReach(db: Db, actor: Actor) {
  return partnerReachOf(db, scopeFor(actor, 'offers.manage'));
}

/** The provider must be a partner the actor manages, in the offer's country when it has one. */
async function assertProvider(db: Db, reach: PartnerReach, partnerId: string, countryCode?: string) {
  const partner = await findPartner(db, reach, partnerId);
  if (!partner)
    throw unprocessable(
      'partnerOrganisationId',
      'is not a partner organisation you manage',
      'unknown_partner',
    );
  if (countryCode && partner.country_code !== countryCode)
    throw unprocessable(
      'partnerOrganisationId',
      "must be a partner organisation in the offer's country",
      'partner_in_other_country',
    );
  return partner;
}

async function assertCentresOf(db: Db, countryCode: string, centreIds: string[]) {
  const [foreign] = await findForeignCentres(db, countryCode, centreIds);
  if (foreign)
    throw unprocessable(
      `centreIds.${centreIds.indexOf(foreign)}`,
      "is not a centre of the provider's country",
      'centre_in_other_country',
    );
}

/** Languages come from the code list, so matching and the directory name them alike. */
async function assertKnownLanguages(db: Kysely<DB>, input: OfferInput) {
  const [unknown] = await findUnknownCodes(db, 'languages', input.languages);
  if (unknown)
    throw unprocessable(`languages.${input.languages.indexOf(unknown)}`, "is not in Pathways' language list");
  const asked = input.eligibility.language?.code;
  if (asked && (await findUnknownCodes(db, 'languages', [asked])).length)
    throw unprocessable('eligibility.language.code', "is not in Pathways' language list");
}

async function audit(
  trx: Transaction<DB>,
  actor: Actor,
  action: string,
  offer: { country_code: string; id: string },
  ip: string,
) {
  await appendAuditEvent(trx, {
    ...auditActor(actor),
    action,
    entityType: 'offer',
    entityId: offer.id,
    countryCode: offer.country_code,
    ip,
  });
}

export async function listVisibleOffers(db: Kysely<DB>, actor: Actor, filters: OfferFilters) {
  const reach = await partnerReachOf(db, scopeFor(actor, 'offers.read'));
  const { items, total } = await listOffers(db, reach, filters);
  return { items: items.map(presentOffer), total };
}

export async function getOffer(db: Kysely<DB>, actor: Actor, offerId: string): Promise<Offer> {
  const reach = await partnerReachOf(db, scopeFor(actor, 'offers.read'));
  const row = await findOffer(db, reach, offerId);
  if (!row) throw notFound('offer');
  return presentOffer(row);
}

export async function createOffer(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof CreateOfferBody>,
  ip: string,
): Promise<Offer> {
  const reach = await manageReach(db, actor);
  const partner = await assertProvider(db, reach, body.partnerOrganisationId);
  await assertCentresOf(db, partner.country_code, body.centreIds);
  await assertKnownLanguages(db, body);
  const offer = { country_code: partner.country_code, id: uuidv7() };
  await db.transaction().execute(async (trx) => {
    await insertOffer(trx, {
      ...offer,
      ...offerColumns(body),
      // A new offer has every seat free.
      seats_left: body.capacity ?? null,
      created_by: actor.userId,
    });
    await audit(trx, actor, 'offer.created', offer, ip);
  });
  return getOffer(db, actor, offer.id);
}

function assertSeatCorrection(body: z.infer<typeof UpdateOfferBody>) {
  if (body.seatsLeft === undefined) return;
  if (body.capacity === undefined)
    throw unprocessable(
      'seatsLeft',
      'an offer without a capacity has no seat count',
      'seats_without_capacity',
    );
  if (body.seatsLeft > body.capacity)
    throw unprocessable(
      'seatsLeft',
      `must not exceed the capacity (${body.capacity})`,
      'seats_above_capacity',
    );
}

export async function updateOffer(
  db: Kysely<DB>,
  actor: Actor,
  offerId: string,
  body: z.infer<typeof UpdateOfferBody>,
  ip: string,
): Promise<Offer> {
  const reach = await manageReach(db, actor);
  const current = await findOffer(db, reach, offerId);
  if (!current) throw notFound('offer');
  assertSeatCorrection(body);
  const { version, seatsLeft, ...input } = body;
  if (input.partnerOrganisationId !== current.partner_organisation_id)
    await assertProvider(db, reach, input.partnerOrganisationId, current.country_code);
  await assertCentresOf(db, current.country_code, input.centreIds);
  await assertKnownLanguages(db, input);
  await db.transaction().execute(async (trx) => {
    const isWritten = await updateOfferAtVersion(trx, current, version, {
      ...offerColumns(input),
      seats_left: seatsLeftAfter(input.capacity, seatsLeft),
    });
    if (!isWritten)
      throw conflict(
        'version_conflict',
        'Someone saved this offer after you opened it; reload and apply your change again.',
        'version',
      );
    await audit(trx, actor, 'offer.updated', current, ip);
  });
  return getOffer(db, actor, offerId);
}
