/**
 * Reporting periods. Dates are calendar dates in the centre's time zone (sessions are recorded
 * with their local date; timestamps are turned into local dates before they are counted).
 */

export type Period = {
  from: string;
  to: string;
  /** `2026`, `2026-Q1` or `2026-03` when the period is exactly one of those; otherwise null. */
  key: string | null;
};

/** The longest range a manager may ask for at once, in days (about ten years). */
export const MAX_PERIOD_DAYS = 3_700;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period a key names; throws on a malformed key. */
export function periodOfKey(key: string): Period {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(key);
  if (!match) throw new Error(`not a period key: ${key}`);
  const year = Number(match[1]);
  if (match[2]) {
    const q = Number(match[2]);
    const last = 3 * q;
    return {
      from: `${year}-${pad(last - 2)}-01`,
      to: `${year}-${pad(last)}-${lastDayOfMonth(year, last)}`,
      key,
    };
  }
  if (match[3]) {
    const m = Number(match[3]);
    return { from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${lastDayOfMonth(year, m)}`, key };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31`, key };
}

/** A range of dates, recognised as a whole month, quarter or year when it is exactly one. */
export function periodOfRange(from: string, to: string): Period {
  const year = from.slice(0, 4);
  if (to.slice(0, 4) === year) {
    const month = Number(from.slice(5, 7));
    const candidates = [
      year,
      `${year}-${pad(month)}`,
      ...(month % 3 === 1 ? [`${year}-Q${(month + 2) / 3}`] : []),
    ];
    for (const key of candidates) {
      const p = periodOfKey(key);
      if (p.from === from && p.to === to) return p;
    }
  }
  return { from, to, key: null };
}

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export type PeriodProblem = { field: 'period' | 'from' | 'to'; message: string };

/**
 * Why a period cannot be used, or null. Suppressed views (the analyst, any view across countries)
 * take only a whole month, quarter or year: with free date ranges, two overlapping answers that
 * differ by a day would reveal that day's few people.
 */
export function checkPeriod(period: Period, isSuppressedView: boolean): PeriodProblem | null {
  if (isSuppressedView && period.key === null)
    return { field: 'period', message: 'must be a whole month, quarter or year (YYYY-MM, YYYY-Qn, YYYY)' };
  if (daysBetween(period.from, period.to) > MAX_PERIOD_DAYS)
    return { field: 'to', message: `must be within ${MAX_PERIOD_DAYS} days of from` };
  return null;
}

/** `YYYY-MM` of every month the period touches, in order. */
export function monthsOf(period: Pick<Period, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
