import type { IndicatorQuery, IndicatorReport } from '@pathways/contracts';
import { checkPeriod, type Period, periodOfKey, periodOfRange, suppressSparse } from '@pathways/domain';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { invalid } from '../http/errors.js';
import type { CountRow, Slice } from './counselling.repo.js';
import { bookCounselling, presentCounselling, type RowSpec } from './counselling.tables.js';
import { type CountSource, countPeopleAndSessions } from './counselling-rollup.repo.js';
import { headlineOf } from './headline.js';
import { type Book, createBook, createReader, linesOfBook, type ReportContext } from './indicator-book.js';
import { resolveView } from './indicators.scope.js';
import { countEventParticipants, countReachedBeyondCounselled } from './outreach.repo.js';
import {
  bookEventParticipants,
  bookPeopleReached,
  presentEventParticipants,
  presentPeopleReached,
} from './outreach.tables.js';
import { mediansOf, referralFactsOf, returneesOf } from './referral-facts.js';
import { readReferralRows } from './referrals.repo.js';
import {
  bookReferrals,
  bookReturnees,
  createMedianLookup,
  presentReferralTables,
  presentReturnees,
} from './referrals.tables.js';
import { noBreakdown, rowSpecOf } from './row-specs.js';

/**
 * The totals every breakdown shares (people and sessions without breakdown, and the other
 * tables, which do not change with it) are suppressed first and then held fixed while the
 * breakdown rows are suppressed: asking for another breakdown never shows a total hidden here.
 */
function suppressInTwoSteps(
  book: Book,
  bookAll: (p: RowSpec, s: RowSpec, totalsOnly: boolean) => Book,
  k: number,
) {
  const none = noBreakdown();
  const margins = bookAll(none, none, true);
  const first = suppressSparse(margins.values, linesOfBook(margins), k);
  const fixed = new Map([...margins.values.keys()].map((key) => [key, first.get(key) ?? ('shown' as const)]));
  return suppressSparse(book.values, linesOfBook(book), k, fixed);
}

function periodOf(query: IndicatorQuery, now: Date): Period {
  if (query.period) return periodOfKey(query.period);
  if (query.from && query.to) return periodOfRange(query.from, query.to);
  return periodOfKey(String(now.getUTCFullYear()));
}

/**
 * People and sessions come from the rollup kept in step with every write (rollup.repo.ts) where
 * it can answer, the rest from the raw tables on every request (docs/ARCHITECTURE.md,
 * "Indicators and events"): a figure is always what the records say now, edits, transfers and
 * merges included. `source: 'raw'` reads the raw tables only (the recount tests compare both).
 */
export async function buildIndicatorReport(
  db: Kysely<DB>,
  actor: Actor,
  query: IndicatorQuery,
  k: number,
  now = new Date(),
  source: CountSource = 'rollup',
): Promise<IndicatorReport> {
  const view = await resolveView(db, actor, { country: query.country, centre: query.centre });
  const period = periodOf(query, now);
  const problem = checkPeriod(period, view.isSuppressed);
  if (problem) throw invalid(problem.field, problem.message, 'period_not_allowed');

  // Suppressed views link additive counts over the calendar year the period lies in.
  const linkedYear = view.isSuppressed ? Number(period.from.slice(0, 4)) : null;
  const ctx: ReportContext = {
    period,
    linkedYear,
    grp: query.clientGroup ?? 'total',
    sex: query.sex ?? null,
    isSuppressed: view.isSuppressed,
    k,
  };
  // Distinct counts do not add up over months: they are never linked, only the period is asked.
  const distinctCtx: ReportContext = { ...ctx, linkedYear: null };
  const slice: Slice = {
    countryCodes: view.countryCodes,
    centreIds: view.centres.map((c) => c.id),
    from: period.from,
    to: period.to,
  };
  const additiveSlice = linkedYear
    ? { ...slice, from: `${linkedYear}-01-01`, to: `${linkedYear}-12-31` }
    : slice;
  const peopleRows = rowSpecOf(query.breakdown, view, period, null);
  const sessionRows = rowSpecOf(query.breakdown, view, period, linkedYear);
  // Event participants are not registered clients: they have no client group.
  const withOutreach = !query.clientGroup;

  // Unlinked, people and sessions come from one pass over the sessions; linked, sessions are
  // counted by month over the whole year, people over the period only.
  const counselling = countPeopleAndSessions(
    db,
    slice,
    linkedYear ? additiveSlice : null,
    query.breakdown,
    source,
  );
  const [[forPeople, forSessions], referralRows, participants, beyond] = await Promise.all([
    counselling,
    // Over the linked year when linked (it holds the period): facts are counted over it, medians
    // and returnees over the period only.
    readReferralRows(db, additiveSlice),
    withOutreach ? countEventParticipants(db, additiveSlice, linkedYear !== null) : [],
    withOutreach ? countReachedBeyondCounselled(db, slice) : [],
  ]);
  const referrals = referralFactsOf(referralRows, linkedYear !== null);
  const medians = mediansOf(referralRows, period, query.clientGroup ?? null);
  const returnees = returneesOf(referralRows, period);
  const peopleFacts = forPeople.map(({ people, sessions: _, ...r }) => ({ ...r, n: people }));
  const sessionFacts = forSessions.map(({ sessions, people: _, ...r }) => ({ ...r, n: sessions }));
  const counselledBySex = new Map<string, number>();
  for (const r of peopleFacts)
    if (r.row_key === null) counselledBySex.set(r.sex, (counselledBySex.get(r.sex) ?? 0) + r.n);

  const bookAll = (people: RowSpec, sessionSpec: RowSpec, totalsOnly = false) => {
    const book = createBook();
    const keep = (r: CountRow) => !totalsOnly || r.row_key === null;
    bookCounselling(book, distinctCtx, 'ppl', peopleFacts.filter(keep), people);
    bookCounselling(book, ctx, 'ses', sessionFacts.filter(keep), sessionSpec);
    bookReferrals(book, ctx, referrals);
    bookReturnees(book, returnees);
    if (withOutreach) {
      bookEventParticipants(book, ctx, participants);
      bookPeopleReached(book, counselledBySex, beyond);
    }
    return book;
  };
  const book = bookAll(peopleRows, sessionRows);
  const hidden = view.isSuppressed ? suppressInTwoSteps(book, bookAll, k) : null;
  const reader = createReader(book, hidden, k);

  const tables = [
    presentCounselling(reader, distinctCtx, 'ppl', peopleRows),
    presentCounselling(reader, ctx, 'ses', sessionRows),
    ...presentReferralTables(reader, ctx, createMedianLookup(medians)),
    presentReturnees(reader, ctx),
    ...(withOutreach ? [presentEventParticipants(reader, ctx), presentPeopleReached(reader, ctx)] : []),
  ];
  return {
    period: { from: period.from, to: period.to, key: period.key },
    filters: {
      country: query.country ?? null,
      centre: query.centre ?? null,
      clientGroup: query.clientGroup ?? null,
      sex: query.sex ?? null,
    },
    breakdown: query.breakdown,
    suppression: { applied: view.isSuppressed, k },
    headline: headlineOf(tables, ctx),
    tables,
    generatedAt: now.toISOString(),
  };
}
