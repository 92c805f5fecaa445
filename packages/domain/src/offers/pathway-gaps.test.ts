import { describe, expect, it } from 'vitest';
import type { RouteResult } from '../pathways/result.js';
import { offerCategoriesForPathwayGaps } from './pathway-gaps.js';

const route = (
  routeId: string,
  status: RouteResult['status'],
  parts: Partial<RouteResult> = {},
): RouteResult => ({
  routeId,
  title: routeId,
  status,
  missing: [],
  failed: [],
  nextSteps: [],
  notes: [],
  legalBasis: '',
  sources: [],
  ...parts,
});

describe('offer categories for pathway gaps', () => {
  it('points a missing German level to a language course, and an unknown one too', () => {
    expect(
      offerCategoriesForPathwayGaps({
        routes: [
          route('opportunity_card_points', 'possibly_eligible', {
            nextSteps: [{ code: 'reach_language_level', language: 'de', level: 'A2' }],
          }),
          route('skilled_worker', 'possibly_eligible', {
            missing: [{ code: 'fact_unknown', fact: 'languages.de' }],
          }),
        ],
      }),
    ).toEqual(['pre_integration_language_course']);
  });

  it('ignores eligible routes and unknown facts that are not languages', () => {
    expect(
      offerCategoriesForPathwayGaps({
        routes: [
          route('eu_blue_card', 'eligible', { nextSteps: [{ code: 'reach_language_level' }] }),
          route('x', 'possibly_eligible', { missing: [{ code: 'fact_unknown', fact: 'salary' }] }),
        ],
      }),
    ).toEqual([]);
  });

  it('ranks the gap that blocks most routes first', () => {
    const categories = offerCategoriesForPathwayGaps({
      routes: [
        route('a', 'not_eligible', { failed: [{ code: 'recognition_required' }] }),
        route('b', 'possibly_eligible', { missing: [{ code: 'offer_required' }] }),
        route('c', 'possibly_eligible', {
          missing: [{ code: 'offer_required' }, { code: 'recognition_pending' }],
        }),
        route('d', 'possibly_eligible', { missing: [{ code: 'offer_required' }] }),
      ],
    });
    expect(categories.slice(0, 2)).toEqual(['job_search_support', 'job_placement']);
    expect(categories).toContain('recognition_support');
    expect(categories.indexOf('recognition_support')).toBeGreaterThan(1);
  });
});
