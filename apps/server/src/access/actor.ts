import type { Permission, Role, ScopeType } from '@pathways/contracts';

export type ActorMembership = {
  id: string;
  role: Role;
  scopeType: ScopeType;
  countryCode: string | null;
  centreId: string | null;
  partnerOrganisationId: string | null;
};

/** The signed-in user as every policy and repo sees them. */
export type Actor = {
  userId: string;
  sessionTokenHash: string;
  csrfToken: string;
  memberships: ActorMembership[];
  permissions: ReadonlySet<Permission>;
  /** The session reaches only the second-factor enrolment routes (MFA required, none set up). */
  isMfaEnrolmentOnly?: boolean;
};

/**
 * The records an actor may reach, merged over all their memberships. Repos filter by it;
 * an empty scope reaches nothing.
 */
export type Scope = {
  isGlobal: boolean;
  countryCodes: string[];
  centreIds: string[];
  partnerOrganisationIds: string[];
};
