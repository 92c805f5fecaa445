import {
  ageGroups,
  clientGroups,
  counsellingTopics,
  indicatorIds,
  offerCategories,
  partnerTypes,
  referralOutcomes,
  rowDimensions,
  sessionChannels,
  tableIds,
} from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { definitionOf, indicatorDefinitions, indicatorNotes, noteText } from './definitions.js';
import { dimensionLabels, labelOf, tableTitles } from './labels.js';
import { ageGroupOf, median, medianCell, rateCell } from './measures.js';

describe('age groups', () => {
  it('uses the age reached in the reference year', () => {
    expect(ageGroupOf(2012, 2026)).toBe('under_15'); // 14
    expect(ageGroupOf(2011, 2026)).toBe('15_24'); // 15
    expect(ageGroupOf(2002, 2026)).toBe('15_24'); // 24
    expect(ageGroupOf(2001, 2026)).toBe('25_34'); // 25
    expect(ageGroupOf(1982, 2026)).toBe('35_44'); // 44
    expect(ageGroupOf(1981, 2026)).toBe('45_plus'); // 45
    expect(ageGroupOf(null, 2026)).toBe('unknown');
    expect(ageGroupOf(2030, 2026)).toBe('unknown');
  });
});

describe('rates and medians', () => {
  it('computes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('shows a rate in a suppressed view only on a base of at least k with both counts shown', () => {
    const raw = { numerator: 6, denominator: 8 };
    expect(rateCell(6, 8, raw, true)).toBe(0.75);
    expect(rateCell(3, 4, { numerator: 3, denominator: 4 }, false)).toBe(0.75);
    expect(rateCell('<5', '<5', { numerator: 3, denominator: 4 }, true)).toBe('x'); // base 4 < 5
    // Base 10 is enough, but the 3 women are hidden: 30 % of 10 would give them back.
    expect(rateCell('<5', 10, { numerator: 3, denominator: 10 }, true)).toBe('x');
    expect(rateCell(0, 0, { numerator: 0, denominator: 0 }, true)).toBeNull();
    expect(rateCell(1, 3, { numerator: 1, denominator: 3 }, false)).toBe(0.3333);
  });

  it('hides a median made of fewer than k values in a suppressed view', () => {
    expect(medianCell(2.25, 4, true)).toBe('x');
    expect(medianCell(2.25, 4, false)).toBe(2.3);
    expect(medianCell(3, 5, true)).toBe(3);
    expect(medianCell(null, 0, true)).toBeNull();
    expect(medianCell(3, 5, true, 6)).toBe('x');
  });
});

describe('definitions and labels', () => {
  it('defines every indicator in English, French and Arabic', () => {
    expect(indicatorDefinitions.map((d) => d.id).sort()).toEqual([...indicatorIds].sort());
    for (const d of indicatorDefinitions) {
      for (const text of [d.name, d.definition]) {
        expect(text.en.length).toBeGreaterThan(3);
        expect(text.fr).not.toBe(text.en);
        expect(text.ar).toMatch(/[\u0600-\u06FF]/);
      }
    }
    expect(definitionOf('people_counselled').kind).toBe('distinct');
  });

  it('fills the threshold into the notes', () => {
    expect(noteText(indicatorNotes[0] as (typeof indicatorNotes)[number], 'en', 5)).toContain(
      'from 1 to 4 show as "<5"',
    );
  });

  it('labels every value a table row can take, in each language', () => {
    const values: [string, readonly string[]][] = [
      ['age_group', ageGroups],
      ['client_group', clientGroups],
      ['channel', sessionChannels],
      ['topic', counsellingTopics],
      ['offer_category', offerCategories],
      ['partner_type', partnerTypes],
      ['outcome', referralOutcomes],
    ];
    for (const [dimension, keys] of values)
      for (const key of keys)
        for (const lang of ['en', 'fr', 'ar'] as const)
          expect(labelOf(dimension, key, lang), `${dimension}.${key}`).not.toBe(key);
    expect(labelOf('sex', 'female', 'fr')).toBe('Femmes');
    for (const id of tableIds) expect(tableTitles[id]?.ar, id).toMatch(/[\u0600-\u06FF]/);
    for (const d of rowDimensions) expect(dimensionLabels[d]?.fr, d).toBeTruthy();
    expect(labelOf('topic', 'total', 'ar')).toBe('المجموع');
  });
});
