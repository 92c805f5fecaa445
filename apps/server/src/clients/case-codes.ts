import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/** The calendar year at this moment in the centre's time zone (a case opened on 31 December in Accra). */
export function yearInZone(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));
}

/**
 * Next readable case code for a centre, e.g. GH-ACC-2026-000123. The counter row is locked by the
 * upsert until the registering transaction ends, so concurrent registrations queue, never collide.
 */
export async function nextCaseCode(
  trx: Transaction<DB>,
  centre: { countryCode: string; id: string; code: string; timeZone: string },
  at: Date,
): Promise<string> {
  const year = yearInZone(at, centre.timeZone);
  const { rows } = await sql<{ last_value: number }>`
    INSERT INTO case_code_counters AS c (country_code, centre_id, year, last_value)
    VALUES (${centre.countryCode}, ${centre.id}, ${year}, 1)
    ON CONFLICT (country_code, centre_id, year) DO UPDATE SET last_value = c.last_value + 1
    RETURNING last_value`.execute(trx);
  const value = rows[0]?.last_value ?? 1;
  return `${centre.countryCode}-${centre.code}-${year}-${String(value).padStart(6, '0')}`;
}
