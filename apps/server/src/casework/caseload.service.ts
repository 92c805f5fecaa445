import { type Kysely, sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { presentTask, selectTasks } from './tasks.service.js';

// A week ahead is what a counsellor plans around.
const DUE_SOON_DAYS = 7;
const LIST_LIMIT = 50;

/** A counsellor's day: their active clients, their tasks due soon and overdue, and who needs contact. */
export async function buildCaseload(db: Kysely<DB>, actor: Actor, noContactDays: number) {
  const today = sql<string>`(now() AT TIME ZONE ce.time_zone)::date`;
  const [count, due, overdue, withoutContact] = await Promise.all([
    db
      .selectFrom('clients')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('counsellor_id', '=', actor.userId)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow(),
    selectTasks(db)
      .where('t.assignee_id', '=', actor.userId)
      .where('t.status', '=', 'open')
      .where(sql<boolean>`t.due_on >= ${today} AND t.due_on <= ${today} + ${DUE_SOON_DAYS}::int`)
      .orderBy('t.due_on')
      .limit(LIST_LIMIT)
      .execute(),
    selectTasks(db)
      .where('t.assignee_id', '=', actor.userId)
      .where('t.status', '=', 'open')
      .where(sql<boolean>`t.due_on < ${today}`)
      .orderBy('t.due_on')
      .limit(LIST_LIMIT)
      .execute(),
    db
      .selectFrom('clients as c')
      .innerJoin('centres as ce', 'ce.id', 'c.centre_id')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('counselling_sessions')
            .select(['country_code', 'client_id', sql<string>`max(held_on)::text`.as('last_on')])
            .groupBy(['country_code', 'client_id'])
            .as('s'),
        (join) => join.onRef('s.country_code', '=', 'c.country_code').onRef('s.client_id', '=', 'c.id'),
      )
      .select(['c.id', 'c.case_code', 'c.given_name', 'c.middle_name', 'c.family_name', 's.last_on'])
      .where('c.counsellor_id', '=', actor.userId)
      .where('c.status', '=', 'active')
      .where(
        sql<boolean>`coalesce(s.last_on::date, (c.created_at AT TIME ZONE ce.time_zone)::date) < ${today} - ${noContactDays}::int`,
      )
      .orderBy(sql`coalesce(s.last_on::date, c.created_at::date)`)
      .limit(LIST_LIMIT)
      .execute(),
  ]);
  return {
    clients: count.n,
    tasksDue: due.map(presentTask),
    tasksOverdue: overdue.map(presentTask),
    withoutContact: withoutContact.map((c) => ({
      clientId: c.id,
      caseCode: c.case_code,
      displayName: [c.given_name, c.middle_name, c.family_name].filter(Boolean).join(' '),
      lastContactOn: c.last_on,
    })),
  };
}
