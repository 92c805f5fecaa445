import { type Permission, rolePermissions } from '@pathways/contracts';
import { v7 as uuidv7 } from 'uuid';
import { insertAgreement, insertOffer, partnerOfUser } from '../referrals/referral-fixtures.js';
import { clientBody, demoEmail, logIn, request, type Session, type TestContext } from '../testing/index.js';

// Moroccan records the fuzzing actors may act on, so that path parameters name real records
// and a request gets past the permission gate and scope checks to the validation behind them.

/** Who fuzzes a route: the first of these whose role holds its permission. */
const ACTORS = [
  { role: 'counsellor', email: demoEmail('counsellor', 'MA') },
  { role: 'partner_staff', email: demoEmail('partner_staff', 'MA') },
  { role: 'country_manager', email: demoEmail('country_manager', 'MA') },
  { role: 'admin', email: demoEmail('admin') },
] as const;

export type FuzzWorld = {
  /** The session to fuzz a route of this permission with; null for public routes. */
  sessionFor(permission: string): Session | null;
  sessions: Session[];
  /** Path parameter name → a record the acting user may change. */
  params: Record<string, string>;
  /** Ids of real records, mixed into generated uuid fields. */
  ids: string[];
};

export async function buildFuzzWorld(t: TestContext): Promise<FuzzWorld> {
  const db = t.database.db;
  const sessions = new Map<string, Session>();
  for (const actor of ACTORS) sessions.set(actor.role, await logIn(t.app, actor.email));
  const counsellor = sessions.get('counsellor') as Session;
  const partnerStaff = await partnerOfUser(db, demoEmail('partner_staff', 'MA'));
  const partnerId = partnerStaff.partner_organisation_id as string;
  const centreId = (await partnerOfUser(db, demoEmail('counsellor', 'MA'))).centre_id as string;

  await insertAgreement(db, 'MA', partnerId, {
    signedOn: '2025-01-01',
    expiresOn: '2099-01-01',
    purposes: ['referrals', 'outcome_feedback'],
  });
  const offerId = await insertOffer(db, 'MA', partnerId, 'active', 10);

  const client = await created(
    request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centreId, {
        sex: 'female',
        group: 'returnee',
        intentions: undefined,
        returnDetails: { fromCountry: 'LY', kind: 'assisted_voluntary' },
        consents: [
          { purpose: 'counselling', textVersion: 'c-1', language: 'fr' },
          {
            purpose: 'partner_sharing',
            partnerOrganisationId: partnerId,
            textVersion: 's-1',
            language: 'fr',
          },
        ],
      }),
    ),
  );
  const consentId = (client.consents as Array<{ id: string; purpose: string }>).find(
    (c) => c.purpose === 'partner_sharing',
  )?.id as string;
  const clientUrl = `/api/clients/${client.id}`;
  const task = await created(
    request(t.app, counsellor, 'POST', `${clientUrl}/tasks`, { title: 'Find a course', dueOn: '2026-12-01' }),
  );
  const referral = await created(
    request(t.app, counsellor, 'POST', `${clientUrl}/referrals`, {
      offerId,
      consentId,
      reason: 'Wants to start a tailoring business.',
    }),
  );
  const event = await created(
    request(t.app, counsellor, 'POST', '/api/events', {
      centreId,
      kind: 'information_session',
      title: 'Legal ways to work in Germany',
      heldOn: '2026-03-12',
      topics: ['regular_labour_migration'],
      channel: 'in_person',
      partnerOrganisationIds: [partnerId],
      participants: { female: { '15_24': 3 } },
      attendeeClientIds: [client.id as string],
    }),
  );
  // The admin's target: another country's counsellor and that membership.
  const member = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id as userId', 'memberships.id as membershipId'])
    .where('users.email', '=', demoEmail('counsellor', 'GH'))
    .executeTakeFirstOrThrow();

  const params: Record<string, string> = {
    userId: member.userId,
    membershipId: member.membershipId,
    clientId: client.id as string,
    consentId,
    taskId: task.id as string,
    referralId: referral.id as string,
    partnerId,
    offerId,
    eventId: event.id as string,
    countryCode: 'MA',
  };
  const moroccan = await db
    .selectFrom('partner_organisations')
    .select('id')
    .where('country_code', '=', 'MA')
    .union(db.selectFrom('centres').select('id').where('country_code', '=', 'MA'))
    .execute();
  const ids = [
    ...new Set([
      ...Object.values(params).filter((v) => v.length > 2),
      ...moroccan.map((r) => r.id),
      ...[...sessions.values()].map((s) => s.userId),
    ]),
  ];

  return {
    sessionFor(permission) {
      if (permission === 'public') return null;
      const actor = ACTORS.find(
        (a) =>
          permission === 'authenticated' ||
          (rolePermissions[a.role] as readonly string[]).includes(permission as Permission),
      );
      if (!actor) throw new Error(`no fuzzing actor holds ${permission}`);
      return sessions.get(actor.role) as Session;
    },
    sessions: [...sessions.values()],
    params,
    ids,
  };
}

/** A route parameter the fixtures do not know names no record: a fresh id stands in for it. */
export const unknownRecordId = () => uuidv7();

async function created(response: ReturnType<typeof request>) {
  const res = await response;
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown> & { id: string };
}
