import type { Client, ClientGroup, DuplicateCheckBody } from '@pathways/contracts';
import { DateOfBirth, idDocumentTypes, isMinorOn, PhoneE164 } from '@pathways/contracts';

export type NameDraft = { given: string; middle: string; family: string };
export type LanguageDraft = { key: string; code: string | null; level: string | null };
export type DobPrecision = 'exact' | 'year' | 'estimated';

/** What the form edits: strings as typed, converted to the contract's shape only when sent. */
export type ClientDraft = {
  centreId: string | null;
  name: NameDraft;
  nameOriginal: NameDraft;
  aliases: string[];
  sex: string | null;
  dobPrecision: DobPrecision;
  dobValue: string;
  idDocumentType: string | null;
  idDocumentNumber: string;
  phone: string;
  phoneHasMessenger: boolean;
  nationality: string | null;
  region: string;
  educationIsced: string | null;
  occupationIsco: string;
  workExperienceYears: string | number;
  languages: LanguageDraft[];
  group: ClientGroup | null;
  destinations: string[];
  purposes: string[];
  returnFromCountry: string | null;
  returnedOn: string;
  returnKind: string | null;
  heardVia: string | null;
  counsellingConsent: boolean;
  followUpConsent: boolean;
  consentTextVersion: string;
  followUpTextVersion: string;
  consentLanguage: string;
  consentGivenBy: 'client' | 'guardian';
  guardianName: string;
  /** Family links are edited elsewhere; an update sends them back unchanged so they are kept. */
  family: FamilyLinkDraft[];
};

export type FamilyLinkDraft = { relation: string; relatedClientId?: string; name?: string };

export const COUNSELLING_TEXT_VERSION = 'counselling-2026-01';
export const FOLLOW_UP_TEXT_VERSION = 'follow-up-2026-01';

let nextKey = 0;
export const createLanguageDraft = (
  code: string | null = null,
  level: string | null = null,
): LanguageDraft => {
  nextKey += 1;
  return { key: `l${nextKey}`, code, level };
};

const emptyName = (): NameDraft => ({ given: '', middle: '', family: '' });

export const createClientDraft = (language: string, centreId: string | null): ClientDraft => ({
  centreId,
  name: emptyName(),
  nameOriginal: emptyName(),
  aliases: [],
  sex: null,
  dobPrecision: 'exact',
  dobValue: '',
  idDocumentType: null,
  idDocumentNumber: '',
  phone: '',
  phoneHasMessenger: false,
  nationality: null,
  region: '',
  educationIsced: null,
  occupationIsco: '',
  workExperienceYears: '',
  languages: [],
  group: null,
  destinations: [],
  purposes: [],
  returnFromCountry: null,
  returnedOn: '',
  returnKind: null,
  heardVia: null,
  counsellingConsent: false,
  followUpConsent: false,
  consentTextVersion: COUNSELLING_TEXT_VERSION,
  followUpTextVersion: FOLLOW_UP_TEXT_VERSION,
  consentLanguage: language,
  consentGivenBy: 'client',
  guardianName: '',
  family: [],
});

const nameDraftOf = (name: Client['name'] | null): NameDraft => ({
  given: name?.given ?? '',
  middle: name?.middle ?? '',
  family: name?.family ?? '',
});

export const draftFromClient = (client: Client, language: string): ClientDraft => ({
  ...createClientDraft(language, client.centreId),
  name: nameDraftOf(client.name),
  nameOriginal: nameDraftOf(client.nameOriginal),
  aliases: client.aliases,
  sex: client.sex,
  dobPrecision: client.dateOfBirth?.precision ?? 'exact',
  dobValue: client.dateOfBirth?.value ?? '',
  idDocumentType: client.idDocument?.type ?? null,
  idDocumentNumber: client.idDocument?.number ?? '',
  phone: client.phone ?? '',
  phoneHasMessenger: client.phoneHasMessenger,
  nationality: client.nationality,
  region: client.region ?? '',
  educationIsced: client.educationIsced === null ? null : String(client.educationIsced),
  occupationIsco: client.occupationIsco ?? '',
  workExperienceYears: client.workExperienceYears ?? '',
  languages: client.languages.map((skill) => createLanguageDraft(skill.code, skill.level)),
  group: client.group,
  destinations: client.intentions?.destinations ?? [],
  purposes: client.intentions?.purposes ?? [],
  returnFromCountry: client.returnDetails?.fromCountry ?? null,
  returnedOn: client.returnDetails?.returnedOn ?? '',
  returnKind: client.returnDetails?.kind ?? null,
  heardVia: client.heardVia,
  family: client.family.map((link) =>
    link.relatedClientId
      ? { relation: link.relation, relatedClientId: link.relatedClientId }
      : { relation: link.relation, name: link.name ?? '' },
  ),
});

