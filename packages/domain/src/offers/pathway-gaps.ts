import type { OfferCategory } from '@pathways/contracts';
import type { PathwayEvaluation, Reason } from '../pathways/result.js';

// What a centre can offer when a legal pathway is out of reach for now: a missing German level
// points to a language course, a missing recognition to recognition support, and so on.
const categoriesByCode: Record<string, readonly OfferCategory[]> = {
  language_level_insufficient: ['pre_integration_language_course'],
  reach_language_level: ['pre_integration_language_course'],
  recognition_required: ['recognition_support'],
  recognition_pending: ['recognition_support'],
  apply_for_recognition: ['recognition_support'],
  complete_recognition: ['recognition_support'],
  qualification_not_eligible: ['vocational_training', 'qualification'],
  experience_insufficient: ['vocational_training', 'job_placement'],
  gain_experience: ['vocational_training', 'job_placement'],
  offer_required: ['job_search_support', 'job_placement'],
  find_offer: ['job_search_support', 'job_placement'],
};

/** An unknown language level is a gap too: the client may need a course to prove one. */
function categoriesOf(reason: Reason): readonly OfferCategory[] {
  if (
    reason.code === 'fact_unknown' &&
    typeof reason.fact === 'string' &&
    reason.fact.startsWith('languages.')
  )
    return ['pre_integration_language_course'];
  return categoriesByCode[reason.code] ?? [];
}

/**
 * The offer categories that could close the gaps of the routes a client does not (yet) qualify
 * for, most needed first: ranked by how many routes each gap blocks.
 */
export function offerCategoriesForPathwayGaps(
  evaluation: Pick<PathwayEvaluation, 'routes'>,
): OfferCategory[] {
  const routesBlocked = new Map<OfferCategory, Set<string>>();
  for (const route of evaluation.routes) {
    if (route.status === 'eligible') continue;
    for (const reason of [...route.missing, ...route.failed, ...route.nextSteps])
      for (const category of categoriesOf(reason)) {
        const routes = routesBlocked.get(category) ?? new Set<string>();
        routesBlocked.set(category, routes.add(route.routeId));
      }
  }
  return [...routesBlocked.entries()].sort((a, b) => b[1].size - a[1].size).map(([category]) => category);
}
