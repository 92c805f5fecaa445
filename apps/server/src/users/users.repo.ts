import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB, MembershipsTable, UsersTable } from '../db/schema.js';

const userColumns = ['id', 'email', 'display_name', 'locale', 'status', 'created_at', 'last_login_at'] as const;

/** Users holding at least one membership inside the scope; a global scope sees everyone. */
export function selectUsersInScope(db: Kysely<DB>, scope: Scope) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .$if(!scope.isGlobal, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('memberships as m')
            .select('m.id')
            .whereRef('m.user_id', '=', 'users.id')
            .where((w) =>
              w.or([
                w('m.country_code', 'in', scope.countryCodes.length ? scope.countryCodes : ['']),
                w('m.centre_id', 'in', scope.centreIds.length ? scope.centreIds : ['00000000-0000-0000-0000-000000000000']),
              ]),
            ),
        ),
      ),
    );
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
