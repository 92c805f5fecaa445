import { DEFAULT_THEME } from '@mantine/core';
import { type Consent, referralStatuses } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { parseReferralListSearch } from './list-search';
import { actionsFor } from './referral-actions';
import { activeSharingConsents } from './referral-consents';
import { referralStatusColours, referralStatusLabelKey } from './referral-status';

// WCAG contrast of white text on a Mantine colour such as `teal.9`.
const contrastWithWhite = (colour: string): number => {
  const [name, shade] = colour.split('.') as [keyof typeof DEFAULT_THEME.colors, string];
  // An unknown colour reads as white, which fails the check.
  const hex = DEFAULT_THEME.colors[name]?.[Number(shade)] ?? '#ffffff';
  const channel = (index: number) => {
    const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
};

describe('referral status look', () => {
  it('keeps white badge text and coloured button text above 4.5:1', () => {
    const colours = [
      ...referralStatuses.map((status) => referralStatusColours[status]),
      ...actionsFor(referralStatuses).map((action) => action.color),
    ];
    expect(colours.filter((colour) => contrastWithWhite(colour) < 4.5)).toEqual([]);
    // The check can fail: orange text on white is too light.
    expect(contrastWithWhite('orange.9')).toBeLessThan(4.5);
  });

  it('gives every status its own label', () => {
    for (const status of referralStatuses)
      expect(referralStatusLabelKey(status)).toBe(`referrals.status.${status}`);
  });

  it('tells good and bad endings apart by colour too', () => {
    expect(referralStatusColours.completed).not.toBe(referralStatusColours.declined);
    expect(referralStatusColours.accepted).not.toBe(referralStatusColours.declined);
    expect(referralStatusColours.sent).not.toBe(referralStatusColours.draft);
  });
});

const consent = (over: Partial<Consent>): Consent => ({
  id: crypto.randomUUID(),
  purpose: 'partner_sharing',
  partnerOrganisationId: 'p1',
  textVersion: 'v1',
  language: 'en',
  recordedBy: crypto.randomUUID(),
  recordedAt: '2026-01-01T10:00:00Z',
  withdrawnAt: null,
  givenBy: 'client',
  guardianName: null,
  ...over,
});

describe('consents a referral can rest on', () => {
  it('keeps only valid sharing consents for that partner, newest first', () => {
    const older = consent({ recordedAt: '2026-01-01T10:00:00Z' });
    const newer = consent({ recordedAt: '2026-02-01T10:00:00Z' });
    const picked = activeSharingConsents(
      [
        older,
        consent({ withdrawnAt: '2026-01-15T10:00:00Z' }),
        consent({ partnerOrganisationId: 'p2' }),
        consent({ purpose: 'counselling', partnerOrganisationId: null }),
        newer,
      ],
      'p1',
    );
    expect(picked.map((c) => c.id)).toEqual([newer.id, older.id]);
  });
});

describe('referral list search', () => {
  it('keeps known statuses, the overdue flag and real pages only', () => {
    expect(parseReferralListSearch({ status: 'sent', overdue: 'true', page: '3' })).toEqual({
      status: 'sent',
      overdue: true,
      page: 3,
    });
    expect(parseReferralListSearch({ status: 'lost', overdue: 'yes', page: '1' })).toEqual({});
    expect(parseReferralListSearch({ overdue: true, page: 2.5 })).toEqual({ overdue: true });
  });
});
