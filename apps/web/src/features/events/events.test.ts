import { CreateEventBody, UpdateEventBody } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import {
  bodyOfDraft,
  countOf,
  emptyEventDraft,
  participantsTotal,
  totalOfAgeGroup,
  totalOfSex,
  withCount,
} from './event-draft';
import { eventListQueryString, parseEventListSearch } from './event-search';

const CENTRE = '01a21e13-0a61-7391-99cb-b127fd4740e2';

describe('participant grid', () => {
  it('reads blanks as 0 and never keeps a negative or fractional count', () => {
    expect(countOf('')).toBe(0);
    expect(countOf('  ')).toBe(0);
    expect(countOf('12')).toBe(12);
    expect(countOf(-3)).toBe(0);
    expect(countOf(4.7)).toBe(4);
    expect(countOf('abc')).toBe(0);
  });

  it('adds up rows (sex), columns (age group) and the whole grid', () => {
    let p = emptyEventDraft(CENTRE, '2026-05-01').participants;
    p = withCount(p, 'female', '15_24', 7);
    p = withCount(p, 'female', '25_34', '3');
    p = withCount(p, 'male', '15_24', 5);
    p = withCount(p, 'unknown', 'unknown', 2);
    expect(totalOfSex(p, 'female')).toBe(10);
    expect(totalOfSex(p, 'male')).toBe(5);
    expect(totalOfAgeGroup(p, '15_24')).toBe(12);
    expect(participantsTotal(p)).toBe(17);
  });
});

describe('event body', () => {
  it('turns a filled form into a body the shared contract accepts', () => {
    const draft = {
      ...emptyEventDraft(CENTRE, '2026-05-01'),
      kind: 'job_fair' as const,
      title: 'Accra job fair',
      topics: ['local_jobs' as const],
      channel: 'in_person' as const,
      location: '   ',
      participants: withCount(emptyEventDraft(CENTRE, '2026-05-01').participants, 'female', '25_34', 4),
      attendees: [{ clientId: '00000000-0000-4000-8000-000000000009', caseCode: 'GH-ACC-2026-000001' }],
    };
    const parsed = CreateEventBody.safeParse({ centreId: CENTRE, ...bodyOfDraft(draft) });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.location).toBeNull();
    expect(parsed.data?.attendeeClientIds).toEqual(['00000000-0000-4000-8000-000000000009']);
    expect(UpdateEventBody.safeParse({ ...bodyOfDraft(draft), version: 2 }).success).toBe(true);
  });

  it('leaves unchosen selects out, so the contract names them', () => {
    const parsed = CreateEventBody.safeParse({
      centreId: CENTRE,
      ...bodyOfDraft(emptyEventDraft(CENTRE, '2026-05-01')),
    });
    const fields = parsed.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(fields).toEqual(['channel', 'kind', 'title', 'topics']);
  });
});

describe('event list filters in the URL', () => {
  it('keeps valid filters, drops the rest, and pages by offset', () => {
    const search = parseEventListSearch({
      from: '2026-01-01',
      to: '2026-13-01',
      centreId: CENTRE,
      kind: 'job_fair',
      page: '3',
      q: 'Ama',
    });
    expect(search).toEqual({ from: '2026-01-01', centreId: CENTRE, kind: 'job_fair', page: 3 });
    expect(Object.fromEntries(new URLSearchParams(eventListQueryString(search)))).toEqual({
      from: '2026-01-01',
      centreId: CENTRE,
      kind: 'job_fair',
      limit: '25',
      offset: '50',
    });
    expect(parseEventListSearch({ page: '1', kind: 'party' })).toEqual({});
  });
});
