// Signals that an eligible offer suits this client in particular: it serves what they came for,
// and it is delivered in a language they can follow. They rank offers, never exclude them.
import type { ClientGroup, OfferCategory } from '@pathways/contracts';
import { rankLanguageLevel } from './eligibility.js';
import { fit } from './findings.js';
import type { Finding, MatchContext } from './types.js';

/**
 * What each category does for a prospective migrant, by migration purpose: language and vocational
 * preparation for work or training abroad, language and recognition for study.
 */
const PURPOSES_SERVED: Partial<Record<OfferCategory, readonly string[]>> = {
  pre_integration_language_course: ['work', 'vocational_training', 'study'],
  vocational_training: ['work', 'vocational_training'],
  qualification: ['work', 'vocational_training'],
  recognition_support: ['work', 'study'],
};

/** What each category does for the groups that stay: reintegration for returnees, jobs at home. */
const GROUPS_SERVED: Partial<Record<OfferCategory, readonly ClientGroup[]>> = {
  reintegration_assistance: ['returnee'],
  psychosocial_support: ['returnee'],
  business_start_up: ['returnee', 'local_job_seeker'],
  job_search_support: ['local_job_seeker'],
  job_placement: ['local_job_seeker'],
  vocational_training: ['local_job_seeker'],
};

export const checkIntention = ({ client, offer }: MatchContext): Finding | undefined => {
  const { category } = offer;
  if (client.group === 'prospective_migrant') {
    const purpose = client.intentions?.purposes.find((p) => PURPOSES_SERVED[category]?.includes(p));
    return purpose ? fit('intention_fits', { category, purpose }) : undefined;
  }
  return GROUPS_SERVED[category]?.includes(client.group)
    ? fit('intention_fits', { category, group: client.group })
    : undefined;
};

// B1 is the first "independent user" level: enough to follow a course or a counselling session.
const FOLLOWS_DELIVERY_FROM = rankLanguageLevel('B1');

/**
 * The first of the offer's delivery languages the client speaks at B1 or better. The language an
 * eligibility requirement names is left out: `language_fits` already speaks for it.
 */
export const checkOfferLanguage = ({ client, offer }: MatchContext): Finding | undefined => {
  const required = offer.eligibility.language?.code;
  const canFollow = (code: string): boolean =>
    client.languages.some((l) => l.code === code && rankLanguageLevel(l.level) >= FOLLOWS_DELIVERY_FROM);
  const language = offer.languages.find((code) => code !== required && canFollow(code));
  return language ? fit('offered_in_client_language', { language }) : undefined;
};
