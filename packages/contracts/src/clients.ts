import { z } from 'zod';
import { CountryCode, Uuid, Version } from './common.js';

export const clientGroups = ['prospective_migrant', 'returnee', 'local_job_seeker'] as const;
export const ClientGroup = z.enum(clientGroups);
export type ClientGroup = z.infer<typeof ClientGroup>;

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export const Sex = z.enum(sexes);

export const dobPrecisions = ['exact', 'year', 'estimated'] as const;
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const CefrLevel = z.enum(cefrLevels);
/** `merged`: a duplicate folded into another record, kept for tracing. */
export const clientStatuses = ['active', 'closed', 'merged'] as const;
/** A stored record may also be `erased` (personal data removed); the API answers 410 for it. */
export const clientRecordStatuses = [...clientStatuses, 'erased'] as const;
export const idDocumentTypes = ['passport', 'national_id', 'birth_certificate', 'other'] as const;
export const migrationPurposes = ['work', 'vocational_training', 'study', 'regional'] as const;
export const returnKinds = ['voluntary', 'assisted_voluntary', 'forced', 'other'] as const;
export const heardVia = [
  'walk_in',
  'friends_family',
  'social_media',
  'radio_tv',
  'event',
  'partner_referral',
  'other',
] as const;
export const consentPurposes = ['counselling', 'follow_up', 'partner_sharing'] as const;
export const ConsentPurpose = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const IsoDate = z.iso.date();

/** A name as parts; one part is enough (many people have a single name). */
export const NameParts = z
  .strictObject({ given: optionalText(100), middle: optionalText(100), family: optionalText(100) })
  .refine((n) => Boolean(n.given || n.middle || n.family), { message: 'give at least one part of the name' });
export type NameParts = z.infer<typeof NameParts>;

/** A date of birth, or the year alone, or an estimate; never in the future, never over 120 years ago. */
export const DateOfBirth = z
  .strictObject({
    value: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'use YYYY-MM-DD or YYYY'),
    precision: z.enum(dobPrecisions),
  })
  .superRefine((dob, ctx) => {
    const isYearOnly = dob.value.length === 4;
    if (dob.precision === 'exact' && isYearOnly) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'an exact date needs a day and month' });
      return;
    }
    if (!isYearOnly && !IsoDate.safeParse(dob.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is not a calendar date' });
      return;
    }
    const year = Number(dob.value.slice(0, 4));
    const now = new Date();
    const isFuture = isYearOnly ? year > now.getUTCFullYear() : new Date(`${dob.value}T00:00:00Z`) > now;
    if (isFuture) ctx.addIssue({ code: 'custom', path: ['value'], message: 'is in the future' });
    if (now.getUTCFullYear() - year > 120)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'means an age over 120' });
  });
export type DateOfBirth = z.infer<typeof DateOfBirth>;

export const PhoneE164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'use international format, e.g. +233201234567');

export const LanguageSkill = z.strictObject({
  code: z.string().regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code'),
  level: z.enum([...cefrLevels, 'native']),
});

export const Intentions = z.strictObject({
  destinations: z.array(CountryCode).max(10).default([]),
  purposes: z.array(z.enum(migrationPurposes)).max(4).default([]),
});

export const ReturnDetails = z.strictObject({
  fromCountry: CountryCode,
  returnedOn: IsoDate.optional(),
  kind: z.enum(returnKinds),
});

/** The consent the person gave, as they saw it: which text version, in which language. */
export const ConsentInput = z
  .strictObject({
    purpose: ConsentPurpose,
    partnerOrganisationId: Uuid.optional(),
    textVersion: text(40),
    language: z.string().regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code'),
    /** A minor's consent is given by a guardian, who is named. */
    givenBy: z.enum(['client', 'guardian']).default('client'),
    guardianName: optionalText(200),
  })
  .superRefine((c, ctx) => {
    if (c.givenBy === 'guardian' && !c.guardianName) {
      ctx.addIssue({ code: 'custom', path: ['guardianName'], message: 'name the guardian who consented' });
    }
    if (c.givenBy === 'client' && c.guardianName) {
      ctx.addIssue({
        code: 'custom',
        path: ['guardianName'],
        message: 'applies only to consent given by a guardian',
      });
    }
  });
export type ConsentInput = z.infer<typeof ConsentInput>;

export const familyRelations = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'guardian',
  'household_member',
] as const;
/** A relative: another registered client, or just a name. */
export const FamilyLinkInput = z
  .strictObject({
    relation: z.enum(familyRelations),
    relatedClientId: Uuid.optional(),
    name: optionalText(200),
  })
  .refine((l) => Boolean(l.relatedClientId) !== Boolean(l.name), {
    message: 'give either a registered client or a name',
    path: ['name'],
  });

const clientFields = {
  name: NameParts,
  nameOriginal: NameParts.optional(),
  aliases: z.array(text(100)).max(10).default([]),
  sex: Sex,
  dateOfBirth: DateOfBirth.optional(),
  idDocument: z.strictObject({ type: z.enum(idDocumentTypes), number: text(40) }).optional(),
  phone: PhoneE164.optional(),
  phoneHasMessenger: z.boolean().default(false),
  nationality: CountryCode,
  region: optionalText(100),
  educationIsced: z.number().int().min(0).max(8).optional(),
  occupationIsco: z
    .string()
    .regex(/^\d{4}$/, 'use a 4-digit ISCO-08 code')
    .optional(),
  workExperienceYears: z.number().min(0).max(80).optional(),
  languages: z.array(LanguageSkill).max(20).default([]),
  group: ClientGroup,
  intentions: Intentions.optional(),
  returnDetails: ReturnDetails.optional(),
  heardVia: z.enum(heardVia).optional(),
  family: z.array(FamilyLinkInput).max(30).default([]),
};

