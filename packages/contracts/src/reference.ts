import { z } from 'zod';
import { CountryCode, Uuid } from './common.js';

export const countryStatuses = ['active', 'handed_over'] as const;
export const CountryStatus = z.enum(countryStatuses);

export const Centre = z.object({
  id: Uuid,
  countryCode: CountryCode,
  code: z.string(),
  name: z.string(),
  city: z.string(),
  operator: z.string(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  status: z.enum(['active', 'handed_over']),
});
export type Centre = z.infer<typeof Centre>;

export const Country = z.object({
  code: CountryCode,
  name: z.string(),
  status: CountryStatus,
  uiLanguages: z.array(z.string()),
  partnerInstitution: z.string(),
  centres: z.array(Centre),
});
export type Country = z.infer<typeof Country>;
export const CountryList = z.object({ items: z.array(Country) });

export const partnerTypes = [
  'ministry',
  'public_employment_service',
  'tvet_institution',
  'language_school',
  'ngo',
  'private_employer',
  'multilateral',
  'eu_programme',
  'diaspora_organisation',
  'microfinance',
  'health_psychosocial',
] as const;
export const PartnerType = z.enum(partnerTypes);

export const PartnerOrganisation = z.object({
  id: Uuid,
  countryCode: CountryCode,
  name: z.string(),
  type: PartnerType,
});
export type PartnerOrganisation = z.infer<typeof PartnerOrganisation>;
export const PartnerOrganisationList = z.object({ items: z.array(PartnerOrganisation) });

/** Counts within the actor's scope, for the home page. */
export const Summary = z.object({
  countries: z.number().int(),
  centres: z.number().int(),
  partnerOrganisations: z.number().int(),
  activeUsers: z.number().int(),
});
export type Summary = z.infer<typeof Summary>;

export const codeListNames = [
  'isced_2011',
  'isco_08',
  'counselling_topics',
  'session_channels',
  'languages',
] as const;
export const CodeListName = z.enum(codeListNames);
export type CodeListName = z.infer<typeof CodeListName>;
export const CodeLists = z.object({
  lists: z.array(
    z.object({
      list: CodeListName,
      version: z.string(),
      items: z.array(
        z.object({ code: z.string(), labels: z.object({ en: z.string(), fr: z.string(), ar: z.string() }) }),
      ),
    }),
  ),
});
export type CodeLists = z.infer<typeof CodeLists>;

export const AuditQuery = z.strictObject({
  entityId: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  action: z.string().max(60).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Page backwards: events older than this sequence number. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditEvent = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The roles the actor held when acting; empty for system events and older ones. */
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  countryCode: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});
export const AuditEventList = z.object({ items: z.array(AuditEvent) });
/**
 * Why a chain fails: `link` (previous hash does not match: deleted, inserted or moved event),
 * `content` (edited), `sequence` (positions skip or repeat), `truncated` (events a signed head
 * covered are gone), `recomputed` (hashes rewritten: no longer what a signed head covered),
 * `signature` (a head whose HMAC does not verify: forged or signed with another key).
 */
export const AuditBreakReason = z.enum([
  'link',
  'content',
  'sequence',
  'truncated',
  'recomputed',
  'signature',
]);
export type AuditBreakReason = z.infer<typeof AuditBreakReason>;
export const AuditChainVerdict = z.object({
  /** A country code, 'global' (no country) or 'legacy' (events before per-country chains). */
  chain: z.string(),
  isIntact: z.boolean(),
  checked: z.number().int(),
  lastChainSeq: z.number().int(),
  /** Position and time of the latest authentic signed head; null when none yet. */
  signedChainSeq: z.number().int().nullable(),
  signedAt: z.string().nullable(),
  /** Events after the latest signed head (written since the last seal). */
  unsigned: z.number().int(),
  firstBroken: z
    .object({
      /** The event's trail number; null when the event is gone (truncated). */
      seq: z.number().int().nullable(),
      chainSeq: z.number().int(),
      eventId: z.string().nullable(),
      reason: AuditBreakReason,
    })
    .nullable(),
});
export type AuditChainVerdict = z.infer<typeof AuditChainVerdict>;
export const AuditChainReport = z.object({
  isIntact: z.boolean(),
  checked: z.number().int(),
  /** The first broken event over all chains (null when intact, or when the event is gone). */
  firstBrokenSeq: z.number().int().nullable(),
  reason: AuditBreakReason.nullable(),
  chains: z.array(AuditChainVerdict),
  /** Signed heads checked, from the database and from the head file outside it. */
  headsChecked: z.number().int(),
  /** `development`: the published fallback key; heads then prove nothing against forgery. */
  signingKey: z.enum(['configured', 'development']),
  verifiedAt: z.string(),
});
export type AuditChainReport = z.infer<typeof AuditChainReport>;
