import { z } from 'zod';
import { CounsellingTopic } from './casework.js';
import { CountryCode, MAX_VERSION, Uuid, Version } from './common.js';

/**
 * Age groups of the programme's reporting. The four adult bands are the programme's; `under_15`
 * (school outreach) and `unknown` keep every participant countable without guessing.
 */
export const ageGroups = ['under_15', '15_24', '25_34', '35_44', '45_plus', 'unknown'] as const;
export const AgeGroup = z.enum(ageGroups);
export type AgeGroup = z.infer<typeof AgeGroup>;

export const eventKinds = [
  'information_session',
  'job_fair',
  'school_outreach',
  'community_outreach',
  'online_session',
  'other',
] as const;
export const EventKind = z.enum(eventKinds);
export const eventChannels = ['in_person', 'online', 'hybrid'] as const;
export const EventChannel = z.enum(eventChannels);

const IsoDate = z.iso.date();
const Count = z.number().int().min(0).max(100_000);

/** Participants by age group for one sex; groups left out count as 0. */
const CountsByAgeGroup = z.strictObject({
  under_15: Count.default(0),
  '15_24': Count.default(0),
  '25_34': Count.default(0),
  '35_44': Count.default(0),
  '45_plus': Count.default(0),
  unknown: Count.default(0),
});
/** Participants counted by sex × age group (the form's grid); a sex left out counts as 0. */
export const ParticipantCounts = z.strictObject({
  female: CountsByAgeGroup.prefault({}),
  male: CountsByAgeGroup.prefault({}),
  other: CountsByAgeGroup.prefault({}),
  unknown: CountsByAgeGroup.prefault({}),
});
export type ParticipantCounts = z.infer<typeof ParticipantCounts>;

const EventFields = {
  kind: EventKind,
  title: z.string().trim().min(1).max(200),
  heldOn: IsoDate,
  topics: z.array(CounsellingTopic).min(1).max(12),
  channel: EventChannel,
  location: z.string().trim().max(300).nullable().default(null),
  notes: z.string().trim().max(5_000).default(''),
  /** Co-organising partner organisations of the event's country. */
  partnerOrganisationIds: z.array(Uuid).max(20).default([]),
  participants: ParticipantCounts,
  /** Registered clients who attended (optional); never more than the participants counted. */
  attendeeClientIds: z.array(Uuid).max(2_000).default([]),
};

export const CreateEventBody = z.strictObject({ centreId: Uuid, ...EventFields });
export type CreateEventBody = z.infer<typeof CreateEventBody>;
/** A full replacement of the editable fields, at the version read (409 when stale). */
export const UpdateEventBody = z.strictObject({ ...EventFields, version: Version });
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;
export const DeleteEventQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(MAX_VERSION),
});

export const EventAttendee = z.object({ clientId: Uuid, caseCode: z.string() });

export const GroupEvent = z.object({
  id: Uuid,
  countryCode: CountryCode,
  centreId: Uuid,
  kind: EventKind,
  title: z.string(),
  heldOn: z.string(),
  topics: z.array(CounsellingTopic),
  channel: EventChannel,
  location: z.string().nullable(),
  notes: z.string(),
  partnerOrganisationIds: z.array(Uuid),
  participants: ParticipantCounts,
  participantsTotal: z.number().int(),
  attendees: z.array(EventAttendee),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type GroupEvent = z.infer<typeof GroupEvent>;

export const GroupEventSummary = GroupEvent.omit({ attendees: true, notes: true }).extend({
  attendeeCount: z.number().int(),
});
export type GroupEventSummary = z.infer<typeof GroupEventSummary>;
export const GroupEventList = z.object({ items: z.array(GroupEventSummary), total: z.number().int() });

export const EventListQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  country: CountryCode.optional(),
  centreId: Uuid.optional(),
  kind: EventKind.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const EventIdParams = z.strictObject({ eventId: Uuid });
