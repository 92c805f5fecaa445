import { AppError } from '../http/errors.js';

/**
 * What every client endpoint answers for an erased record: 410 Gone, with the case code and the
 * date only (GET /api/clients/:id/erasure gives the same as data). No other module is imported
 * here, so the clients feature can use it without a cycle.
 */
export function clientErased(row: { case_code: string; erased_at: Date | null }) {
  const on = row.erased_at ? row.erased_at.toISOString().slice(0, 10) : 'an earlier date';
  return new AppError(410, 'client_erased', `The personal data of ${row.case_code} was erased on ${on}.`);
}
