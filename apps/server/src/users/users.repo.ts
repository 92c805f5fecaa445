import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB, MembershipsTable, UsersTable } from '../db/schema.js';
import { userInScope } from './users.scope.js';

const userColumns = [
  'id',
  'email',
  'display_name',
  'locale',
  'status',
  'created_at',
  'last_login_at',
] as const;

export function selectUsersInScope(db: Kysely<DB>, scope: Scope) {
  return db.selectFrom('users').select(userColumns).where(userInScope(scope));
}

export type UserRow = Omit<Selectable<UsersTable>, 'password_hash'>;

export async function listUsers(db: Kysely<DB>, scope: Scope): Promise<UserRow[]> {
  return selectUsersInScope(db, scope).orderBy('display_name').execute();
}

export async function findUser(db: Kysely<DB>, scope: Scope, userId: string): Promise<UserRow | undefined> {
  return selectUsersInScope(db, scope).where('users.id', '=', userId).executeTakeFirst();
}

export async function insertUser(
  trx: Transaction<DB>,
  user: { id: string; email: string; displayName: string; passwordHash: string; locale: 'en' | 'fr' | 'ar' },
  memberships: MembershipsTable[],
) {
  await trx
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      locale: user.locale,
    })
    .execute();
  await trx.insertInto('memberships').values(memberships).execute();
}

export async function setUserStatus(trx: Transaction<DB>, userId: string, status: 'active' | 'deactivated') {
  await trx.updateTable('users').set({ status }).where('id', '=', userId).execute();
}
