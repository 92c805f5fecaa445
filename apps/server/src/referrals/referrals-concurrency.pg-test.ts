import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientBody, createTestApp, demoEmail, logIn, request, type TestContext } from '../testing/index.js';
import { insertAgreement, insertOffer, partnerOfUser } from './referral-fixtures.js';

// Real parallel connections (PostgreSQL only): PGlite serialises everything and proves nothing here.
let t: TestContext;
afterAll(() => t.close());
beforeAll(async () => {
  t = await createTestApp();
});

describe('enrolment under concurrency', () => {
  it('fills 3 seats from 8 simultaneous enrolments: 3 succeed, 5 get 409, seats never go below 0', async () => {
    const db = t.database.db;
    const counsellor = await logIn(t.app, demoEmail('counsellor', 'MA'));
    const partner = await logIn(t.app, demoEmail('partner_staff', 'MA'));
    const { partner_organisation_id: partnerId } = await partnerOfUser(db, demoEmail('partner_staff', 'MA'));
    const { centre_id: centreId } = await partnerOfUser(db, demoEmail('counsellor', 'MA'));
    await insertAgreement(db, 'MA', partnerId as string, {
      signedOn: '2025-01-01',
      expiresOn: '2099-01-01',
      purposes: ['referrals'],
    });
    const offerId = await insertOffer(db, 'MA', partnerId as string, 'active', 3);

    const accepted = [];
    for (let i = 0; i < 8; i++) {
      const client = (
        await request(
          t.app,
          counsellor,
          'POST',
          '/api/clients',
          clientBody(centreId as string, {
            name: { given: `Amina${i}`, family: 'Tazi' },
            sex: 'female',
            consents: [
              { purpose: 'counselling', textVersion: 'c-1', language: 'fr' },
              {
                purpose: 'partner_sharing',
                partnerOrganisationId: partnerId as string,
                textVersion: 's-1',
                language: 'fr',
              },
            ],
          }),
        )
      ).json();
      const consentId = client.consents.find((c: { purpose: string }) => c.purpose === 'partner_sharing').id;
      const referral = (
        await request(t.app, counsellor, 'POST', `/api/clients/${client.id}/referrals`, {
          offerId,
          reason: 'Start-up training',
          consentId,
        })
      ).json();
      const answer = await request(
        t.app,
        partner,
        'POST',
        `/api/partner/referrals/${referral.id}/transitions`,
        {
          to: 'accepted',
          version: referral.version,
        },
      );
      accepted.push(answer.json());
    }

    const results = await Promise.all(
      accepted.map((r) =>
        request(t.app, partner, 'POST', `/api/partner/referrals/${r.id}/transitions`, {
          to: 'enrolled',
          version: r.version,
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 200, 200, 409, 409, 409, 409, 409]);
    const offer = await db
      .selectFrom('offers')
      .select('seats_left')
      .where('id', '=', offerId)
      .executeTakeFirstOrThrow();
    expect(offer.seats_left).toBe(0);
    const enrolled = await db
      .selectFrom('referrals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('offer_id', '=', offerId)
      .where('status', '=', 'enrolled')
      .executeTakeFirstOrThrow();
    expect(Number(enrolled.n)).toBe(3);
  });
});
