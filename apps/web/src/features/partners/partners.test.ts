import { type Agreement, AgreementInput, CreatePartnerBody } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { agreementStateOn, referralStatusOf, sortAgreements } from './agreement-status';
import { countriesWithPermission } from './manageable-countries';
import {
  contactRowIndex,
  emptyAgreementDraft,
  emptyContact,
  emptyPartnerDraft,
  toAgreementInput,
  toCreatePartnerBody,
} from './partner-draft';

const agreement = (patch: Partial<Agreement>): Agreement => ({
  id: '01a21e13-0a60-712d-b12a-000000000001',
  signedOn: '2025-01-01',
  expiresOn: '2027-01-01',
  purposes: ['referrals'],
  reference: null,
  coversReferralsToday: true,
  ...patch,
});

describe('partner form values', () => {
  it('drops wholly empty contact rows, keeps half-filled ones, and tidies phone numbers', () => {
    const draft = {
      ...emptyPartnerDraft('MA'),
      name: 'Association Retour et Avenir',
      type: 'ngo' as const,
      contacts: [
        { ...emptyContact(), name: 'Samira', phone: '+212 6 12 34 56 78' },
        emptyContact(),
        { ...emptyContact(), email: 'contact@example.org' },
      ],
    };
    const result = CreatePartnerBody.safeParse(toCreatePartnerBody(draft));
    expect(result.success).toBe(false);
    // The third row is the second one sent: its missing name is reported as contacts.1.name.
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['contacts.1.name']);
    expect(toCreatePartnerBody(draft).contacts[0]).toEqual({
      name: 'Samira',
      role: undefined,
      email: undefined,
      phone: '+212612345678',
    });
    // …and the form maps that index back to the third row.
    const third = draft.contacts[2]?.key;
    expect(contactRowIndex(draft).get(1)).toBe(third);
  });

  it('leaves empty agreement dates out so they read as missing', () => {
    const result = AgreementInput.safeParse(toAgreementInput(emptyAgreementDraft()));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['signedOn', 'invalid_type'],
      ['expiresOn', 'invalid_type'],
    ]);
  });
});

describe('referral status of a partner', () => {
  it('is valid until the latest expiry among the agreements covering referrals', () => {
    const status = referralStatusOf({
      canReceiveReferrals: true,
      agreements: [
        agreement({ expiresOn: '2026-12-31' }),
        agreement({ expiresOn: '2028-06-30', purposes: ['statistics'], coversReferralsToday: false }),
        agreement({ expiresOn: '2027-03-31' }),
      ],
    });
    expect(status).toEqual({ canReceive: true, validUntil: '2027-03-31' });
  });

  it('is blocked when the server says so, whatever the agreements', () => {
    expect(referralStatusOf({ canReceiveReferrals: false, agreements: [agreement({})] })).toEqual({
      canReceive: false,
      validUntil: null,
    });
    expect(referralStatusOf({ canReceiveReferrals: true, agreements: [] }).canReceive).toBe(false);
  });

  it('tells why an agreement does not cover referrals', () => {
    const today = '2026-05-01';
    expect(agreementStateOn(agreement({}), today)).toBe('covers_referrals');
    const notCovering = { coversReferralsToday: false };
    expect(agreementStateOn(agreement({ ...notCovering, purposes: ['statistics'] }), today)).toBe(
      'other_purposes',
    );
    expect(agreementStateOn(agreement({ ...notCovering, signedOn: '2026-06-01' }), today)).toBe(
      'not_yet_signed',
    );
    expect(agreementStateOn(agreement({ ...notCovering, expiresOn: '2026-04-30' }), today)).toBe('expired');
  });

  it('lists the newest agreement first', () => {
    const sorted = sortAgreements([
      agreement({ id: 'a', expiresOn: '2026-01-01' }),
      agreement({ id: 'b', expiresOn: '2028-01-01' }),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['b', 'a']);
  });
});

describe('countries where a permission is held', () => {
  const all = ['GH', 'MA', 'EG'];
  it('gives every country to a role held over all, the membership’s country to a country role', () => {
    expect(
      countriesWithPermission(
        [{ role: 'admin', scopeType: 'all', countryCode: null }],
        'partners.manage',
        all,
      ),
    ).toEqual(all);
    expect(
      countriesWithPermission(
        [{ role: 'country_manager', scopeType: 'country', countryCode: 'MA' }],
        'partners.manage',
        all,
      ),
    ).toEqual(['MA']);
  });

  it('gives none to a role without the permission', () => {
    expect(
      countriesWithPermission(
        [
          { role: 'counsellor', scopeType: 'centre', countryCode: 'GH' },
          { role: 'analyst', scopeType: 'all', countryCode: null },
        ],
        'partners.manage',
        all,
      ),
    ).toEqual([]);
  });
});
