import { type Permission, type Role, rolePermissions } from '@pathways/contracts';
import { forbidden, unauthenticated } from '../http/errors.js';
import type { Actor, ActorMembership, Scope } from './actor.js';

export function permissionsOf(roles: Iterable<Role>): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of rolePermissions[role]) granted.add(p);
  return granted;
}

/**
 * The single gate every route passes: `public` lets anyone through, `authenticated` needs a
 * session, anything else needs a role that grants it. Default deny.
 */
export function authorize(actor: Actor | null, permission: Permission): void {
  if (permission === 'public') return;
  if (!actor) throw unauthenticated();
  if (permission === 'authenticated') return;
  if (!actor.permissions.has(permission)) throw forbidden();
}

/** The scope that the memberships granting `permission` reach. */
export function scopeFor(actor: Actor, permission: Permission): Scope {
  const scope: Scope = { isGlobal: false, countryCodes: [], centreIds: [], partnerOrganisationIds: [] };
  for (const m of actor.memberships) {
    if (!(rolePermissions[m.role] as readonly Permission[]).includes(permission)) continue;
    addMembership(scope, m);
  }
  return scope;
}

function addMembership(scope: Scope, m: ActorMembership) {
  if (m.scopeType === 'all') scope.isGlobal = true;
  else if (m.scopeType === 'country' && m.countryCode) scope.countryCodes.push(m.countryCode);
  else if (m.scopeType === 'centre' && m.centreId) scope.centreIds.push(m.centreId);
  else if (m.scopeType === 'partner' && m.partnerOrganisationId)
    scope.partnerOrganisationIds.push(m.partnerOrganisationId);
}
