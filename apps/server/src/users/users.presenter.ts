import type { Membership, User } from '@pathways/contracts';
import type { UserRow } from './users.repo.js';

/** The fields of a user that leave the server. Never the password hash. */
export function presentUser(row: UserRow, memberships: Membership[]): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at ? row.last_login_at.toISOString() : null,
    memberships,
  };
}
