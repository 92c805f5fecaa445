// Results carry codes with flat parameters, never sentences: the web app translates them into
// en/fr/ar with ICU messages, and a stored assessment stays readable after a wording change.

import type { SourceQuality } from './pack.schema.js';
import type { IsoDate } from './profile.js';

export type ParamValue = string | number | boolean | null | readonly string[];

/** Why a route is missing something or fails, e.g. { code: 'fact_unknown', fact: 'languages.de' }. */
export type Reason = { readonly code: string; readonly [param: string]: ParamValue | undefined };

/** What the client can do, e.g. { code: 'reach_language_level', language: 'de', level: 'A2', pointsGained: 1 }. */
export type NextStep = Reason;

/** Caveats on the answer, e.g. { code: 'check_official_source', subject: 'blueCard', year: 2026 }. */
export type ResultNote = Reason;

export type RouteStatus = 'eligible' | 'possibly_eligible' | 'not_eligible';

export type PointsResult = {
  total: number;
  required: number;
  /** The most the client could reach if every unknown fact turned out favourably. */
  potentialTotal: number;
  breakdown: { criterion: string; points: number }[];
};

export type RouteSource = { legalBasis: string; sourceUrls: string[]; sourceQuality: SourceQuality };

export type RouteResult = {
  routeId: string;
  title: string;
  status: RouteStatus;
  missing: Reason[];
  failed: Reason[];
  points?: PointsResult;
  nextSteps: NextStep[];
  notes: ResultNote[];
  legalBasis: string;
  sources: RouteSource[];
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate;
};

export type PathwayEvaluation = {
  packId: string;
  packVersion: string;
  destination: string;
  evaluatedOn: IsoDate;
  routes: RouteResult[];
};

/** Engine-generated codes; a pack may add its own step and note codes. */
export const REASON_CODES = [
  'not_in_force',
  'fact_unknown',
  'age_out_of_range',
  'nationality_not_eligible',
  'qualification_not_eligible',
  'recognition_required',
  'recognition_pending',
  'qualification_not_recent',
  'experience_insufficient',
  'language_level_insufficient',
  'fact_mismatch',
  'number_below',
  'offer_required',
  'offer_not_matching_qualification',
  'job_offer_salary_at_least',
  'salary_below_threshold',
  'insufficient_points',
] as const;

export const NEXT_STEP_CODES = [
  'reach_language_level',
  'apply_for_recognition',
  'complete_recognition',
  'gain_experience',
  'find_offer',
  'job_offer_salary_at_least',
] as const;

export const NOTE_CODES = [
  'latest_known_amount_used',
  'earliest_known_amount_used',
  'check_official_source',
  'discretionary',
] as const;
