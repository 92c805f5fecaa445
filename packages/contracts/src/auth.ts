import { z } from 'zod';
import { Permission, Role, ScopeType } from './access.js';
import { CountryCode, Locale, Uuid } from './common.js';

export const LoginBody = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Membership = z.object({
  id: Uuid,
  role: Role,
  scopeType: ScopeType,
  countryCode: CountryCode.nullable(),
  centreId: Uuid.nullable(),
  partnerOrganisationId: Uuid.nullable(),
  /** Human name of the scope: a country, a centre or a partner organisation. */
  scopeName: z.string().nullable(),
});
export type Membership = z.infer<typeof Membership>;

export const Me = z.object({
  user: z.object({ id: Uuid, email: z.string(), displayName: z.string(), locale: Locale }),
  memberships: z.array(Membership),
  permissions: z.array(Permission),
  csrfToken: z.string(),
  /** Second factor: set up or not, required for this user, and whether the session waits for it. */
  security: z.object({ mfaEnabled: z.boolean(), mfaRequired: z.boolean(), mfaEnrolmentOnly: z.boolean() }),
});
export type Me = z.infer<typeof Me>;

export const DemoAccount = z.object({ email: z.string(), role: Role, countryCode: CountryCode.nullable() });
export const Meta = z.object({
  version: z.string(),
  demo: z.boolean(),
  /** Admins and managers must sign in with a second factor (off in the demo). */
  mfaRequired: z.boolean(),
  /** Only in demo mode: the shared demo password and the accounts to try. */
  demoPassword: z.string().optional(),
  demoAccounts: z.array(DemoAccount).optional(),
});
export type Meta = z.infer<typeof Meta>;
