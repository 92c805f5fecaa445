import type { DuplicateCheckBody } from '@pathways/contracts';
import { buildSearchKeys, hasArabicScript, type PersonMatchInput, rankCandidates } from '@pathways/domain';
import type { Kysely } from 'kysely';
import type { Actor, Scope } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import type { DB } from '../db/schema.js';
import { countriesOfScope } from '../reference/reference.repo.js';
import { personFromInput, personFromRow } from './client-person.js';
import { initialsOf, presentSummary } from './clients.presenter.js';
import { findCandidateRows } from './clients.repo.js';
import { clientInScope } from './clients.scope.js';

// A search box lists weaker matches than the duplicate warning: the counsellor is looking.
const SEARCH_THRESHOLD = 0.2;
const CASE_CODE = /^[A-Z]{2}-[A-Z]{3}-\d{4}-\d{1,6}$/i;
const PHONE = /^\+?[\d\s-]{7,20}$/;
// An estimated age is often a few years off: look that far either side of the estimate's year.
const ESTIMATED_YEARS = 3;

/**
 * Likely existing records of a person being registered, across the counsellor's whole country.
 * Records outside the counsellor's own reach show only case code, centre and initials.
 */
export async function findDuplicates(db: Kysely<DB>, actor: Actor, draft: DuplicateCheckBody) {
  const writeScope = scopeFor(actor, 'clients.write');
  const readScope = scopeFor(actor, 'clients.read');
  // Duplicates are sought in every country the counsellor works in, not just their centre.
  const countryCodes = await countriesOfScope(db, writeScope);
  const countryScope: Scope = {
    isGlobal: writeScope.isGlobal,
    countryCodes,
    centreIds: [],
    partnerOrganisationIds: [],
  };
  const person = personFromInput(draft);
  const keys = buildSearchKeys(person);
  const dob = draft.dateOfBirth;
  const rows = await findCandidateRows(db, countryScope, countryCodes, {
    skeleton: keys.skeleton,
    phone: draft.phone,
    idNumber: draft.idDocument?.number,
    birthYear: dob
      ? { year: Number(dob.value.slice(0, 4)), window: dob.precision === 'estimated' ? ESTIMATED_YEARS : 1 }
      : undefined,
  });
  const ranked = rankCandidates(
    person,
    rows.map((row) => ({ ...personFromRow(row), row })),
  );
  const isReadable = (row: (typeof rows)[number]) =>
    readScope.isGlobal ||
    readScope.centreIds.includes(row.centre_id) ||
    readScope.countryCodes.includes(row.country_code);
  return {
    items: ranked.map(({ candidate: { row }, score, reasons }) => {
      const visible = isReadable(row);
      return {
        score: Math.round(score * 1000) / 1000,
        reasons: reasons.map((r) => ({ code: r.code, detail: visible ? r.detail : '' })),
        caseCode: row.case_code,
        centreId: row.centre_id,
        centreName: row.centre_name,
        clientId: visible ? row.id : null,
        displayName: visible ? presentSummary(row).displayName : null,
        initials: initialsOf(row),
        birthYear: visible ? row.birth_year : null,
      };
    }),
  };
}

/** The search box: a case code, a phone number, or a name in any script, misspelled or not. */
export async function searchClients(db: Kysely<DB>, actor: Actor, query: string, limit: number) {
  const scope = scopeFor(actor, 'clients.read');
  const trimmed = query.trim();
  if (CASE_CODE.test(trimmed)) {
    return exactMatches(db, scope, 'case_code', trimmed.toUpperCase(), limit);
  }
  if (PHONE.test(trimmed) && /\d{6}/.test(trimmed.replace(/\D/g, ''))) {
    const digits = trimmed.replace(/[\s-]/g, '');
    return exactMatches(db, scope, 'phone', digits.startsWith('+') ? digits : `+${digits}`, limit);
  }
  const person: PersonMatchInput = hasArabicScript(trimmed) ? { original: trimmed } : { latin: trimmed };
  const keys = buildSearchKeys(person);
  const rows = await findCandidateRows(db, scope, await countriesOfScope(db, scope), {
    skeleton: keys.skeleton,
  });
  const ranked = rankCandidates(
    person,
    rows.map((row) => ({ ...personFromRow(row), row })),
    { limit, threshold: SEARCH_THRESHOLD },
  );
  return {
    items: ranked.map(({ candidate: { row }, score }) => ({
      ...presentSummary(row),
      score: Math.round(score * 1000) / 1000,
    })),
  };
}

async function exactMatches(
  db: Kysely<DB>,
  scope: Scope,
  column: 'case_code' | 'phone',
  value: string,
  limit: number,
) {
  const rows = await db
    .selectFrom('clients')
    .selectAll()
    .where(column, '=', value)
    .where('status', '!=', 'erased')
    .where(clientInScope(scope))
    .limit(limit)
    .execute();
  return { items: rows.map((row) => ({ ...presentSummary(row), score: 1 })) };
}
