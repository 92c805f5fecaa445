import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Ack } from './referral-burst.js';

export type ReferralCheck = {
  referrals: number;
  /** Acknowledged writes found in the database, as acknowledged. */
  found: number;
  /** Acknowledged writes missing (or rolled back): there must be none. */
  missing: string[];
  /** Writes applied in part (a row without its event, a status its events do not explain…). */
  halfApplied: string[];
};

type Event = { referral_id: string; from_status: string | null; to_status: string };

/** The events of one referral in the order they happened: each starts where the last ended. */
function lifeOf(events: Event[]): Event[] | null {
  const ordered: Event[] = [];
  let current: string | null = null;
  const left = [...events];
  while (left.length > 0) {
    const i = left.findIndex((e) => e.from_status === current);
    if (i < 0) return null;
    const [next] = left.splice(i, 1) as [Event];
    ordered.push(next);
    current = next.to_status;
  }
  return ordered;
}

// What each event is audited as (referrals.service.ts: the same transaction writes both).
const auditActionOf = (e: Event) =>
  e.from_status === null
    ? e.to_status === 'sent'
      ? 'referral.send'
      : 'referral.draft'
    : `referral.${e.to_status}`;

/**
 * Every referral whole: a row, a life of events that starts at creation and ends at the row's
 * status, a version counting those events, an audit event for each; every offer's free seats
 * equal to its capacity less the referrals ever enrolled on it; every acknowledged write there.
 */
export async function checkReferrals(
  db: Kysely<DB>,
  acks: readonly Ack[],
  /** Offers created full (seats left = capacity) for the test: the demo's are partly taken. */
  offerIds: readonly string[],
): Promise<ReferralCheck> {
  const referrals = await db
    .selectFrom('referrals')
    .select(['id', 'status', 'version', 'offer_id'])
    .execute();
  const events = await db
    .selectFrom('referral_events')
    .select(['referral_id', 'from_status', 'to_status'])
    .execute();
  const audits = await db
    .selectFrom('audit_events')
    .select(['entity_id', 'action'])
    .where('entity_type', '=', 'referral')
    .where('action', 'like', 'referral.%')
    .execute();
  const halfApplied: string[] = [];
  const eventsOf = groupBy(events, (e) => e.referral_id);
  const auditsOf = groupBy(audits, (a) => a.entity_id ?? '');
  const lives = new Map<string, Event[]>();

  for (const r of referrals) {
    const life = lifeOf(eventsOf.get(r.id) ?? []);
    if (!life || life.length === 0) {
      halfApplied.push(`${r.id}: its events do not form one life from creation`);
      continue;
    }
    lives.set(r.id, life);
    const last = life[life.length - 1] as Event;
    if (last.to_status !== r.status)
      halfApplied.push(`${r.id}: status ${r.status}, last event ${last.to_status}`);
    if (r.version !== life.length) halfApplied.push(`${r.id}: version ${r.version}, ${life.length} events`);
    const audited = (auditsOf.get(r.id) ?? []).map((a) => a.action).sort();
    const expected = life.map(auditActionOf).sort();
    const writes = audited.filter((a) => expected.includes(a));
    if (writes.join() !== expected.join())
      halfApplied.push(`${r.id}: events ${expected.join(',')}, audited ${writes.join(',')}`);
  }
  const known = new Set(referrals.map((r) => r.id));
  for (const id of eventsOf.keys()) if (!known.has(id)) halfApplied.push(`${id}: events without a referral`);

  const offers = await db
    .selectFrom('offers')
    .select(['id', 'capacity', 'seats_left'])
    .where('id', 'in', offerIds)
    .execute();
  for (const offer of offers) {
    const enrolled = referrals.filter(
      (r) => r.offer_id === offer.id && lives.get(r.id)?.some((e) => e.to_status === 'enrolled'),
    ).length;
    if (offer.seats_left !== (offer.capacity ?? 0) - enrolled)
      halfApplied.push(
        `offer ${offer.id}: ${offer.seats_left} seats left, ${offer.capacity} less ${enrolled} enrolled`,
      );
  }

  const missing: string[] = [];
  for (const ack of acks) {
    const life = lives.get(ack.referralId);
    if (life?.[ack.version - 1]?.to_status !== ack.status)
      missing.push(`${ack.referralId}: acknowledged ${ack.status} at version ${ack.version}`);
  }
  return { referrals: referrals.length, found: acks.length - missing.length, missing, halfApplied };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
