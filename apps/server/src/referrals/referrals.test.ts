import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';
import {
  insertAgreement as insertAgreementRow,
  insertOffer as insertOfferRow,
  partnerOfUser,
} from './referral-fixtures.js';

let t: TestContext;
let counsellor: Session;
let manager: Session;
let partner: Session;
let otherPartner: Session;
let otherCountryCounsellor: Session;
let partnerId: string;
let secondPartnerId: string;
let offers: { open: string; paused: string; oneSeat: string };
let client: { id: string; caseCode: string; sharingConsentId: string; otherConsentId: string };

const db = () => t.database.db;

const firstCentreOf = async (email: string) => (await partnerOfUser(db(), email)).centre_id as string;
const insertAgreement = (partner: string, signedOn: string, expiresOn: string, purposes: string[]) =>
  insertAgreementRow(db(), 'MA', partner, { signedOn, expiresOn, purposes });
const insertOffer = (partner: string, status: string, capacity: number | null) =>
  insertOfferRow(db(), 'MA', partner, status, capacity);

const refer = (body: Record<string, unknown>, session = counsellor) =>
  request(t.app, session, 'POST', `/api/clients/${client.id}/referrals`, {
    reason: 'Wants to start a tailoring business after returning from Libya.',
    consentId: client.sharingConsentId,
    ...body,
  });

const move = (session: Session, path: string, id: string, body: Record<string, unknown>) =>
  request(t.app, session, 'POST', `/api/${path}/${id}/transitions`, body);

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'MA'));
  manager = await logIn(t.app, demoEmail('country_manager', 'MA'));
  partner = await logIn(t.app, demoEmail('partner_staff', 'MA'));
  otherPartner = await logIn(t.app, demoEmail('partner_staff', 'EG'));
  otherCountryCounsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));

  partnerId = (await partnerOfUser(db(), demoEmail('partner_staff', 'MA'))).partner_organisation_id as string;
  const second = await db()
    .selectFrom('partner_organisations')
    .select('id')
    .where('country_code', '=', 'MA')
    .where('id', '!=', partnerId)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  secondPartnerId = second.id;
  await insertAgreement(partnerId, '2025-01-01', '2099-01-01', ['referrals', 'outcome_feedback']);
  offers = {
    open: await insertOffer(partnerId, 'active', 10),
    paused: await insertOffer(partnerId, 'paused', 10),
    oneSeat: await insertOffer(partnerId, 'active', 1),
  };

  const centreId = await firstCentreOf(demoEmail('counsellor', 'MA'));
  const created = await request(
    t.app,
    counsellor,
    'POST',
    '/api/clients',
    clientBody(centreId, {
      name: { given: 'Fatima', family: 'Benali' },
      nameOriginal: { given: 'فاطمة', family: 'بنعلي' },
      sex: 'female',
      group: 'returnee',
      intentions: undefined,
      returnDetails: { fromCountry: 'LY', kind: 'assisted_voluntary' },
      idDocument: { type: 'national_id', number: 'BK123456' },
      consents: [
        { purpose: 'counselling', textVersion: 'c-1', language: 'fr' },
        { purpose: 'partner_sharing', partnerOrganisationId: partnerId, textVersion: 's-1', language: 'fr' },
        {
          purpose: 'partner_sharing',
          partnerOrganisationId: secondPartnerId,
          textVersion: 's-1',
          language: 'fr',
        },
      ],
    }),
  );
  expect(created.statusCode).toBe(201);
  const body = created.json();
  const sharing = body.consents.filter((c: { purpose: string }) => c.purpose === 'partner_sharing');
  client = {
    id: body.id,
    caseCode: body.caseCode,
    sharingConsentId: sharing.find(
      (c: { partnerOrganisationId: string }) => c.partnerOrganisationId === partnerId,
    ).id,
    otherConsentId: sharing.find(
      (c: { partnerOrganisationId: string }) => c.partnerOrganisationId === secondPartnerId,
    ).id,
  };
});

afterAll(() => t.close());