export const CreateClientBody = z.strictObject({
  centreId: Uuid,
  ...clientFields,
  /** Consents given at registration; counselling consent is required. */
  consents: z.array(ConsentInput).min(1).max(10),
});
export type CreateClientBody = z.infer<typeof CreateClientBody>;
/** What a caller sends (defaults not yet applied). */
export type CreateClientInput = z.input<typeof CreateClientBody>;

export const UpdateClientBody = z.strictObject({ ...clientFields, version: Version });
export type UpdateClientBody = z.infer<typeof UpdateClientBody>;

export const Consent = z.object({
  id: Uuid,
  purpose: ConsentPurpose,
  partnerOrganisationId: Uuid.nullable(),
  textVersion: z.string(),
  language: z.string(),
  recordedBy: Uuid,
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  givenBy: z.enum(['client', 'guardian']),
  guardianName: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const Client = z.object({
  id: Uuid,
  caseCode: z.string(),
  countryCode: CountryCode,
  centreId: Uuid,
  status: z.enum(clientRecordStatuses),
  version: z.number().int(),
  name: z.object({
    given: z.string().nullable(),
    middle: z.string().nullable(),
    family: z.string().nullable(),
  }),
  nameOriginal: z
    .object({ given: z.string().nullable(), middle: z.string().nullable(), family: z.string().nullable() })
    .nullable(),
  aliases: z.array(z.string()),
  sex: Sex,
  dateOfBirth: z.object({ value: z.string(), precision: z.enum(dobPrecisions) }).nullable(),
  idDocument: z.object({ type: z.enum(idDocumentTypes), number: z.string() }).nullable(),
  phone: z.string().nullable(),
  phoneHasMessenger: z.boolean(),
  nationality: CountryCode,
  region: z.string().nullable(),
  educationIsced: z.number().int().nullable(),
  occupationIsco: z.string().nullable(),
  workExperienceYears: z.number().nullable(),
  languages: z.array(z.object({ code: z.string(), level: z.string() })),
  group: ClientGroup,
  intentions: z.object({ destinations: z.array(z.string()), purposes: z.array(z.string()) }).nullable(),
  returnDetails: z
    .object({ fromCountry: z.string(), returnedOn: z.string().optional(), kind: z.string() })
    .nullable(),
  heardVia: z.string().nullable(),
  family: z.array(
    z.object({
      relation: z.enum(familyRelations),
      relatedClientId: Uuid.nullable(),
      /** The relative's name: as entered, or the registered client's name when visible. */
      name: z.string().nullable(),
      relatedCaseCode: z.string().nullable(),
    }),
  ),
  isMinor: z.boolean(),
  consents: z.array(Consent),
  /** Set when this record was merged into another: the survivor's id. */
  mergedIntoId: Uuid.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof Client>;

/** One line of a list: enough to recognise the person, no more. */
export const ClientSummary = z.object({
  id: Uuid,
  caseCode: z.string(),
  centreId: Uuid,
  displayName: z.string(),
  displayNameOriginal: z.string().nullable(),
  sex: Sex,
  birthYear: z.number().int().nullable(),
  group: ClientGroup,
  status: z.enum(clientRecordStatuses),
  updatedAt: z.string(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const ClientListQuery = z.strictObject({
  group: ClientGroup.optional(),
  sex: Sex.optional(),
  status: z.enum(clientStatuses).optional(),
  centreId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const ClientList = z.object({ items: z.array(ClientSummary), total: z.number().int() });

/** Names, phones and dates travel in bodies, never in URLs. */
export const ClientSearchBody = z.strictObject({
  query: text(200),
  limit: z.number().int().min(1).max(50).default(20),
});

export const DuplicateCheckBody = z.strictObject({
  name: NameParts,
  nameOriginal: NameParts.optional(),
  aliases: z.array(text(100)).max(10).default([]),
  sex: Sex.optional(),
  dateOfBirth: DateOfBirth.optional(),
  phone: PhoneE164.optional(),
  idDocument: z.strictObject({ type: z.enum(idDocumentTypes), number: text(40) }).optional(),
  centreId: Uuid.optional(),
});
export type DuplicateCheckBody = z.infer<typeof DuplicateCheckBody>;

export const MatchReason = z.object({ code: z.string(), detail: z.string() });
export const DuplicateCandidate = z.object({
  score: z.number(),
  reasons: z.array(MatchReason),
  caseCode: z.string(),
  centreId: Uuid,
  centreName: z.string(),
  /** Only for clients of the caller's own centres; elsewhere just initials. */
  clientId: Uuid.nullable(),
  displayName: z.string().nullable(),
  initials: z.string(),
  birthYear: z.number().int().nullable(),
});
export const DuplicateCandidates = z.object({ items: z.array(DuplicateCandidate) });

export const ClientIdParams = z.strictObject({ clientId: Uuid });
export const ConsentParams = z.strictObject({ clientId: Uuid, consentId: Uuid });
export const ClientSearchResult = z.object({ items: z.array(ClientSummary.extend({ score: z.number() })) });

export const MergeClientBody = z.strictObject({
  duplicateId: Uuid,
  version: Version,
  duplicateVersion: Version,
});

/** Under 18 at `on`; with only a year known, counted as an adult from the start of the year they turn 18. */
export function isMinorOn(dob: { value: string } | null | undefined, on: Date): boolean {
  if (!dob) return false;
  const year = Number(dob.value.slice(0, 4));
  if (dob.value.length === 4) return on.getUTCFullYear() - year < 18;
  const eighteenth = new Date(`${year + 18}${dob.value.slice(4)}T00:00:00Z`);
  return on < eighteenth;
}
