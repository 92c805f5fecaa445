import {
  type AgeGroup,
  ageGroups,
  type GroupEvent,
  type GroupEventSummary,
  type ParticipantCounts,
  sexes,
} from '@pathways/contracts';
import type { EventDetails, EventRow } from './events.repo.js';

function countsOf(rows: { sex: string; age_group: string; participants: number }[]): ParticipantCounts {
  const zero = () => Object.fromEntries(ageGroups.map((g) => [g, 0])) as Record<AgeGroup, number>;
  const counts = Object.fromEntries(sexes.map((s) => [s, zero()])) as ParticipantCounts;
  for (const r of rows) counts[r.sex as keyof ParticipantCounts][r.age_group as AgeGroup] = r.participants;
  return counts;
}

export function presentEventSummary(row: EventRow, details: EventDetails): GroupEventSummary {
  const counts = details.participants.get(row.id) ?? [];
  return {
    id: row.id,
    countryCode: row.country_code,
    centreId: row.centre_id,
    kind: row.kind as GroupEvent['kind'],
    title: row.title,
    heldOn: row.held_on,
    topics: row.topics as GroupEvent['topics'],
    channel: row.channel as GroupEvent['channel'],
    location: row.location,
    partnerOrganisationIds: details.partners.get(row.id) ?? [],
    participants: countsOf(counts),
    participantsTotal: counts.reduce((sum, c) => sum + c.participants, 0),
    attendeeCount: details.attendees.get(row.id)?.length ?? 0,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentEvent(row: EventRow, details: EventDetails): GroupEvent {
  const { attendeeCount: _, ...summary } = presentEventSummary(row, details);
  return {
    ...summary,
    notes: row.notes,
    attendees: (details.attendees.get(row.id) ?? []).map((a) => ({
      clientId: a.client_id,
      caseCode: a.case_code,
    })),
  };
}
