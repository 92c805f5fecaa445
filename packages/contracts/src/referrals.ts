import { z } from 'zod';
import { LanguageSkill } from './clients.js';
import { Uuid, Version } from './common.js';
import { LocalisedText, OfferCategory } from './offers.js';

export const referralStatuses = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'enrolled',
  'completed',
  'dropped_out',
  'no_show',
  'cancelled',
] as const;
export const ReferralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/** What the partner learns about the person. The case code is always shared. */
export const shareableFields = [
  'givenName',
  'familyName',
  'phone',
  'languages',
  'reason',
  'sex',
  'birthYear',
  'educationIsced',
  'occupationIsco',
  'region',
  'clientGroup',
] as const;
export const ShareableField = z.enum(shareableFields);
export type ShareableField = z.infer<typeof ShareableField>;
export const defaultSharedFields: ShareableField[] = ['givenName', 'phone', 'languages', 'reason'];

export const referralOutcomes = [
  'certificate_obtained',
  'job',
  'business_started',
  'migrated_regularly',
  'other',
] as const;
export const ReferralOutcome = z.enum(referralOutcomes);
export type ReferralOutcome = z.infer<typeof ReferralOutcome>;

export const CreateReferralBody = z
  .strictObject({
    /** An offer, or a partner organisation directly (e.g. psychosocial support on demand). */
    offerId: Uuid.optional(),
    partnerOrganisationId: Uuid.optional(),
    reason: z.string().trim().min(1).max(1000),
    sharedFields: z.array(ShareableField).min(1).max(shareableFields.length).default(defaultSharedFields),
    /** The client's consent to share with this partner organisation. */
    consentId: Uuid,
    /** Send at once (the usual case) or keep as a draft. */
    send: z.boolean().default(true),
  })
  .refine((b) => Boolean(b.offerId) !== Boolean(b.partnerOrganisationId), {
    path: ['offerId'],
    message: 'name either an offer or a partner organisation',
  });
export type CreateReferralBody = z.infer<typeof CreateReferralBody>;

/** One body for every status change; each target status needs its own fields. */
export const ReferralTransitionBody = z
  .strictObject({
    to: ReferralStatus.exclude(['draft']),
    version: Version,
    /** Why the partner declined or the sender cancelled. */
    reason: z.string().trim().min(1).max(1000).optional(),
    outcome: ReferralOutcome.optional(),
    /** The partner's feedback to the counsellor. */
    feedback: z.string().trim().max(2000).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.to === 'declined' || b.to === 'cancelled') && !b.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why' });
    if (b.to === 'completed' && !b.outcome)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'give the outcome of the measure' });
    if (b.to !== 'completed' && b.outcome)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'only a completed referral has an outcome',
      });
  });
export type ReferralTransitionBody = z.infer<typeof ReferralTransitionBody>;

export const ReferralEvent = z.object({
  from: ReferralStatus.nullable(),
  to: ReferralStatus,
  at: z.iso.datetime(),
  actorName: z.string(),
  /** Partner staff or centre staff: partners' answers may be recorded on their behalf. */
  actorSide: z.enum(['centre', 'partner']),
  reason: z.string().nullable(),
});

const ReferralOffer = z.object({ id: Uuid, title: LocalisedText, category: OfferCategory }).nullable();

/** The centre's view of a referral. */
export const Referral = z.object({
  id: Uuid,
  clientId: Uuid,
  caseCode: z.string(),
  clientDisplayName: z.string(),
  centreId: Uuid,
  partnerOrganisationId: Uuid,
  partnerName: z.string(),
  offer: ReferralOffer,
  reason: z.string(),
  sharedFields: z.array(ShareableField),
  consentId: Uuid,
  status: ReferralStatus,
  declineReason: z.string().nullable(),
  outcome: ReferralOutcome.nullable(),
  feedback: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  /** Sent and unanswered longer than the country's limit. */
  overdue: z.boolean(),
  /** The statuses this actor may move it to now. */
  allowedTransitions: z.array(ReferralStatus),
  version: z.number().int(),
  events: z.array(ReferralEvent),
});
export type Referral = z.infer<typeof Referral>;
export const ReferralList = z.object({
  items: z.array(Referral.omit({ events: true })),
  total: z.number().int(),
});
export const ReferralListQuery = z.strictObject({
  clientId: Uuid.optional(),
  status: ReferralStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ReferralIdParams = z.strictObject({ referralId: Uuid });

/**
 * The partner's view: the snapshot of the shared fields taken when it was sent, nothing more.
 * After consent is withdrawn (or the client erased) `shared` is null: case code, status, dates.
 */
export const SharedClientData = z
  .object({
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    phone: z.string().nullable(),
    languages: z.array(LanguageSkill),
    reason: z.string(),
    sex: z.string(),
    birthYear: z.number().int().nullable(),
    educationIsced: z.number().int().nullable(),
    occupationIsco: z.string().nullable(),
    region: z.string().nullable(),
    clientGroup: z.string(),
  })
  .partial();
export type SharedClientData = z.infer<typeof SharedClientData>;

export const PartnerReferral = z.object({
  id: Uuid,
  caseCode: z.string(),
  status: ReferralStatus,
  offer: ReferralOffer,
  shared: SharedClientData.nullable(),
  declineReason: z.string().nullable(),
  outcome: ReferralOutcome.nullable(),
  feedback: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  allowedTransitions: z.array(ReferralStatus),
  version: z.number().int(),
});
export type PartnerReferral = z.infer<typeof PartnerReferral>;
export const PartnerReferralList = z.object({ items: z.array(PartnerReferral), total: z.number().int() });
export const PartnerReferralListQuery = z.strictObject({
  status: ReferralStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ReferralSettings = z.object({ countryCode: z.string(), overdueAfterDays: z.number().int() });
export const UpdateReferralSettingsBody = z.strictObject({
  overdueAfterDays: z.number().int().min(1).max(90),
});
export const ReferralSettingsParams = z.strictObject({
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
});
