import type { Country, IndicatorTable, Membership } from '@pathways/contracts';
import { periodOfKey, periodOfRange } from '@pathways/domain/indicators';
import { describe, expect, it } from 'vitest';
import { numberFormatsOf, showCell } from './cells';
import { chartRowsOf } from './chart-data';
import {
  exportHref,
  indicatorQueryString,
  parseIndicatorSearch,
  withCentre,
  withCountry,
} from './indicator-search';
import {
  changeKind,
  datesOfPick,
  type PeriodPick,
  periodKeyOf,
  pickOfSearch,
  searchOfPick,
} from './period-pick';
import { drillOf, reachOf } from './reach';

const CENTRE = '01a21e13-0a61-7391-99cb-b127fd4740e2';
const today = new Date(2026, 4, 17); // 17 May 2026, local time

describe('filters in the URL', () => {
  it('keeps well-formed filters and drops the rest', () => {
    expect(
      parseIndicatorSearch({
        period: '2026-Q2',
        country: 'GH',
        centre: CENTRE.toUpperCase(),
        clientGroup: 'returnee',
        sex: 'female',
        name: 'Ama Mensah',
      }),
    ).toEqual({ period: '2026-Q2', country: 'GH', centre: CENTRE, clientGroup: 'returnee', sex: 'female' });
    expect(
      parseIndicatorSearch({
        period: '2026-Q5',
        country: 'gh',
        centre: 'x',
        clientGroup: 'tourist',
        sex: 'f',
      }),
    ).toEqual({});
  });

  it('takes a range only when both dates are real and in order, and a period key over a range', () => {
    expect(parseIndicatorSearch({ from: '2026-01-10', to: '2026-02-28' })).toEqual({
      from: '2026-01-10',
      to: '2026-02-28',
    });
    expect(parseIndicatorSearch({ from: '2026-03-01', to: '2026-02-28' })).toEqual({});
    expect(parseIndicatorSearch({ from: '2026-02-30', to: '2026-03-01' })).toEqual({});
    expect(parseIndicatorSearch({ period: '2026', from: '2026-01-10', to: '2026-02-28' })).toEqual({
      period: '2026',
    });
  });

  it('round-trips through the query string the API and the exports receive', () => {
    const search = parseIndicatorSearch({
      period: '2026-03',
      country: 'GH',
      clientGroup: 'returnee',
      sex: 'female',
    });
    const query = indicatorQueryString(search, 'month');
    const back = Object.fromEntries(new URLSearchParams(query));
    expect(back).toEqual({
      period: '2026-03',
      country: 'GH',
      clientGroup: 'returnee',
      sex: 'female',
      breakdown: 'month',
    });
    expect(parseIndicatorSearch(back)).toEqual(search);
  });

  it('builds download links that carry the filters and the language only', () => {
    const href = exportHref({ period: '2026', country: 'GH', sex: 'female' }, 'centre', 'xlsx', 'fr');
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/api/indicators/export.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      period: '2026',
      country: 'GH',
      sex: 'female',
      breakdown: 'centre',
      lang: 'fr',
    });
  });

  it('drills down and back up: a new country drops the centre, a centre keeps its country', () => {
    const atCentre = withCentre({ period: '2026', country: 'GH' }, CENTRE, 'GH');
    expect(atCentre).toEqual({ period: '2026', country: 'GH', centre: CENTRE });
    expect(withCountry(atCentre, 'MA')).toEqual({ period: '2026', country: 'MA' });
    expect(withCountry(atCentre, undefined)).toEqual({ period: '2026' });
    expect(withCentre(atCentre, undefined)).toEqual({ period: '2026', country: 'GH' });
  });
});