const clean = (value: string): string | undefined => {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const nameBody = (name: NameDraft) => ({
  given: clean(name.given),
  middle: clean(name.middle),
  family: clean(name.family),
});

const hasName = (name: NameDraft): boolean =>
  Boolean(clean(name.given) || clean(name.middle) || clean(name.family));

/** Spaces, dashes, dots and brackets are how people write numbers; the contract wants bare E.164. */
export const normalisePhone = (phone: string): string => phone.replace(/[\s\-().]/g, '');

const dateOfBirthBody = (draft: ClientDraft) => {
  const value = clean(draft.dobValue);
  return value ? { value, precision: draft.dobPrecision } : undefined;
};

const idDocumentBody = (draft: ClientDraft) =>
  draft.idDocumentType || clean(draft.idDocumentNumber)
    ? { type: draft.idDocumentType ?? undefined, number: clean(draft.idDocumentNumber) ?? '' }
    : undefined;

const numberOrUndefined = (value: string | number | null): number | undefined => {
  if (value === null || value === '') return undefined;
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
};

/** The profile fields shared by registration and update, in the contract's shape (unparsed). */
export const toProfileBody = (draft: ClientDraft) => ({
  name: nameBody(draft.name),
  nameOriginal: hasName(draft.nameOriginal) ? nameBody(draft.nameOriginal) : undefined,
  aliases: draft.aliases.map((alias) => alias.trim()).filter(Boolean),
  sex: draft.sex ?? undefined,
  dateOfBirth: dateOfBirthBody(draft),
  idDocument: idDocumentBody(draft),
  phone: clean(draft.phone) ? normalisePhone(draft.phone) : undefined,
  phoneHasMessenger: draft.phoneHasMessenger,
  nationality: draft.nationality ?? undefined,
  region: clean(draft.region),
  educationIsced: numberOrUndefined(draft.educationIsced),
  occupationIsco: clean(draft.occupationIsco),
  workExperienceYears: numberOrUndefined(draft.workExperienceYears),
  languages: draft.languages.map((skill) => ({
    code: skill.code ?? undefined,
    level: skill.level ?? undefined,
  })),
  group: draft.group ?? undefined,
  intentions:
    draft.group === 'prospective_migrant'
      ? { destinations: draft.destinations, purposes: draft.purposes }
      : undefined,
  returnDetails:
    draft.group === 'returnee'
      ? {
          fromCountry: draft.returnFromCountry ?? undefined,
          returnedOn: clean(draft.returnedOn),
          kind: draft.returnKind ?? undefined,
        }
      : undefined,
  heardVia: draft.heardVia ?? undefined,
  family: draft.family,
});

const consentOf = (draft: ClientDraft, purpose: string, textVersion: string) => ({
  purpose,
  textVersion: textVersion.trim(),
  language: draft.consentLanguage,
  givenBy: draft.consentGivenBy,
  guardianName: draft.consentGivenBy === 'guardian' ? clean(draft.guardianName) : undefined,
});

export const toCreateBody = (draft: ClientDraft) => ({
  centreId: draft.centreId ?? undefined,
  ...toProfileBody(draft),
  consents: [
    ...(draft.counsellingConsent ? [consentOf(draft, 'counselling', draft.consentTextVersion)] : []),
    ...(draft.followUpConsent ? [consentOf(draft, 'follow_up', draft.followUpTextVersion)] : []),
  ],
});

/** Whether the date of birth typed so far makes the person a minor today. */
export const isDraftMinor = (draft: ClientDraft): boolean => {
  const dob = DateOfBirth.safeParse(dateOfBirthBody(draft));
  return dob.success && isMinorOn(dob.data, new Date());
};

export const toUpdateBody = (draft: ClientDraft, version: number) => ({ ...toProfileBody(draft), version });

/**
 * The duplicate check runs while the form is being typed: it sends only the parts that are
 * already valid, so a half-typed phone or date does not stop the name from being checked.
 */
export const toDuplicateCheckBody = (draft: ClientDraft): DuplicateCheckBody | null => {
  const name = nameBody(draft.name);
  const longestPart = Math.max(...[name.given, name.middle, name.family].map((part) => part?.length ?? 0));
  if (longestPart < 2) return null;
  const body: DuplicateCheckBody = { name, aliases: draft.aliases.map((a) => a.trim()).filter(Boolean) };
  if (hasName(draft.nameOriginal)) body.nameOriginal = nameBody(draft.nameOriginal);
  if (draft.sex === 'female' || draft.sex === 'male' || draft.sex === 'other') body.sex = draft.sex;
  const dob = DateOfBirth.safeParse(dateOfBirthBody(draft));
  if (dob.success) body.dateOfBirth = dob.data;
  const phone = PhoneE164.safeParse(normalisePhone(draft.phone));
  if (phone.success) body.phone = phone.data;
  const idNumber = clean(draft.idDocumentNumber);
  const idType = idDocumentTypes.find((type) => type === draft.idDocumentType);
  if (idType && idNumber) body.idDocument = { type: idType, number: idNumber };
  if (draft.centreId) body.centreId = draft.centreId;
  return body;
};
