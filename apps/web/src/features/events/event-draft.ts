import {
  type AgeGroup,
  ageGroups,
  type counsellingTopics,
  type eventChannels,
  type eventKinds,
  type GroupEvent,
  type ParticipantCounts,
  sexes,
} from '@pathways/contracts';

export type Sex = (typeof sexes)[number];
export type EventKind = (typeof eventKinds)[number];
export type EventChannel = (typeof eventChannels)[number];
export type CounsellingTopic = (typeof counsellingTopics)[number];

export type Attendee = { clientId: string; caseCode: string };

/** The event form's state; empty selects are '' until chosen (the contract then names them). */
export type EventDraft = {
  centreId: string;
  kind: EventKind | '';
  title: string;
  heldOn: string;
  topics: CounsellingTopic[];
  channel: EventChannel | '';
  location: string;
  notes: string;
  partnerOrganisationIds: string[];
  participants: ParticipantCounts;
  attendees: Attendee[];
};

const zeros = (): Record<AgeGroup, number> =>
  Object.fromEntries(ageGroups.map((group) => [group, 0])) as Record<AgeGroup, number>;

export const emptyParticipants = (): ParticipantCounts =>
  Object.fromEntries(sexes.map((sex) => [sex, zeros()])) as ParticipantCounts;

export const emptyEventDraft = (centreId: string, today: string): EventDraft => ({
  centreId,
  kind: '',
  title: '',
  heldOn: today,
  topics: [],
  channel: '',
  location: '',
  notes: '',
  partnerOrganisationIds: [],
  participants: emptyParticipants(),
  attendees: [],
});

export const draftOfEvent = (event: GroupEvent): EventDraft => ({
  centreId: event.centreId,
  kind: event.kind,
  title: event.title,
  heldOn: event.heldOn,
  topics: [...event.topics],
  channel: event.channel,
  location: event.location ?? '',
  notes: event.notes,
  partnerOrganisationIds: [...event.partnerOrganisationIds],
  participants: structuredClone(event.participants),
  attendees: event.attendees.map((a) => ({ clientId: a.clientId, caseCode: a.caseCode })),
});

/** A count typed into the grid: blanks are 0, anything else a whole number not below 0. */
export const countOf = (value: string | number): number => {
  const n = typeof value === 'number' ? value : Number(value.trim() === '' ? 0 : value);
  return Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
};

export const withCount = (
  participants: ParticipantCounts,
  sex: Sex,
  group: AgeGroup,
  value: string | number,
): ParticipantCounts => ({ ...participants, [sex]: { ...participants[sex], [group]: countOf(value) } });

export const totalOfSex = (participants: ParticipantCounts, sex: Sex) =>
  ageGroups.reduce((sum, group) => sum + participants[sex][group], 0);

export const totalOfAgeGroup = (participants: ParticipantCounts, group: AgeGroup) =>
  sexes.reduce((sum, sex) => sum + participants[sex][group], 0);

export const participantsTotal = (participants: ParticipantCounts) =>
  sexes.reduce((sum, sex) => sum + totalOfSex(participants, sex), 0);

/** What the API takes (parsed by the same contract before sending); `version` for an edit. */
export const bodyOfDraft = (draft: EventDraft) => ({
  kind: draft.kind || undefined,
  title: draft.title,
  heldOn: draft.heldOn,
  topics: draft.topics,
  channel: draft.channel || undefined,
  location: draft.location.trim() === '' ? null : draft.location,
  notes: draft.notes,
  partnerOrganisationIds: draft.partnerOrganisationIds,
  participants: draft.participants,
  attendeeClientIds: draft.attendees.map((a) => a.clientId),
});