describe('period picker', () => {
  const picks: PeriodPick[] = [
    { kind: 'year', year: 2024 },
    ...[1, 2, 3, 4].map((quarter) => ({ kind: 'quarter' as const, year: 2024, quarter })),
    ...Array.from({ length: 12 }, (_, i) => ({ kind: 'month' as const, year: 2024, month: i + 1 })),
  ];

  it('produces only whole months, quarters and years, exactly as the server reads them', () => {
    for (const pick of picks) {
      const key = periodKeyOf(pick);
      expect(key).not.toBeNull();
      const { from, to } = datesOfPick(pick);
      expect(periodOfKey(key ?? '')).toEqual({ from, to, key });
      // The server recognises the dates as that whole period (what suppressed views require).
      expect(periodOfRange(from, to).key).toBe(key);
    }
    expect(datesOfPick({ kind: 'month', year: 2024, month: 2 }).to).toBe('2024-02-29');
  });

  it('never lets a suppressed view (the analyst) keep free dates from the URL', () => {
    const range = { from: '2026-01-10', to: '2026-02-28' };
    expect(pickOfSearch(range, today, false)).toEqual({ kind: 'year', year: 2026 });
    expect(pickOfSearch(range, today, true)).toEqual({ kind: 'range', ...range });
    expect(pickOfSearch({ period: '2025-Q3' }, today, false)).toEqual({
      kind: 'quarter',
      year: 2025,
      quarter: 3,
    });
    expect(pickOfSearch({}, today, false)).toEqual({ kind: 'year', year: 2026 });
  });

  it('keeps the year and the month that holds the start when the kind changes', () => {
    expect(changeKind({ kind: 'year', year: 2026 }, 'quarter', today)).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 2,
    });
    expect(changeKind({ kind: 'year', year: 2025 }, 'month', today)).toEqual({
      kind: 'month',
      year: 2025,
      month: 1,
    });
    expect(changeKind({ kind: 'quarter', year: 2025, quarter: 3 }, 'month', today)).toEqual({
      kind: 'month',
      year: 2025,
      month: 7,
    });
    expect(changeKind({ kind: 'month', year: 2025, month: 11 }, 'quarter', today)).toEqual({
      kind: 'quarter',
      year: 2025,
      quarter: 4,
    });
    expect(changeKind({ kind: 'quarter', year: 2025, quarter: 1 }, 'range', today)).toEqual({
      kind: 'range',
      from: '2025-01-01',
      to: '2025-03-31',
    });
  });

  it('leaves the default (this year) out of the URL', () => {
    expect(searchOfPick({ kind: 'year', year: 2026 }, today)).toEqual({});
    expect(searchOfPick({ kind: 'year', year: 2025 }, today)).toEqual({ period: '2025' });
    expect(searchOfPick({ kind: 'month', year: 2026, month: 3 }, today)).toEqual({ period: '2026-03' });
    expect(searchOfPick({ kind: 'range', from: '2026-01-01', to: '2026-01-15' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-15',
    });
  });
});

describe('cells', () => {
  it('shows a suppressed count exactly as published, never as a number, in every language', () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const formats = numberFormatsOf(lang);
      expect(showCell('<5', 'count', formats)).toEqual({ status: 'small', text: '<5' });
      expect(showCell('<5', 'rate', formats)).toEqual({ status: 'small', text: '<5' });
      expect(showCell('x', 'count', formats)).toEqual({ status: 'hidden', text: 'x' });
      expect(showCell('x', 'median', formats)).toEqual({ status: 'hidden', text: 'x' });
      expect(showCell(null, 'rate', formats)).toEqual({ status: 'none', text: '–' });
    }
  });

  it('formats shown figures in the UI language', () => {
    expect(showCell(12345, 'count', numberFormatsOf('en')).text).toBe('12,345');
    expect(showCell(12345, 'count', numberFormatsOf('fr')).text).toBe('12\u202f345');
    expect(showCell(0.425, 'rate', numberFormatsOf('en')).text).toBe('42.5%');
    expect(showCell(0.425, 'rate', numberFormatsOf('fr')).text).toBe('42,5\u00a0%');
    expect(showCell(3.5, 'median', numberFormatsOf('fr')).text).toBe('3,5');
    expect(showCell(7, 'count', numberFormatsOf('ar')).text).toBe(new Intl.NumberFormat('ar').format(7));
  });
});

