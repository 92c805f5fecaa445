/** What referrals say: shared-field sets, reasons, decline and cancel reasons, outcomes by category. */
import type { Category } from './network-catalogue.js';

export const SHARED_FIELD_SETS: [string[], number][] = [
  [['givenName', 'phone', 'languages', 'reason'], 55],
  [['givenName', 'familyName', 'phone', 'languages', 'reason'], 20],
  [['givenName', 'familyName', 'phone', 'sex', 'birthYear', 'educationIsced', 'reason'], 15],
  [['givenName', 'phone', 'reason', 'clientGroup', 'region'], 10],
];

export const REASONS: Record<Category | 'direct', string[]> = {
  vocational_training: [
    'Wants a recognised trade certificate before applying abroad.',
    'Interested in the technician course; has some work experience.',
  ],
  qualification: [
    'Needs a certified qualification for the job offer.',
    'Wants to formalise years of experience with a certificate.',
  ],
  pre_integration_language_course: [
    'Needs German B1 for the visa application.',
    'Starting German from scratch; motivated for the skilled-worker route.',
  ],
  job_search_support: [
    'Looking for work locally; needs help with CV and interviews.',
    'Wants support finding a job in the region.',
  ],
  job_placement: [
    'Ready to start work; matches the placement profile.',
    'Completed training; looking for an apprenticeship place.',
  ],
  business_start_up: [
    'Has a business idea and wants coaching and start-up capital.',
    'Plans a small workshop; needs a business plan.',
  ],
  psychosocial_support: [
    'Asked for someone to talk to after return.',
    'Shows signs of stress; agreed to psychosocial support.',
  ],
  health: ['Needs a health check before training.', 'Asked for help with access to health services.'],
  shelter_emergency: ['No place to stay after return; needs emergency accommodation.'],
  reintegration_assistance: [
    'Returned recently; needs tools to restart work.',
    'Eligible for in-kind reintegration support.',
  ],
  recognition_support: [
    'Diploma needs recognition for the destination country.',
    'Needs help translating and submitting certificates.',
  ],
  information_event: ['Wants to learn about legal pathways before deciding.'],
  direct: ['Referred for individual support.', 'Needs the organisation’s help with a personal situation.'],
};
export const DECLINE_REASONS = [
  'Does not meet the entry requirements.',
  'No places left in this cohort.',
  'Client could not be reached.',
  'Outside our service area.',
  'Client is already enrolled elsewhere.',
];
export const CANCEL_REASONS = [
  'Client found a job.',
  'Client changed plans.',
  'Client moved away.',
  'Referred by mistake to the wrong offer.',
];
export const DROPOUT_REASONS = ['Found a job.', 'Family reasons.', 'Moved abroad.', 'Health reasons.'];
export const COMPLETION_FEEDBACK = [
  'Completed all modules.',
  'Certificate issued.',
  'Very motivated participant.',
  'Good attendance throughout.',
];
export const OUTCOMES: Record<Category | 'direct', [string, number][]> = {
  vocational_training: [
    ['certificate_obtained', 65],
    ['job', 25],
    ['migrated_regularly', 5],
    ['other', 5],
  ],
  qualification: [
    ['certificate_obtained', 75],
    ['job', 20],
    ['other', 5],
  ],
  pre_integration_language_course: [
    ['certificate_obtained', 75],
    ['migrated_regularly', 15],
    ['other', 10],
  ],
  job_search_support: [
    ['job', 55],
    ['other', 45],
  ],
  job_placement: [
    ['job', 85],
    ['other', 15],
  ],
  business_start_up: [
    ['business_started', 70],
    ['other', 30],
  ],
  psychosocial_support: [['other', 100]],
  health: [['other', 100]],
  shelter_emergency: [['other', 100]],
  reintegration_assistance: [
    ['business_started', 35],
    ['job', 25],
    ['other', 40],
  ],
  recognition_support: [
    ['certificate_obtained', 50],
    ['migrated_regularly', 20],
    ['other', 30],
  ],
  information_event: [
    ['other', 80],
    ['job', 10],
    ['migrated_regularly', 10],
  ],
  direct: [
    ['other', 70],
    ['job', 20],
    ['business_started', 10],
  ],
};
