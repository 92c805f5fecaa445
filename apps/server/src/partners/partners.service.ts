import type {
  AgreementInput,
  CreatePartnerBody,
  PartnerDetail,
  PartnerInput,
  UpdatePartnerBody,
} from '@pathways/contracts';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent, auditActor } from '../audit/audit.repo.js';
import type { DB } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import { todayUtc } from './agreement-validity.js';
import { partnerReachOf, reachesCountry } from './partner-reach.js';
import { presentPartner } from './partners.presenter.js';
import {
  countryExists,
  existsReferralAgreement,
  findPartner,
  insertAgreement,
  insertPartner,
  listAgreements,
  listPartners,
  type PartnerRow,
  touchPartner,
  updatePartnerAtVersion,
} from './partners.repo.js';
import { unprocessable } from './unprocessable.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The one rule for "may this partner receive referrals today": an agreement signed on or before
 * `today`, expiring after it, whose purposes include referrals. The referrals service asks it.
 */
export function hasValidReferralAgreement(
  db: Db,
  countryCode: string,
  partnerId: string,
  today = todayUtc(),
) {
  return existsReferralAgreement(db, countryCode, partnerId, today);
}

async function presentWithAgreements(db: Db, rows: PartnerRow[]): Promise<PartnerDetail[]> {
  const agreements = await listAgreements(
    db,
    rows.map((r) => r.id),
  );
  const today = todayUtc();
  return rows.map((row) =>
    presentPartner(
      row,
      agreements.filter((a) => a.partner_organisation_id === row.id),
      today,
    ),
  );
}

function partnerColumns(input: PartnerInput) {
  return {
    name: input.name,
    type: input.type,
    website: input.website ?? null,
    description: input.description || null,
    contacts: JSON.stringify(input.contacts),
  };
}

async function audit(
  trx: Transaction<DB>,
  actor: Actor,
  action: string,
  partner: { country_code: string; id: string },
  ip: string,
) {
  await appendAuditEvent(trx, {
    ...auditActor(actor),
    action,
    entityType: 'partner_organisation',
    entityId: partner.id,
    countryCode: partner.country_code,
    ip,
  });
}

/** A partner the actor may manage, or 404: partners of other countries are not revealed. */
async function findManagedPartner(db: Db, actor: Actor, partnerId: string) {
  const row = await findPartner(db, await partnerReachOf(db, scopeFor(actor, 'partners.manage')), partnerId);
  if (!row) throw notFound('partner organisation');
  return row;
}

export async function listVisiblePartners(
  db: Kysely<DB>,
  actor: Actor,
  query: { country?: string },
): Promise<{ items: PartnerDetail[] }> {
  const reach = await partnerReachOf(db, scopeFor(actor, 'partners.read'));
  const rows = await listPartners(db, reach, query.country);
  return { items: await presentWithAgreements(db, rows) };
}

export async function getPartner(db: Kysely<DB>, actor: Actor, partnerId: string): Promise<PartnerDetail> {
  const reach = await partnerReachOf(db, scopeFor(actor, 'partners.read'));
  const row = await findPartner(db, reach, partnerId);
  if (!row) throw notFound('partner organisation');
  const [partner] = await presentWithAgreements(db, [row]);
  return partner as PartnerDetail;
}

export async function createPartner(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof CreatePartnerBody>,
  ip: string,
): Promise<PartnerDetail> {
  const reach = await partnerReachOf(db, scopeFor(actor, 'partners.manage'));
  if (!(await countryExists(db, body.countryCode)))
    throw unprocessable('countryCode', 'is not a country of Pathways', 'unknown_country');
  if (!reachesCountry(reach, body.countryCode))
    throw unprocessable('countryCode', 'is not a country whose partners you manage', 'country_not_managed');
  const partner = { country_code: body.countryCode, id: uuidv7() };
  await db.transaction().execute(async (trx) => {
    await insertPartner(trx, { ...partner, ...partnerColumns(body) });
    await audit(trx, actor, 'partner.created', partner, ip);
  });
  return getPartner(db, actor, partner.id);
}

export async function updatePartner(
  db: Kysely<DB>,
  actor: Actor,
  partnerId: string,
  body: z.infer<typeof UpdatePartnerBody>,
  ip: string,
): Promise<PartnerDetail> {
  const current = await findManagedPartner(db, actor, partnerId);
  const { version, ...input } = body;
  await db.transaction().execute(async (trx) => {
    if (!(await updatePartnerAtVersion(trx, current, version, partnerColumns(input))))
      throw conflict(
        'version_conflict',
        'Someone saved this partner after you opened it; reload and apply your change again.',
        'version',
      );
    await audit(trx, actor, 'partner.updated', current, ip);
  });
  return getPartner(db, actor, partnerId);
}

export async function addAgreement(
  db: Kysely<DB>,
  actor: Actor,
  partnerId: string,
  body: AgreementInput,
  ip: string,
): Promise<PartnerDetail> {
  const partner = await findManagedPartner(db, actor, partnerId);
  await db.transaction().execute(async (trx) => {
    await insertAgreement(trx, {
      country_code: partner.country_code,
      id: uuidv7(),
      partner_organisation_id: partner.id,
      signed_on: body.signedOn,
      expires_on: body.expiresOn,
      // One purpose named twice is still one purpose.
      purposes: [...new Set(body.purposes)],
      reference: body.reference || null,
      created_by: actor.userId,
    });
    // Agreements are added, never edited: the partner's version stays, so an open edit form
    // is not refused because an agreement arrived meanwhile.
    await touchPartner(trx, partner);
    await audit(trx, actor, 'partner.agreement_added', partner, ip);
  });
  return getPartner(db, actor, partnerId);
}
