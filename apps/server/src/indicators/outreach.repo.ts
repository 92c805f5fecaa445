import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { inSlice, type Slice } from './counselling.repo.js';

export type ParticipantFact = { month: string | null; sex: string; age_group: string; n: number };

/** Event participants as counted, by sex and age group (and month). */
export async function countEventParticipants(db: Kysely<DB>, slice: Slice, byMonth: boolean) {
  const month = byMonth ? sql`to_char(e.held_on, 'YYYY-MM')` : sql`null::text`;
  const result = await sql<ParticipantFact>`
    select ${month} as month, p.sex, p.age_group, sum(p.participants)::int as n
    from group_events e
    join group_event_participants p on p.country_code = e.country_code and p.event_id = e.id
    where ${inSlice('e', slice)} and e.held_on between ${slice.from}::date and ${slice.to}::date
    group by 1, 2, 3`.execute(db);
  return result.rows;
}

/**
 * What people reached adds to the people counselled, by sex: registered clients who attended an
 * event of the period without being counselled in it (each once; a merged duplicate counts as
 * the record it was merged into), and, event by event, the participants counted beyond the
 * attendees linked. The people counselled themselves come from the counselling query.
 */
export async function countReachedBeyondCounselled(db: Kysely<DB>, slice: Slice) {
  const inPeriod = (alias: string) =>
    sql`${inSlice(alias, slice)} and ${sql.ref(`${alias}.held_on`)} between ${slice.from}::date and ${slice.to}::date`;
  const result = await sql<{ sex: string; attended_only: number; anonymous: number }>`
    with attended as (
      select distinct a.country_code, coalesce(c.merged_into_id, c.id) as client_id
      from group_events e
      join group_event_attendees a on a.country_code = e.country_code and a.event_id = e.id
      join clients c on c.country_code = a.country_code and c.id = a.client_id
      where ${inPeriod('e')}
    ),
    attended_only as (
      select c.sex, count(*)::int as n
      from attended t join clients c on c.country_code = t.country_code and c.id = t.client_id
      where not exists (select 1 from counselling_sessions s
        where s.country_code = t.country_code and s.client_id = t.client_id and ${inPeriod('s')})
      group by c.sex
    ),
    counted as (
      select e.country_code, e.id, p.sex, sum(p.participants)::int as n
      from group_events e
      join group_event_participants p on p.country_code = e.country_code and p.event_id = e.id
      where ${inPeriod('e')}
      group by 1, 2, 3
    ),
    linked as (
      select e.country_code, e.id, c.sex, count(*)::int as n
      from group_events e
      join group_event_attendees a on a.country_code = e.country_code and a.event_id = e.id
      join clients c on c.country_code = a.country_code and c.id = a.client_id
      where ${inPeriod('e')}
      group by 1, 2, 3
    ),
    anonymous as (
      select k.sex, sum(greatest(k.n - coalesce(l.n, 0), 0))::int as n
      from counted k
      left join linked l on l.country_code = k.country_code and l.id = k.id and l.sex = k.sex
      group by k.sex
    )
    select coalesce(o.sex, a.sex) as sex, coalesce(o.n, 0) as attended_only, coalesce(a.n, 0) as anonymous
    from attended_only o full join anonymous a on a.sex = o.sex`.execute(db);
  return result.rows;
}
