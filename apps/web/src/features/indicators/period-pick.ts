/**
 * The dashboard's period picker as data. Suppressed views (the analyst, any view across countries)
 * accept whole months, quarters or years only, so the picker can only produce those for them;
 * managers seeing their own scope may also give a free range of dates.
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'range';

export type PeriodPick =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'range'; from: string; to: string };

/** What the URL and the API carry: a period key, or a range of ISO dates. */
export type PeriodSearch = { period?: string; from?: string; to?: string };

const pad = (n: number) => String(n).padStart(2, '0');
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PERIOD_KEY = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  ISO_DATE.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const isPeriodKey = (value: unknown): value is string =>
  typeof value === 'string' && PERIOD_KEY.test(value);

/** `2026`, `2026-Q2` or `2026-04`; null for a free range. */
export function periodKeyOf(pick: PeriodPick): string | null {
  switch (pick.kind) {
    case 'year':
      return String(pick.year);
    case 'quarter':
      return `${pick.year}-Q${pick.quarter}`;
    case 'month':
      return `${pick.year}-${pad(pick.month)}`;
    case 'range':
      return null;
  }
}

/** The pick a period key names; null for a malformed key. */
export function pickOfKey(key: string): PeriodPick | null {
  const match = PERIOD_KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'quarter', year, quarter: Number(match[2]) };
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  return { kind: 'year', year };
}

/**
 * The pick the URL asks for. Without one, or with a range where ranges are not allowed, the
 * current year (as the server defaults to it).
 */
export function pickOfSearch(search: PeriodSearch, today: Date, allowRange: boolean): PeriodPick {
  if (search.period) {
    const pick = pickOfKey(search.period);
    if (pick) return pick;
  }
  if (allowRange && isIsoDate(search.from) && isIsoDate(search.to) && search.from <= search.to)
    return { kind: 'range', from: search.from, to: search.to };
  return { kind: 'year', year: today.getFullYear() };
}

/** What to put in the URL for a pick; the current year is the default and stays out of it. */
export function searchOfPick(pick: PeriodPick, today: Date): PeriodSearch {
  if (pick.kind === 'range') return { from: pick.from, to: pick.to };
  if (pick.kind === 'year' && pick.year === today.getFullYear()) return {};
  return { period: periodKeyOf(pick) ?? undefined };
}

/** The first and last day of a pick, as ISO dates. */
export function datesOfPick(pick: PeriodPick): { from: string; to: string } {
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  switch (pick.kind) {
    case 'year':
      return { from: `${pick.year}-01-01`, to: `${pick.year}-12-31` };
    case 'quarter': {
      const last = pick.quarter * 3;
      return {
        from: `${pick.year}-${pad(last - 2)}-01`,
        to: `${pick.year}-${pad(last)}-${lastDay(pick.year, last)}`,
      };
    }
    case 'month':
      return {
        from: `${pick.year}-${pad(pick.month)}-01`,
        to: `${pick.year}-${pad(pick.month)}-${lastDay(pick.year, pick.month)}`,
      };
    case 'range':
      return { from: pick.from, to: pick.to };
  }
}

/**
 * Switching the kind keeps what it can: the year, and the quarter or month that holds the start
 * of the previous pick (or today, in today's year). A range starts as the previous pick's dates.
 */
export function changeKind(pick: PeriodPick, kind: PeriodKind, today: Date): PeriodPick {
  const { from, to } = datesOfPick(pick);
  const year = Number(from.slice(0, 4));
  const isThisYear = year === today.getFullYear() && pick.kind === 'year';
  const month = isThisYear ? today.getMonth() + 1 : Number(from.slice(5, 7));
  switch (kind) {
    case 'year':
      return { kind, year };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) };
    case 'month':
      return { kind, year, month };
    case 'range':
      return { kind, from, to };
  }
}

/** The years offered: from `first` to the current year, newest first. */
export const yearChoices = (today: Date, first = today.getFullYear() - 6): number[] =>
  Array.from({ length: today.getFullYear() - first + 1 }, (_, i) => today.getFullYear() - i);
