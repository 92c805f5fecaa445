import { z } from 'zod';

export const roles = [
  'admin',
  'country_manager',
  'centre_manager',
  'counsellor',
  'partner_staff',
  'analyst',
  'auditor',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** Where a membership applies. Each role is held within exactly one kind of scope. */
export const scopeTypes = ['all', 'country', 'centre', 'partner'] as const;
export const ScopeType = z.enum(scopeTypes);
export type ScopeType = z.infer<typeof ScopeType>;

export const scopeTypeOfRole: Record<Role, ScopeType> = {
  admin: 'all',
  analyst: 'all',
  auditor: 'all',
  country_manager: 'country',
  centre_manager: 'centre',
  counsellor: 'centre',
  partner_staff: 'partner',
};

/**
 * Every action a route can demand. `public` needs no session, `authenticated` any session.
 * The server refuses to register a route that does not name one of these.
 */
export const permissions = [
  'public',
  'authenticated',
  'reference.read',
  'summary.read',
  'users.read',
  'users.manage',
  'partners.read',
  'clients.read',
  'clients.write',
  /** Sensitive fields (sensitive session notes…): decrypted per reading, each reading audited. */
  'clients.sensitive.read',
  'clients.merge',
  /** Everything held about one client, for an access request (data-subject rights); audited. */
  'clients.export',
  /** Removing a client's personal data on request; statistics stay. */
  'clients.erase',
  'partners.manage',
  'offers.read',
  'offers.manage',
  'referrals.read',
  'referrals.write',
  /** Partner staff answering the referrals sent to their organisation. */
  'referrals.respond',
  'audit.read',
  'audit.verify',
  'events.read',
  'events.write',
  /** Aggregates only; global roles (analyst, admin) get them with small cells suppressed. */
  'indicators.read',
] as const;
export const Permission = z.enum(permissions);
export type Permission = z.infer<typeof Permission>;

/** What each role may ever do; the scope then limits which records. Default deny. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    'reference.read',
    'summary.read',
    'users.read',
    'users.manage',
    'partners.read',
    'partners.manage',
    'offers.read',
    'offers.manage',
    'audit.verify',
    'indicators.read',
  ],
  country_manager: [
    'reference.read',
    'summary.read',
    'partners.read',
    'clients.read',
    'clients.write',
    'clients.sensitive.read',
    'clients.merge',
    'clients.export',
    'clients.erase',
    'partners.manage',
    'offers.read',
    'offers.manage',
    'referrals.read',
    'referrals.write',
    'audit.read',
    'events.read',
    'events.write',
    'indicators.read',
  ],
  centre_manager: [
    'reference.read',
    'summary.read',
    'partners.read',
    'clients.read',
    'clients.write',
    'clients.sensitive.read',
    'clients.merge',
    'clients.export',
    'clients.erase',
    'offers.read',
    'referrals.read',
    'referrals.write',
    'events.read',
    'events.write',
    'indicators.read',
  ],
  counsellor: [
    'reference.read',
    'summary.read',
    'partners.read',
    'clients.read',
    'clients.write',
    'clients.sensitive.read',
    'clients.export',
    'offers.read',
    'referrals.read',
    'referrals.write',
    'events.read',
    'events.write',
  ],
  partner_staff: ['reference.read', 'summary.read', 'offers.read', 'referrals.respond'],
  analyst: ['reference.read', 'summary.read', 'indicators.read'],
  auditor: ['reference.read', 'summary.read', 'audit.read', 'audit.verify'],
};
