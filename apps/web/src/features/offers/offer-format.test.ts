import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeCost, describeDates, describeSeats, formatIsoDate, localisedTitle } from './offer-format';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('offer formatting', () => {
  it('shows a calendar date on its own day, whatever the time zone', () => {
    expect(formatIsoDate('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatIsoDate('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });

  it('words the dates whether one or both ends are known', () => {
    expect(describeDates('2026-03-01', '2026-06-30', 'en', t)).toBe(
      'offers.dates.range {"start":"Mar 1, 2026","end":"Jun 30, 2026"}',
    );
    expect(describeDates(null, '2026-06-30', 'en', t)).toBe('offers.dates.until {"end":"Jun 30, 2026"}');
    expect(describeDates(undefined, null, 'en', t)).toBeNull();
  });

  it('says free for an amount of 0, nothing for no cost, and formats a price in its currency', () => {
    expect(describeCost(null, 'en', t)).toBeNull();
    expect(describeCost({ amount: 0, currency: 'MAD' }, 'en', t)).toBe('offers.cost.free');
    expect(describeCost({ amount: 1500, currency: 'USD' }, 'en', t)).toBe('$1,500.00');
    expect(describeCost({ amount: 1500, currency: 'MAD' }, 'fr', t)).toMatch(/^1\s500,00\sMAD$/);
  });

  it('tells no limit, full and places left apart', () => {
    expect(describeSeats(null, t)).toBe('offers.seats.noLimit');
    expect(describeSeats(0, t)).toBe('offers.seats.full');
    expect(describeSeats(3, t)).toBe('offers.seats.left {"count":3}');
  });

  it('falls back to the English title, and says which language it is in', () => {
    const offer = { title: { en: 'Job clubs', fr: 'Clubs emploi' } };
    expect(localisedTitle(offer, 'fr')).toEqual({ text: 'Clubs emploi', lang: 'fr' });
    expect(localisedTitle(offer, 'ar')).toEqual({ text: 'Job clubs', lang: 'en' });
  });
});
