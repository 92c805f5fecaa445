import {
  type Client,
  type ConsentInput,
  type CreateClientBody,
  isMinorOn,
  type UpdateClientBody,
} from '@pathways/contracts';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor, Scope } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { clientErased } from '../data-subject/erased.js';
import type { DB } from '../db/schema.js';
import { AppError, conflict, invalid, notFound } from '../http/errors.js';
import { refreshClientYears } from '../indicators/rollup.repo.js';
import { findUnknownCodes } from '../reference/code-lists.repo.js';
import { redactReferrals } from '../referrals/referrals.repo.js';
import { nextCaseCode } from './case-codes.js';
import { auditClientChange } from './client-audit.js';
import { personFromInput, searchColumnsOf } from './client-person.js';
import { presentClient, presentConsent, presentSummary } from './clients.presenter.js';
import {
  type ClientFilters,
  findClient,
  insertClient,
  insertConsents,
  listClients,
  listConsents,
  listFamilyLinks,
  replaceFamilyLinks,
  touchClient,
  updateClientAtVersion,
  withdrawConsent,
} from './clients.repo.js';

type ProfileInput = Omit<UpdateClientBody, 'version'>;

/** The stored columns of a client's profile, matching keys included. */
function profileColumns(input: ProfileInput) {
  return {
    given_name: input.name.given || null,
    middle_name: input.name.middle || null,
    family_name: input.name.family || null,
    given_name_original: input.nameOriginal?.given || null,
    middle_name_original: input.nameOriginal?.middle || null,
    family_name_original: input.nameOriginal?.family || null,
    aliases: input.aliases,
    sex: input.sex,
    dob_value: input.dateOfBirth?.value ?? null,
    dob_precision: input.dateOfBirth?.precision ?? null,
    birth_year: input.dateOfBirth ? Number(input.dateOfBirth.value.slice(0, 4)) : null,
    id_document_type: input.idDocument?.type ?? null,
    id_document_number: input.idDocument?.number ?? null,
    phone: input.phone ?? null,
    phone_has_messenger: input.phoneHasMessenger,
    nationality: input.nationality,
    region: input.region || null,
    education_isced: input.educationIsced ?? null,
    occupation_isco: input.occupationIsco ?? null,
    work_experience_years: input.workExperienceYears ?? null,
    languages: JSON.stringify(input.languages),
    client_group: input.group,
    intentions: JSON.stringify(input.group === 'prospective_migrant' ? (input.intentions ?? null) : null),
    return_details: JSON.stringify(input.group === 'returnee' ? (input.returnDetails ?? null) : null),
    heard_via: input.heardVia ?? null,
    ...searchColumnsOf(personFromInput(input)),
  };
}

/** Codes must come from the code lists, so indicators can count them. */
async function assertKnownCodes(db: Kysely<DB>, input: ProfileInput) {
  if (input.occupationIsco && (await findUnknownCodes(db, 'isco_08', [input.occupationIsco])).length) {
    throw invalid('occupationIsco', "is not in Pathways' ISCO-08 code list");
  }
  const codes = input.languages.map((l) => l.code);
  const unknown = await findUnknownCodes(db, 'languages', codes);
  if (unknown.length)
    throw invalid(
      `languages.${codes.indexOf(unknown[0] as string)}.code`,
      "is not in Pathways' language list",
    );
}

/** Family links as rows; a related registered client must be one the actor can see, in the same country. */
async function familyRows(
  db: Kysely<DB>,
  actor: Actor,
  client: { countryCode: string; id: string },
  input: ProfileInput,
) {
  const scope = scopeFor(actor, 'clients.read');
  const rows = [];
  for (const [i, link] of input.family.entries()) {
    if (link.relatedClientId) {
      const related = await findClient(db, scope, link.relatedClientId);
      if (!related || related.country_code !== client.countryCode || related.id === client.id) {
        throw invalid(`family.${i}.relatedClientId`, 'is not a client you can link here');
      }
    }
    rows.push({
      country_code: client.countryCode,
      id: uuidv7(),
      client_id: client.id,
      relation: link.relation,
      related_client_id: link.relatedClientId ?? null,
      related_name: link.name ?? null,
    });
  }
  return rows;
}