describe('referring a client', () => {
  it('sends a referral with the default shared fields and shows it to the centre', async () => {
    const res = await refer({ offerId: offers.open });
    expect(res.statusCode).toBe(201);
    const referral = res.json();
    expect(referral).toMatchObject({
      status: 'sent',
      caseCode: client.caseCode,
      partnerOrganisationId: partnerId,
      offer: { id: offers.open, category: 'business_start_up' },
      sharedFields: ['givenName', 'phone', 'languages', 'reason'],
      allowedTransitions: ['accepted', 'declined', 'cancelled'],
      overdue: false,
    });
    expect(referral.events).toEqual([
      expect.objectContaining({ from: null, to: 'sent', actorSide: 'centre' }),
    ]);
  });

  it('refuses a referral whose consent names another partner, or was withdrawn', async () => {
    const wrongPartner = await refer({ offerId: offers.open, consentId: client.otherConsentId });
    expect(wrongPartner.statusCode).toBe(409);
    expect(wrongPartner.json()).toMatchObject({
      code: 'sharing_consent_missing',
      errors: [{ field: 'consentId' }],
    });
  });

  it('refuses a partner without a valid data-sharing agreement (none, expired, or not for referrals)', async () => {
    // The demo seed gives its partners agreements: this one is new and has none yet.
    const newPartnerId = uuidv7();
    await db()
      .insertInto('partner_organisations')
      .values({ country_code: 'MA', id: newPartnerId, name: 'Nouvelle association', type: 'ngo' })
      .execute();
    const consent = await request(t.app, counsellor, 'POST', `/api/clients/${client.id}/consents`, {
      purpose: 'partner_sharing',
      partnerOrganisationId: newPartnerId,
      textVersion: 's-1',
      language: 'fr',
    });
    const direct = () => refer({ partnerOrganisationId: newPartnerId, consentId: consent.json().id });
    expect((await direct()).json().code).toBe('no_data_sharing_agreement');
    await insertAgreement(newPartnerId, '2020-01-01', '2021-01-01', ['referrals']);
    expect((await direct()).json().code).toBe('no_data_sharing_agreement');
    await insertAgreement(newPartnerId, '2025-01-01', '2099-01-01', ['statistics']);
    expect((await direct()).json().code).toBe('no_data_sharing_agreement');
    await insertAgreement(newPartnerId, '2025-01-01', '2099-01-01', ['referrals']);
    expect((await direct()).statusCode).toBe(201);
  });

  it('refuses an inactive offer with 409', async () => {
    const res = await refer({ offerId: offers.paused });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('offer_inactive');
  });

  it('validates the body and names the field', async () => {
    const res = await refer({ offerId: offers.open, sharedFields: ['givenName', 'passportNumber'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toMatch(/^sharedFields/);
    const both = await refer({ offerId: offers.open, partnerOrganisationId: partnerId });
    expect(both.json().errors[0].field).toBe('offerId');
  });

  it('hides clients of another country (404) and refuses roles without the permission (403)', async () => {
    expect((await refer({ offerId: offers.open }, otherCountryCounsellor)).statusCode).toBe(404);
    expect((await refer({ offerId: offers.open }, partner)).statusCode).toBe(403);
    const analyst = await logIn(t.app, demoEmail('analyst'));
    expect((await request(t.app, analyst, 'GET', '/api/referrals')).statusCode).toBe(403);
    expect((await request(t.app, counsellor, 'GET', '/api/partner/referrals')).statusCode).toBe(403);
  });
});

describe('the partner portal', () => {
  let referralId: string;

  beforeAll(async () => {
    referralId = (
      await refer({ offerId: offers.open, sharedFields: ['givenName', 'phone', 'languages', 'reason'] })
    ).json().id;
  });

  it('shows the partner only the shared fields, never another field of the client', async () => {
    const res = await request(t.app, partner, 'GET', `/api/partner/referrals/${referralId}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(Object.keys(view.shared).sort()).toEqual(['givenName', 'languages', 'phone', 'reason']);
    expect(view.shared).toMatchObject({ givenName: 'Fatima', phone: '+212612345678' });
    expect(view.caseCode).toBe(client.caseCode);
    // Nothing else about the person leaves: not in any field, not under any name.
    for (const secret of ['Benali', 'بنعلي', 'BK123456', '1994', 'LY', 'Casablanca-Settat', client.id])
      expect(res.body).not.toContain(secret);
  });

  it('lists only referrals sent to the partner organisation, never drafts', async () => {
    const draft = await refer({ offerId: offers.open, send: false });
    expect(draft.json().status).toBe('draft');
    const list = (await request(t.app, partner, 'GET', '/api/partner/referrals?limit=200')).json();
    const ids = list.items.map((r: { id: string }) => r.id);
    expect(ids).toContain(referralId);
    expect(ids).not.toContain(draft.json().id);
    expect(list.items.every((r: { status: string }) => r.status !== 'draft')).toBe(true);
    const draftView = await request(t.app, partner, 'GET', `/api/partner/referrals/${draft.json().id}`);
    expect(draftView.statusCode).toBe(404);
  });

  it("answers 404 to another organisation's partner staff, for reading and acting", async () => {
    expect(
      (await request(t.app, otherPartner, 'GET', `/api/partner/referrals/${referralId}`)).statusCode,
    ).toBe(404);
    const act = await move(otherPartner, 'partner/referrals', referralId, { to: 'accepted', version: 1 });
    expect(act.statusCode).toBe(404);
    const list = (await request(t.app, otherPartner, 'GET', '/api/partner/referrals')).json();
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(referralId);
  });

  it('refuses illegal moves with 409 naming the allowed ones', async () => {
    const skip = await move(partner, 'partner/referrals', referralId, { to: 'enrolled', version: 1 });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().detail).toContain('Allowed: accepted, declined');
    const cancel = await move(partner, 'partner/referrals', referralId, {
      to: 'cancelled',
      version: 1,
      reason: 'x',
    });
    expect(cancel.statusCode).toBe(409);
  });

  it('runs the loop: accept, enrol (takes a seat), complete with outcome; the timeline shows it', async () => {
    const seatsBefore = await seatsLeft(offers.open);
    let view = (await move(partner, 'partner/referrals', referralId, { to: 'accepted', version: 1 })).json();
    expect(view).toMatchObject({ status: 'accepted', allowedTransitions: ['enrolled', 'no_show'] });
    expect(view.answeredAt).not.toBeNull();
    const stale = await move(partner, 'partner/referrals', referralId, { to: 'enrolled', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    view = (
      await move(partner, 'partner/referrals', referralId, { to: 'enrolled', version: view.version })
    ).json();
    expect(await seatsLeft(offers.open)).toBe((seatsBefore ?? 0) - 1);
    const noOutcome = await move(partner, 'partner/referrals', referralId, {
      to: 'completed',
      version: view.version,
    });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().errors[0].field).toBe('outcome');
    view = (
      await move(partner, 'partner/referrals', referralId, {
        to: 'completed',
        version: view.version,
        outcome: 'business_started',
        feedback: 'Opened a tailoring workshop in Casablanca.',
      })
    ).json();
    expect(view).toMatchObject({ status: 'completed', outcome: 'business_started', allowedTransitions: [] });

    const staffView = (await request(t.app, counsellor, 'GET', `/api/referrals/${referralId}`)).json();
    expect(staffView.events.map((e: { to: string; actorSide: string }) => `${e.to}/${e.actorSide}`)).toEqual([
      'sent/centre',
      'accepted/partner',
      'enrolled/partner',
      'completed/partner',
    ]);
    const timeline = (await request(t.app, counsellor, 'GET', `/api/clients/${client.id}/timeline`)).json();
    const completed = timeline.items.find(
      (e: { kind: string; details: { referralId?: string; status?: string } }) =>
        e.kind === 'referral' && e.details.referralId === referralId && e.details.status === 'completed',
    );
    expect(completed.details).toMatchObject({ outcome: 'business_started' });
  });

  it('enrols no one into a full offer, even when the referral was accepted earlier', async () => {
    const accept = async () => {
      const id = (await refer({ offerId: offers.oneSeat })).json().id;
      const v = (await move(partner, 'partner/referrals', id, { to: 'accepted', version: 1 })).json().version;
      return { id, v };
    };
    const first = await accept();
    const second = await accept();
    expect(
      (await move(partner, 'partner/referrals', first.id, { to: 'enrolled', version: first.v })).statusCode,
    ).toBe(200);
    const full = await move(partner, 'partner/referrals', second.id, { to: 'enrolled', version: second.v });
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('offer_full');
    expect(await seatsLeft(offers.oneSeat)).toBe(0);
    // The refused enrolment left the referral as it was.
    expect((await request(t.app, partner, 'GET', `/api/partner/referrals/${second.id}`)).json().status).toBe(
      'accepted',
    );
    expect((await refer({ offerId: offers.oneSeat })).json().code).toBe('offer_full');
  });

  it('lets centre staff record the answer on the partner’s behalf, marked as theirs', async () => {
    const id = (await refer({ offerId: offers.open })).json().id;
    const res = await move(counsellor, 'referrals', id, {
      to: 'declined',
      version: 1,
      reason: 'Course full this term',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'declined', declineReason: 'Course full this term' });
    expect(res.json().events.at(-1)).toMatchObject({ to: 'declined', actorSide: 'centre' });
  });
});

describe('consent withdrawal', () => {
  it('leaves the partner only case code, status and dates', async () => {
    const consent = await request(t.app, counsellor, 'POST', `/api/clients/${client.id}/consents`, {
      purpose: 'partner_sharing',
      partnerOrganisationId: partnerId,
      textVersion: 's-2',
      language: 'fr',
    });
    const consentId = consent.json().id;
    const id = (await refer({ offerId: offers.open, consentId })).json().id;
    const before = (await request(t.app, partner, 'GET', `/api/partner/referrals/${id}`)).json();
    expect(before.shared.givenName).toBe('Fatima');

    const withdrawn = await request(
      t.app,
      counsellor,
      'POST',
      `/api/clients/${client.id}/consents/${consentId}/withdraw`,
    );
    expect(withdrawn.statusCode).toBe(200);
    const after = await request(t.app, partner, 'GET', `/api/partner/referrals/${id}`);
    expect(after.json()).toMatchObject({ caseCode: client.caseCode, status: 'sent', shared: null });
    expect(after.body).not.toContain('Fatima');
    expect(after.body).not.toContain('+212612345678');
    // And no new referral rests on it.
    expect((await refer({ offerId: offers.open, consentId })).json().code).toBe('sharing_consent_missing');
  });
});

describe('overdue referrals', () => {
  it('are the sent ones unanswered longer than the country allows (default 7 days)', async () => {
    const id = (await refer({ offerId: offers.open })).json().id;
    const overdueIds = async () =>
      (await request(t.app, counsellor, 'GET', '/api/referrals?overdue=true&limit=200'))
        .json()
        .items.map((r: { id: string }) => r.id);
    expect(await overdueIds()).not.toContain(id);
    await sql`UPDATE referrals SET sent_at = now() - interval '8 days' WHERE id = ${id}`.execute(db());
    expect(await overdueIds()).toContain(id);
    expect((await request(t.app, counsellor, 'GET', `/api/referrals/${id}`)).json().overdue).toBe(true);

    const settings = `/api/countries/MA/referral-settings`;
    expect((await request(t.app, manager, 'GET', settings)).json()).toEqual({
      countryCode: 'MA',
      overdueAfterDays: 7,
    });
    expect((await request(t.app, counsellor, 'PUT', settings, { overdueAfterDays: 10 })).statusCode).toBe(
      403,
    );
    const ghManager = await logIn(t.app, demoEmail('country_manager', 'GH'));
    expect((await request(t.app, ghManager, 'PUT', settings, { overdueAfterDays: 10 })).statusCode).toBe(404);
    const bad = await request(t.app, manager, 'PUT', settings, { overdueAfterDays: 0 });
    expect(bad.json().errors[0].field).toBe('overdueAfterDays');
    expect((await request(t.app, manager, 'PUT', settings, { overdueAfterDays: 10 })).statusCode).toBe(200);
    expect(await overdueIds()).not.toContain(id);

    // Once answered, it is no longer overdue.
    await request(t.app, manager, 'PUT', settings, { overdueAfterDays: 7 });
    await move(partner, 'partner/referrals', id, { to: 'accepted', version: 1 });
    expect(await overdueIds()).not.toContain(id);
  });
});

describe('drafts', () => {
  it('take their snapshot when sent, not when saved', async () => {
    const draft = (await refer({ offerId: offers.open, send: false })).json();
    expect(draft.allowedTransitions).toEqual(['sent', 'cancelled']);
    await request(t.app, counsellor, 'PUT', `/api/clients/${client.id}`, {
      ...(await editableProfile()),
      phone: '+212600000001',
    });
    const sent = await move(counsellor, 'referrals', draft.id, { to: 'sent', version: draft.version });
    expect(sent.statusCode).toBe(200);
    const view = (await request(t.app, partner, 'GET', `/api/partner/referrals/${draft.id}`)).json();
    expect(view.shared.phone).toBe('+212600000001');
  });

  it('can be cancelled without ever being sent', async () => {
    const draft = (await refer({ offerId: offers.open, send: false })).json();
    const cancelled = await move(counsellor, 'referrals', draft.id, {
      to: 'cancelled',
      version: draft.version,
      reason: 'client changed their mind',
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', sentAt: null, allowedTransitions: [] });
    const partnerView = await request(t.app, partner, 'GET', `/api/partner/referrals/${draft.id}`);
    expect(partnerView.statusCode).toBe(404);
  });
});

async function seatsLeft(offerId: string) {
  const row = await db()
    .selectFrom('offers')
    .select('seats_left')
    .where('id', '=', offerId)
    .executeTakeFirstOrThrow();
  return row.seats_left;
}

/** The client as an edit form would send it back. */
async function editableProfile() {
  const c = (await request(t.app, counsellor, 'GET', `/api/clients/${client.id}`)).json();
  const centreId = await firstCentreOf(demoEmail('counsellor', 'MA'));
  const { consents: _consents, ...profile } = clientBody(centreId, {
    name: { given: 'Fatima', family: 'Benali' },
    nameOriginal: { given: 'فاطمة', family: 'بنعلي' },
    sex: 'female',
    group: 'returnee',
    intentions: undefined,
    returnDetails: { fromCountry: 'LY', kind: 'assisted_voluntary' },
    idDocument: { type: 'national_id', number: 'BK123456' },
  });
  const { centreId: _centre, ...rest } = profile;
  return { ...rest, version: c.version };
}
