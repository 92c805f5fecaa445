/**
 * What the load runs need in the database: a bench counsellor (made by bench/src/gen) and the
 * clients of their centre; for referrals, a partner with a valid data-sharing agreement, an active
 * offer with seats, and a `partner_sharing` consent per client, written as the services write them.
 */
import { type Kysely, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../../apps/server/src/db/schema.js';
import { insertAgreement, insertOffer } from '../../../apps/server/src/referrals/referral-fixtures.js';

export const BENCH_PASSWORD = 'pathways-bench';

export type Counsellor = {
  userId: string;
  email: string;
  countryCode: string;
  centreId: string;
  /** Active clients of the centre, in a fixed pseudo-random order. */
  clientIds: string[];
};

export type ReferralSetup = {
  offerId: string;
  partnerId: string;
  clients: { id: string; consentId: string }[];
  isCreatedHere: boolean;
};

/** The generator's counsellor of the centre with the most active clients, and up to `limit` of them. */
export async function findBenchCounsellor(db: Kysely<DB>, limit: number): Promise<Counsellor> {
  const best = (
    await sql<{ user_id: string; email: string; country_code: string; centre_id: string; n: number }>`
      SELECT u.id AS user_id, u.email, m.country_code, m.centre_id,
        (SELECT count(*)::int FROM clients c
          WHERE c.country_code = m.country_code AND c.centre_id = m.centre_id AND c.status = 'active') AS n
      FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.role = 'counsellor' AND m.scope_type = 'centre' AND u.status = 'active'
        AND u.email LIKE 'bench.%@bench.pathways.local'
      ORDER BY n DESC, u.email LIMIT 1`.execute(db)
  ).rows[0];
  if (!best || best.n === 0)
    throw new Error('no bench counsellor with clients: load the database with bench/src/gen/main.ts first');
  const ids = await sql<{ id: string }>`
    SELECT id FROM clients
    WHERE country_code = ${best.country_code} AND centre_id = ${best.centre_id} AND status = 'active'
    ORDER BY md5(id::text) LIMIT ${limit}`.execute(db);
  return {
    userId: best.user_id,
    email: best.email,
    countryCode: best.country_code,
    centreId: best.centre_id,
    clientIds: ids.rows.map((r) => r.id),
  };
}

/** A partner, its agreement and offer in the counsellor's country, and a sharing consent for `count` clients. */
export async function createReferralFixtures(
  db: Kysely<DB>,
  counsellor: Counsellor,
  count: number,
): Promise<ReferralSetup> {
  const cc = counsellor.countryCode;
  const partnerId = uuidv7();
  await db
    .insertInto('partner_organisations')
    .values({
      country_code: cc,
      id: partnerId,
      name: `Load benchmark training centre ${partnerId.slice(-4)}`,
      type: 'tvet_institution',
    })
    .execute();
  await insertAgreement(db, cc, partnerId, {
    signedOn: '2020-01-01',
    expiresOn: '2099-12-31',
    purposes: ['referrals'],
  });
  const offerId = await insertOffer(db, cc, partnerId, 'active', 1_000_000);
  const clients = counsellor.clientIds.slice(0, count).map((id) => ({ id, consentId: uuidv7() }));
  const now = new Date();
  for (let i = 0; i < clients.length; i += 1000) {
    await db
      .insertInto('consents')
      .values(
        clients.slice(i, i + 1000).map((c) => ({
          country_code: cc,
          id: c.consentId,
          client_id: c.id,
          purpose: 'partner_sharing',
          partner_organisation_id: partnerId,
          text_version: 'bench-1',
          language: 'en',
          recorded_by: counsellor.userId,
          recorded_at: now,
        })),
      )
      .execute();
  }
  return { offerId, partnerId, clients, isCreatedHere: true };
}

/**
 * On a database the benchmark must not set up (`--database-url`): an active offer with seats and a
 * valid agreement whose partner holds live sharing consents of the centre's clients, if there is one.
 */
export async function findReferralSetup(
  db: Kysely<DB>,
  counsellor: Counsellor,
  count: number,
): Promise<ReferralSetup | undefined> {
  const offer = (
    await sql<{ id: string; partner_organisation_id: string }>`
      SELECT o.id, o.partner_organisation_id FROM offers o
      WHERE o.country_code = ${counsellor.countryCode} AND o.status = 'active'
        AND (o.seats_left IS NULL OR o.seats_left > 0)
        AND EXISTS (SELECT 1 FROM data_sharing_agreements a
          WHERE a.country_code = o.country_code AND a.partner_organisation_id = o.partner_organisation_id
            AND a.signed_on <= current_date AND a.expires_on > current_date AND 'referrals' = ANY (a.purposes))
        AND EXISTS (SELECT 1 FROM consents s JOIN clients c ON c.country_code = s.country_code AND c.id = s.client_id
          WHERE s.country_code = o.country_code AND s.partner_organisation_id = o.partner_organisation_id
            AND s.purpose = 'partner_sharing' AND s.withdrawn_at IS NULL
            AND c.centre_id = ${counsellor.centreId} AND c.status = 'active')
      LIMIT 1`.execute(db)
  ).rows[0];
  if (!offer) return undefined;
  const consents = await sql<{ id: string; client_id: string }>`
    SELECT DISTINCT ON (s.client_id) s.id, s.client_id FROM consents s
    JOIN clients c ON c.country_code = s.country_code AND c.id = s.client_id
    WHERE s.country_code = ${counsellor.countryCode} AND s.partner_organisation_id = ${offer.partner_organisation_id}
      AND s.purpose = 'partner_sharing' AND s.withdrawn_at IS NULL
      AND c.centre_id = ${counsellor.centreId} AND c.status = 'active'
    ORDER BY s.client_id LIMIT ${count}`.execute(db);
  return {
    offerId: offer.id,
    partnerId: offer.partner_organisation_id,
    clients: consents.rows.map((r) => ({ id: r.client_id, consentId: r.id })),
    isCreatedHere: false,
  };
}

/** Referrals this run wrote: each carries the run's own reason text. */
export async function countReferrals(db: Kysely<DB>, reason: string): Promise<number> {
  const row = (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM referrals WHERE reason = ${reason}`.execute(db)
  ).rows[0];
  return row?.n ?? 0;
}
