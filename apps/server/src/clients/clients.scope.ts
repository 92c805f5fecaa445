import { type ExpressionBuilder, sql } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB } from '../db/schema.js';

/**
 * The client rows a scope reaches: all of its countries' clients, and its centres' clients.
 * An empty scope reaches none. Partner scopes never reach clients directly (referrals share data).
 */
export function clientInScope(scope: Scope) {
  return (eb: ExpressionBuilder<DB, 'clients'>) => {
    if (scope.isGlobal) return sql<boolean>`true`;
    const reach = [
      ...(scope.countryCodes.length ? [eb('clients.country_code', 'in', scope.countryCodes)] : []),
      ...(scope.centreIds.length ? [eb('clients.centre_id', 'in', scope.centreIds)] : []),
    ];
    return reach.length ? eb.or(reach) : sql<boolean>`false`;
  };
}