/** A minor is registered on a guardian's consent to counselling. */
function assertGuardianConsent(body: CreateClientBody) {
  if (!isMinorOn(body.dateOfBirth, new Date())) return;
  const counselling = body.consents.find((c) => c.purpose === 'counselling');
  if (counselling && counselling.givenBy !== 'guardian') {
    throw new AppError(
      422,
      'guardian_consent_required',
      'A minor is counselled with the consent of a guardian.',
      [
        {
          field: `consents.${body.consents.indexOf(counselling)}.givenBy`,
          message: 'must be guardian for a minor',
        },
      ],
    );
  }
}

/** A centre the actor may register clients at (their centre, or any centre of their country). */
async function findWritableCentre(db: Kysely<DB>, scope: Scope, centreId: string) {
  const centre = await db
    .selectFrom('centres')
    .select(['id', 'country_code', 'code', 'time_zone'])
    .where('id', '=', centreId)
    .executeTakeFirst();
  const isReachable =
    centre &&
    (scope.isGlobal ||
      scope.centreIds.includes(centre.id) ||
      scope.countryCodes.includes(centre.country_code));
  if (!centre || !isReachable) throw invalid('centreId', 'is not a centre where you register clients');
  return { id: centre.id, countryCode: centre.country_code, code: centre.code, timeZone: centre.time_zone };
}

const fieldName = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** Checks consents against the rules and turns them into rows. */
async function consentRows(
  db: Kysely<DB> | Transaction<DB>,
  consents: { input: ConsentInput; field: string }[],
  client: { countryCode: string; id: string },
  actorId: string,
) {
  const now = new Date();
  const rows = [];
  for (const { input, field } of consents) {
    if (input.purpose === 'partner_sharing') {
      if (!input.partnerOrganisationId)
        throw invalid(fieldName(field, 'partnerOrganisationId'), 'names the partner the data may go to');
      const partner = await db
        .selectFrom('partner_organisations')
        .select('id')
        .where('country_code', '=', client.countryCode)
        .where('id', '=', input.partnerOrganisationId)
        .executeTakeFirst();
      if (!partner)
        throw invalid(
          fieldName(field, 'partnerOrganisationId'),
          "is not a partner organisation of the client's country",
        );
    } else if (input.partnerOrganisationId) {
      throw invalid(fieldName(field, 'partnerOrganisationId'), `does not apply to ${input.purpose} consent`);
    }
    rows.push({
      country_code: client.countryCode,
      id: uuidv7(),
      client_id: client.id,
      purpose: input.purpose,
      partner_organisation_id: input.partnerOrganisationId ?? null,
      text_version: input.textVersion,
      language: input.language,
      recorded_by: actorId,
      recorded_at: now,
      given_by: input.givenBy,
      guardian_name: input.givenBy === 'guardian' ? (input.guardianName ?? null) : null,
    });
  }
  return rows;
}

export async function registerClient(
  db: Kysely<DB>,
  actor: Actor,
  body: CreateClientBody,
  ip: string,
): Promise<Client> {
  const scope = scopeFor(actor, 'clients.write');
  const centre = await findWritableCentre(db, scope, body.centreId);
  await assertKnownCodes(db, body);
  if (!body.consents.some((c) => c.purpose === 'counselling')) {
    throw new AppError(
      422,
      'counselling_consent_required',
      'A client is registered only with consent to counselling.',
      [{ field: 'consents', message: 'must include consent to counselling' }],
    );
  }
  assertGuardianConsent(body);
  const clientId = uuidv7();
  const family = await familyRows(db, actor, { countryCode: centre.countryCode, id: clientId }, body);
  const consents = await consentRows(
    db,
    body.consents.map((input, i) => ({ input, field: `consents.${i}` })),
    { countryCode: centre.countryCode, id: clientId },
    actor.userId,
  );
  await db.transaction().execute(async (trx) => {
    const caseCode = await nextCaseCode(trx, centre, new Date());
    await insertClient(trx, {
      country_code: centre.countryCode,
      id: clientId,
      centre_id: centre.id,
      case_code: caseCode,
      created_by: actor.userId,
      counsellor_id: actor.userId,
      ...profileColumns(body),
    });
    await insertConsents(trx, consents);
    await replaceFamilyLinks(trx, centre.countryCode, clientId, family);
    await auditClientChange(
      trx,
      actor,
      'client.register',
      { country_code: centre.countryCode, id: clientId },
      ip,
    );
  });
  return getClient(db, actor, clientId);
}