describe('chart rows', () => {
  const table: IndicatorTable = {
    id: 'people_counselled',
    indicator: 'people_counselled',
    rowDimension: 'month',
    columns: [
      { key: 'female', kind: 'count', indicator: 'people_counselled' },
      { key: 'total', kind: 'count', indicator: 'people_counselled' },
    ],
    rows: [
      { key: '2026-01', label: null, cells: [12, 30] },
      { key: '2026-02', label: null, cells: ['<5', 'x'] },
      { key: '2026-03', label: null, cells: [0, 0] },
      { key: 'total', label: null, cells: [15, 40] },
    ],
  };
  const rows = table.rows.map((r) => ({ key: r.key, label: r.key }));

  it('plots shown numbers, leaves hidden cells out (counted), and never draws the total', () => {
    const { data, hiddenCount } = chartRowsOf(rows, [
      { id: 'women', table, column: 'female' },
      { id: 'all', table, column: 'total' },
    ]);
    expect(data).toEqual([
      { key: '2026-01', label: '2026-01', women: 12, all: 30 },
      { key: '2026-02', label: '2026-02', women: null, all: null },
      { key: '2026-03', label: '2026-03', women: 0, all: 0 },
    ]);
    expect(hiddenCount).toBe(2);
  });

  it('drops rows with nothing shown and nothing hidden when asked', () => {
    const { data } = chartRowsOf(rows, [{ id: 'all', table, column: 'total' }], true);
    expect(data.map((d) => d.key)).toEqual(['2026-01', '2026-02']);
  });
});

describe('reach and drill-down', () => {
  const centre = (id: string, countryCode: string) => ({
    id,
    countryCode,
    code: id.slice(0, 3),
    name: `Centre ${id}`,
    city: 'City',
    operator: 'Operator',
    timeZone: 'UTC',
    languages: ['en'],
    status: 'active' as const,
  });
  const ids = {
    acc: '00000000-0000-4000-8000-000000000001',
    cas: '00000000-0000-4000-8000-000000000002',
    rab: '00000000-0000-4000-8000-000000000003',
  };
  const countries: Country[] = [
    {
      code: 'GH',
      name: 'Ghana',
      status: 'active',
      uiLanguages: ['en'],
      partnerInstitution: 'x',
      centres: [centre(ids.acc, 'GH')],
    },
    {
      code: 'MA',
      name: 'Morocco',
      status: 'active',
      uiLanguages: ['fr'],
      partnerInstitution: 'x',
      centres: [centre(ids.cas, 'MA'), centre(ids.rab, 'MA')],
    },
  ];
  const membership = (
    role: Membership['role'],
    scopeType: Membership['scopeType'],
    countryCode: string | null,
    centreId: string | null,
  ) => ({ id: ids.acc, role, scopeType, countryCode, centreId, scopeName: null }) as Membership;

  it('gives the analyst every country, starting at the country level', () => {
    const reach = reachOf([membership('analyst', 'all', null, null)], countries);
    expect(reach.isGlobal).toBe(true);
    expect(reach.countries.map((c) => c.code)).toEqual(['GH', 'MA']);
    expect(drillOf(reach, {}).level).toBe('country');
    const inMorocco = drillOf(reach, { country: 'MA' });
    expect(inMorocco).toMatchObject({ level: 'centre', canLeaveCountry: true, canLeaveCentre: true });
    expect(drillOf(reach, { country: 'MA', centre: ids.rab })).toMatchObject({ level: 'month' });
    // Ghana has one centre: choosing the country is choosing it.
    expect(drillOf(reach, { country: 'GH' })).toMatchObject({ level: 'month', canLeaveCentre: false });
  });

  it('keeps a country manager in their country and a centre manager in their centre', () => {
    const manager = reachOf([membership('country_manager', 'country', 'MA', null)], countries);
    expect(manager).toEqual({ isGlobal: false, countries: [expect.objectContaining({ code: 'MA' })] });
    expect(drillOf(manager, {})).toMatchObject({ level: 'centre', canLeaveCountry: false });
    const centreManager = reachOf([membership('centre_manager', 'centre', 'MA', ids.cas)], countries);
    expect(centreManager.countries.flatMap((c) => c.centres.map((x) => x.id))).toEqual([ids.cas]);
    expect(drillOf(centreManager, {})).toMatchObject({
      level: 'month',
      canLeaveCountry: false,
      canLeaveCentre: false,
    });
  });

  it('ignores memberships whose role does not read indicators', () => {
    const reach = reachOf([membership('counsellor', 'centre', 'GH', ids.acc)], countries);
    expect(reach.countries).toEqual([]);
  });
});
