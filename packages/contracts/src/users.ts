import { z } from 'zod';
import { Role } from './access.js';
import { Membership } from './auth.js';
import { CountryCode, Locale, Uuid } from './common.js';

export const MembershipInput = z.strictObject({
  role: Role,
  countryCode: CountryCode.optional(),
  centreId: Uuid.optional(),
  partnerOrganisationId: Uuid.optional(),
});
export type MembershipInput = z.infer<typeof MembershipInput>;

export const CreateUserBody = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(12, 'must be at least 12 characters').max(1024),
  locale: Locale.default('en'),
  memberships: z.array(MembershipInput).min(1).max(20),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const userStatuses = ['active', 'deactivated'] as const;
export const User = z.object({
  id: Uuid,
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  status: z.enum(userStatuses),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  memberships: z.array(Membership),
});
export type User = z.infer<typeof User>;
export const UserList = z.object({ items: z.array(User) });
export const UserIdParams = z.strictObject({ userId: Uuid });
export const MembershipParams = z.strictObject({ userId: Uuid, membershipId: Uuid });