/** A client within the actor's scope for the permission, or 404 (existence is not revealed). */
export async function findClientOrThrow(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  permission: 'clients.read' | 'clients.write',
  clientId: string,
) {
  const row = await findClient(db, scopeFor(actor, permission), clientId);
  if (!row) throw notFound('client');
  if (row.status === 'erased') throw clientErased(row);
  return row;
}

/**
 * A user opening a client's record: nothing is returned unless the reading's audit event is
 * committed. The record is read first, outside the transaction (its reads gain nothing from one:
 * each statement sees committed data either way), so the transaction holds only the audit append
 * and the country's chain lock is held for the append alone (measured in bench/src/load.ts).
 */
export async function readClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  ip: string,
): Promise<Client> {
  const client = await getClient(db, actor, clientId);
  await db
    .transaction()
    .execute((trx) =>
      auditClientChange(trx, actor, 'client.read', { id: client.id, country_code: client.countryCode }, ip),
    );
  return client;
}

export async function getClient(db: Kysely<DB>, actor: Actor, clientId: string): Promise<Client> {
  const scope = scopeFor(actor, 'clients.read');
  const row = await findClient(db, scope, clientId);
  if (!row) throw notFound('client');
  if (row.status === 'erased') throw clientErased(row);
  const [consents, family] = await Promise.all([
    listConsents(db, row.country_code, row.id),
    listFamilyLinks(db, scope, row.country_code, row.id),
  ]);
  return presentClient(row, consents, family);
}

export async function updateClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  body: UpdateClientBody,
  ip: string,
): Promise<Client> {
  const current = await findClientOrThrow(db, actor, 'clients.write', clientId);
  const { version, ...profile } = body;
  await assertKnownCodes(db, profile);
  const family = await familyRows(db, actor, { countryCode: current.country_code, id: current.id }, profile);
  await db.transaction().execute(async (trx) => {
    const isWritten = await updateClientAtVersion(trx, current, version, profileColumns(profile));
    if (!isWritten) {
      throw conflict(
        'version_conflict',
        'Someone saved this client after you opened it; reload and apply your change again.',
        'version',
      );
    }
    await replaceFamilyLinks(trx, current.country_code, current.id, family);
    await refreshClientYears(trx, current.country_code, current.id);
    await auditClientChange(
      trx,
      actor,
      'client.update',
      { country_code: current.country_code, id: clientId },
      ip,
    );
  });
  return getClient(db, actor, clientId);
}

export async function listVisibleClients(db: Kysely<DB>, actor: Actor, filters: ClientFilters) {
  const { items, total } = await listClients(db, scopeFor(actor, 'clients.read'), filters);
  return { items: items.map(presentSummary), total };
}

export async function recordConsent(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  input: ConsentInput,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  const [row] = await consentRows(
    db,
    [{ input, field: '' }],
    { countryCode: client.country_code, id: client.id },
    actor.userId,
  );
  if (!row) throw new Error('consentRows returned no row for one input');
  await db.transaction().execute(async (trx) => {
    await insertConsents(trx, [row]);
    await touchClient(trx, client.country_code, client.id);
    await auditClientChange(trx, actor, 'consent.record', client, ip);
  });
  return presentConsent({ ...row, withdrawn_at: null, withdrawn_by: null });
}

export async function withdrawClientConsent(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  consentId: string,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  return db.transaction().execute(async (trx) => {
    const row = await withdrawConsent(trx, client.country_code, consentId, actor.userId);
    if (!row || row.client_id !== client.id) {
      const exists = (await listConsents(trx, client.country_code, client.id)).some(
        (c) => c.id === consentId,
      );
      if (exists) throw conflict('consent_already_withdrawn', 'This consent was already withdrawn.');
      throw notFound('consent');
    }
    // Partners lose what the consent let them see: their referrals keep code, status, dates.
    await redactReferrals(trx, client.country_code, { consentId });
    await touchClient(trx, client.country_code, client.id);
    await auditClientChange(trx, actor, 'consent.withdraw', client, ip);
    return presentConsent(row);
  });
}
