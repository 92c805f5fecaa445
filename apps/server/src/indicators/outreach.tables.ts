import { ageGroups, type IndicatorTable } from '@pathways/contracts';
import {
  add,
  askedPeriodKey,
  type Book,
  calendarLinesAt,
  countColumn,
  key,
  periodKeysOfMonth,
  type Reader,
  type ReportContext,
  SEX_COLUMNS,
  shownSexes,
  TOTAL,
  vary,
} from './indicator-book.js';
import type { ParticipantFact } from './outreach.repo.js';

const AGE_ROWS = [...ageGroups, TOTAL];
const eventKey = (period: string, age: string, sex: string) => key('evt', period, age, sex);
const reachKey = (sex: string) => key('rch', sex);

/** Event participants: additive, so linked over the year when suppressed. */
export function bookEventParticipants(book: Book, ctx: ReportContext, facts: ParticipantFact[]) {
  for (const f of facts)
    for (const period of periodKeysOfMonth(ctx, f.month))
      for (const age of [f.age_group, TOTAL])
        for (const sex of [f.sex, TOTAL]) add(book, eventKey(period, age, sex), f.n);
  // Parts: family, period, age group, sex.
  book.families.set('evt', (parts) => [
    vary(parts, 3, SEX_COLUMNS),
    vary(parts, 2, AGE_ROWS),
    ...calendarLinesAt(ctx, parts, 1),
  ]);
}

export function presentEventParticipants(reader: Reader, ctx: ReportContext): IndicatorTable {
  const period = askedPeriodKey(ctx);
  const sexes = shownSexes(ctx);
  return {
    id: 'event_participants',
    indicator: 'event_participants',
    rowDimension: 'age_group',
    columns: sexes.map((s) => countColumn(s, 'event_participants')),
    rows: AGE_ROWS.map((age) => ({
      key: age,
      label: null,
      cells: sexes.map((sex) => reader.count(eventKey(period, age, sex))),
    })),
  };
}

/**
 * People reached, by sex: the people counselled (their distinct count, by sex), plus attendees
 * not counselled in the period, plus unlinked participants. One row.
 */
export function bookPeopleReached(
  book: Book,
  counselledBySex: Map<string, number>,
  beyond: { sex: string; attended_only: number; anonymous: number }[],
) {
  for (const [sex, n] of counselledBySex) {
    add(book, reachKey(sex), n);
    add(book, reachKey(TOTAL), n);
  }
  for (const r of beyond) {
    add(book, reachKey(r.sex), r.attended_only + r.anonymous);
    add(book, reachKey(TOTAL), r.attended_only + r.anonymous);
  }
  book.families.set('rch', (parts) => [vary(parts, 1, SEX_COLUMNS)]);
}

export function presentPeopleReached(reader: Reader, ctx: ReportContext): IndicatorTable {
  const sexes = shownSexes(ctx);
  return {
    id: 'people_reached',
    indicator: 'people_reached',
    rowDimension: 'none',
    columns: sexes.map((s) => countColumn(s, 'people_reached')),
    rows: [{ key: TOTAL, label: null, cells: sexes.map((sex) => reader.count(reachKey(sex))) }],
  };
}
