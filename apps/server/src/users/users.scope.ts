import { type ExpressionBuilder, sql } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB } from '../db/schema.js';

/** Users holding at least one membership inside the scope; a global scope reaches everyone. */
export function userInScope(scope: Scope) {
  return (eb: ExpressionBuilder<DB, 'users'>) => {
    if (scope.isGlobal) return sql<boolean>`true`;
    return eb.exists(
      eb
        .selectFrom('memberships as m')
        .select('m.id')
        .whereRef('m.user_id', '=', 'users.id')
        .where((w) =>
          w.or([
            ...(scope.countryCodes.length ? [w('m.country_code', 'in', scope.countryCodes)] : []),
            ...(scope.centreIds.length ? [w('m.centre_id', 'in', scope.centreIds)] : []),
            ...(scope.partnerOrganisationIds.length
              ? [w('m.partner_organisation_id', 'in', scope.partnerOrganisationIds)]
              : []),
            sql<boolean>`false`,
          ]),
        ),
    );
  };
}
