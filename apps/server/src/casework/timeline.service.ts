import type { timelineKinds } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { findClientOrThrow } from '../clients/clients.service.js';
import type { DB } from '../db/schema.js';

type Entry = {
  kind: (typeof timelineKinds)[number];
  at: string;
  actorName: string | null;
  details: Record<string, string | number | string[] | null>;
};

/** Everything that happened to a client, newest first, assembled from the records themselves. */
export async function buildTimeline(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
): Promise<{ items: Entry[] }> {
  const client = await findClientOrThrow(db, actor, 'clients.read', clientId);
  const key = { country: client.country_code, client: client.id };
  const [sessions, tasks, consents, events, assessments, referralMoves] = await Promise.all([
    db
      .selectFrom('counselling_sessions')
      .select(['held_on', 'created_at', 'counsellor_id', 'topics', 'channel', 'duration_minutes'])
      .where('country_code', '=', key.country)
      .where('client_id', '=', key.client)
      .execute(),
    db
      .selectFrom('tasks')
      .select(['title', 'created_at', 'created_by', 'status', 'completed_at', 'assignee_id', 'due_on'])
      .where('country_code', '=', key.country)
      .where('client_id', '=', key.client)
      .execute(),
    db
      .selectFrom('consents')
      .select(['purpose', 'recorded_at', 'recorded_by', 'withdrawn_at', 'withdrawn_by'])
      .where('country_code', '=', key.country)
      .where('client_id', '=', key.client)
      .execute(),
    db
      .selectFrom('client_events')
      .select(['kind', 'occurred_at', 'actor_id', 'details'])
      .where('country_code', '=', key.country)
      .where('client_id', '=', key.client)
      .execute(),
    db
      .selectFrom('pathway_assessments')
      .select(['created_at', 'created_by', 'pack_id', 'evaluated_on', 'result'])
      .where('country_code', '=', key.country)
      .where('client_id', '=', key.client)
      .execute(),
    db
      .selectFrom('referral_events as e')
      .innerJoin('referrals as r', (j) =>
        j.onRef('r.country_code', '=', 'e.country_code').onRef('r.id', '=', 'e.referral_id'),
      )
      .innerJoin('partner_organisations as p', 'p.id', 'r.partner_organisation_id')
      .select([
        'e.at',
        'e.actor_id',
        'e.from_status',
        'e.to_status',
        'e.reason',
        'r.id',
        'r.outcome',
        'p.name',
      ])
      .where('r.country_code', '=', key.country)
      .where('r.client_id', '=', key.client)
      .execute(),
  ]);

  const actorIds = new Set<string>([client.created_by]);
  for (const s of sessions) actorIds.add(s.counsellor_id);
  for (const t of tasks) actorIds.add(t.created_by).add(t.assignee_id);
  for (const c of consents) {
    actorIds.add(c.recorded_by);
    if (c.withdrawn_by) actorIds.add(c.withdrawn_by);
  }
  for (const e of events) actorIds.add(e.actor_id);
  for (const a of assessments) actorIds.add(a.created_by);
  for (const m of referralMoves) actorIds.add(m.actor_id);
  const users = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...actorIds])
    .execute();
  const names = new Map(users.map((u) => [u.id, u.display_name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);

  const items: Entry[] = [
    {
      kind: 'registered',
      at: client.created_at.toISOString(),
      actorName: nameOf(client.created_by),
      details: { caseCode: client.case_code },
    },
    ...sessions.map((s) => ({
      kind: 'session' as const,
      // A session is dated by the day it was held; its recording time orders sessions of one day.
      at: `${s.held_on}T${s.created_at.toISOString().slice(11)}`,
      actorName: nameOf(s.counsellor_id),
      details: { topics: s.topics, channel: s.channel, durationMinutes: s.duration_minutes },
    })),
    ...tasks.map((t) => ({
      kind: 'task_created' as const,
      at: t.created_at.toISOString(),
      actorName: nameOf(t.created_by),
      details: { title: t.title, dueOn: t.due_on, assignee: nameOf(t.assignee_id) },
    })),
    ...tasks
      .filter((t) => t.status === 'done' && t.completed_at)
      .map((t) => ({
        kind: 'task_done' as const,
        at: (t.completed_at as Date).toISOString(),
        actorName: nameOf(t.assignee_id),
        details: { title: t.title },
      })),
    ...consents.map((c) => ({
      kind: 'consent_recorded' as const,
      at: c.recorded_at.toISOString(),
      actorName: nameOf(c.recorded_by),
      details: { purpose: c.purpose },
    })),
    ...consents
      .filter((c) => c.withdrawn_at)
      .map((c) => ({
        kind: 'consent_withdrawn' as const,
        at: (c.withdrawn_at as Date).toISOString(),
        actorName: nameOf(c.withdrawn_by),
        details: { purpose: c.purpose },
      })),
    ...events.map((e) => ({
      kind: e.kind,
      at: e.occurred_at.toISOString(),
      actorName: nameOf(e.actor_id),
      details: e.details,
    })),
    ...assessments.map((a) => ({
      kind: 'pathway_assessed' as const,
      at: a.created_at.toISOString(),
      actorName: nameOf(a.created_by),
      details: {
        packId: a.pack_id,
        evaluatedOn: a.evaluated_on,
        eligibleRoutes: (a.result as { routes: { routeId: string; status: string }[] }).routes
          .filter((r) => r.status === 'eligible')
          .map((r) => r.routeId),
      },
    })),
    ...referralMoves.map((m) => ({
      kind: 'referral' as const,
      at: m.at.toISOString(),
      actorName: nameOf(m.actor_id),
      details: {
        referralId: m.id,
        status: m.to_status,
        from: m.from_status,
        partner: m.name,
        outcome: m.to_status === 'completed' ? m.outcome : null,
        reason: m.reason,
      },
    })),
  ];
  items.sort((a, b) => b.at.localeCompare(a.at));
  return { items };
}
