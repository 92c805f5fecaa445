import { type Client, type ClientSummary, type Consent, isMinorOn } from '@pathways/contracts';
import type { Selectable } from 'kysely';
import type { ClientsTable, ConsentsTable } from '../db/schema.js';

export type ClientRow = Selectable<ClientsTable>;
export type ConsentRow = Selectable<ConsentsTable>;

const joinName = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ');

export function presentConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    purpose: row.purpose,
    partnerOrganisationId: row.partner_organisation_id,
    textVersion: row.text_version,
    language: row.language,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
    withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
    givenBy: row.given_by,
    guardianName: row.guardian_name,
  };
}

export type FamilyLinkView = Client['family'][number];

export function presentClient(row: ClientRow, consents: ConsentRow[], family: FamilyLinkView[]): Client {
  const hasOriginal = Boolean(
    row.given_name_original || row.middle_name_original || row.family_name_original,
  );
  return {
    id: row.id,
    caseCode: row.case_code,
    countryCode: row.country_code,
    centreId: row.centre_id,
    status: row.status,
    version: row.version,
    name: { given: row.given_name, middle: row.middle_name, family: row.family_name },
    nameOriginal: hasOriginal
      ? { given: row.given_name_original, middle: row.middle_name_original, family: row.family_name_original }
      : null,
    aliases: row.aliases,
    sex: row.sex,
    dateOfBirth:
      row.dob_value && row.dob_precision ? { value: row.dob_value, precision: row.dob_precision } : null,
    idDocument:
      row.id_document_type && row.id_document_number
        ? {
            type: row.id_document_type as NonNullable<Client['idDocument']>['type'],
            number: row.id_document_number,
          }
        : null,
    phone: row.phone,
    phoneHasMessenger: row.phone_has_messenger,
    nationality: row.nationality,
    region: row.region,
    educationIsced: row.education_isced,
    occupationIsco: row.occupation_isco,
    workExperienceYears: row.work_experience_years === null ? null : Number(row.work_experience_years),
    languages: row.languages,
    group: row.client_group,
    intentions: row.intentions,
    returnDetails: row.return_details,
    heardVia: row.heard_via,
    family,
    isMinor: isMinorOn(row.dob_value ? { value: row.dob_value } : null, new Date()),
    consents: consents.map(presentConsent),
    mergedIntoId: row.merged_into_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type SummaryRow = Pick<
  ClientRow,
  | 'id'
  | 'case_code'
  | 'centre_id'
  | 'given_name'
  | 'middle_name'
  | 'family_name'
  | 'given_name_original'
  | 'middle_name_original'
  | 'family_name_original'
  | 'sex'
  | 'birth_year'
  | 'client_group'
  | 'status'
  | 'updated_at'
>;

export const summaryColumns = [
  'clients.id',
  'clients.case_code',
  'clients.centre_id',
  'clients.given_name',
  'clients.middle_name',
  'clients.family_name',
  'clients.given_name_original',
  'clients.middle_name_original',
  'clients.family_name_original',
  'clients.sex',
  'clients.birth_year',
  'clients.client_group',
  'clients.status',
  'clients.updated_at',
] as const;

export function presentSummary(row: SummaryRow): ClientSummary {
  const original = joinName(row.given_name_original, row.middle_name_original, row.family_name_original);
  return {
    id: row.id,
    caseCode: row.case_code,
    centreId: row.centre_id,
    displayName: joinName(row.given_name, row.middle_name, row.family_name),
    displayNameOriginal: original || null,
    sex: row.sex,
    birthYear: row.birth_year,
    group: row.client_group,
    status: row.status,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What a counsellor elsewhere in the country may see of a possible duplicate: initials only. */
export function initialsOf(
  row: Pick<ClientRow, 'given_name' | 'family_name' | 'given_name_original' | 'family_name_original'>,
) {
  const first = (s: string | null) => (s ? `${Array.from(s.trim())[0]?.toUpperCase() ?? ''}.` : '');
  const latin = first(row.given_name) + first(row.family_name);
  return latin || first(row.given_name_original) + first(row.family_name_original);
}
