// The client's facts as the pathway navigator sees them. Every field is optional because a
// counsellor often does not know a fact yet: an absent field means "unknown" and leads to
// "possibly eligible — missing: …", never to "not eligible". The same schema validates the API
// request and drives the web form, so it describes the client, not any one destination's law.
import { z } from 'zod';

export const CEFR_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const CefrLevelSchema = z.enum(CEFR_LEVELS);
/** `none` is a known absence of the language; an unknown level is an absent key. */
export type CefrLevel = z.infer<typeof CefrLevelSchema>;

export const QUALIFICATION_LEVELS = [
  'none',
  /** school-leaving certificate giving access to vocational training or university in the destination */
  'school_leaving',
  /** vocational qualification of at least 2 years' training, state-recognised where it was gained */
  'vocational',
  'university',
  /** vocational qualification from a German Chamber of Commerce abroad (AHK) */
  'ahk',
] as const;
export const QualificationLevelSchema = z.enum(QUALIFICATION_LEVELS);
export type QualificationLevel = z.infer<typeof QualificationLevelSchema>;

/** Recognition in the destination country; a qualification gained there counts as `full`. */
export const RECOGNITION_STATUSES = ['none', 'applied', 'partial', 'full'] as const;
export const RecognitionStatusSchema = z.enum(RECOGNITION_STATUSES);
export type RecognitionStatus = z.infer<typeof RecognitionStatusSchema>;

const isValidIsoDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isValidIsoDate, 'must be a real calendar date');
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const PathwayCountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals (XK for Kosovo)');

export const LanguageCodeSchema = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code');

export const ExperiencePeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema.optional() })
  .refine((period) => !period.to || period.to >= period.from, 'a period must not end before it starts');
export type ExperiencePeriod = z.infer<typeof ExperiencePeriodSchema>;

export const QualifiedExperienceSchema = z
  .object({
    /** Periods of qualified work; when given they take precedence over the year counts. */
    periods: z.array(ExperiencePeriodSchema).optional(),
    yearsInLast5: z.number().min(0).max(5).optional(),
    yearsInLast7: z.number().min(0).max(7).optional(),
  })
  .refine(
    (exp) =>
      exp.yearsInLast5 === undefined ||
      exp.yearsInLast7 === undefined ||
      (exp.yearsInLast7 >= exp.yearsInLast5 && exp.yearsInLast7 <= exp.yearsInLast5 + 2),
    'years in the last 7 must be at least the years in the last 5 and at most 2 more',
  );
export type QualifiedExperience = z.infer<typeof QualifiedExperienceSchema>;

export const JobOfferSchema = z.object({
  annualGrossSalaryEur: z.number().nonnegative().optional(),
  matchesQualification: z.boolean().optional(),
  isEmployerBoundByCollectiveAgreement: z.boolean().optional(),
  /** A written agreement with the employer to pursue recognition after arrival. */
  hasRecognitionPartnershipAgreement: z.boolean().optional(),
  isEmployerSuitableForQualification: z.boolean().optional(),
});
export type JobOffer = z.infer<typeof JobOfferSchema>;

export const TrainingPlaceOfferSchema = z.object({
  /** The training company or school confirmed the client's language skills are adequate. */
  isLanguageConfirmedAdequate: z.boolean().optional(),
  hasPreparatoryLanguageCourse: z.boolean().optional(),
});
export type TrainingPlaceOffer = z.infer<typeof TrainingPlaceOfferSchema>;

export const LanguageCourseSchema = z.object({ hoursPerWeek: z.number().positive().optional() });
export type LanguageCourse = z.infer<typeof LanguageCourseSchema>;

export const PathwayProfileSchema = z
  .object({
    nationality: PathwayCountryCodeSchema.optional(),
    dateOfBirth: IsoDateSchema.optional(),
    /** Only the year is known (common on documents): the age is then known within one year. */
    birthYear: z.number().int().min(1900).max(2100).optional(),
    /** Age at the evaluation date, when neither date nor year of birth was recorded. */
    age: z.number().int().min(0).max(120).optional(),
    highestQualification: QualificationLevelSchema.optional(),
    recognitionStatus: RecognitionStatusSchema.optional(),
    qualificationAwardedOn: IsoDateSchema.optional(),
    isShortageOccupation: z.boolean().optional(),
    isItSpecialist: z.boolean().optional(),
    qualifiedExperience: QualifiedExperienceSchema.optional(),
    /** CEFR level per ISO 639-1 language code, e.g. { de: 'B1', en: 'B2' }. */
    languages: z.record(LanguageCodeSchema, CefrLevelSchema).optional(),
    jobOffer: JobOfferSchema.optional(),
    trainingPlaceOffer: TrainingPlaceOfferSchema.optional(),
    languageCourse: LanguageCourseSchema.optional(),
    /** Lawful, non-tourist stay in the destination within the last 5 years. */
    lawfulStayMonthsInLast5Years: z.number().min(0).max(60).optional(),
    isPartnerApplyingAndEligible: z.boolean().optional(),
    hasReceivedAsylumSeekerBenefitsLast24Months: z.boolean().optional(),
    isLivelihoodSecured: z.boolean().optional(),
    hasAdequatePensionProvision: z.boolean().optional(),
  })
  .strict();
export type PathwayProfile = z.infer<typeof PathwayProfileSchema>;

/** Yes/no facts a rule pack may test; dotted names read inside an offer. */
export const BOOLEAN_FACTS = [
  'isShortageOccupation',
  'isItSpecialist',
  'isPartnerApplyingAndEligible',
  'hasReceivedAsylumSeekerBenefitsLast24Months',
  'isLivelihoodSecured',
  'hasAdequatePensionProvision',
  'jobOffer.matchesQualification',
  'jobOffer.isEmployerBoundByCollectiveAgreement',
  'jobOffer.hasRecognitionPartnershipAgreement',
  'jobOffer.isEmployerSuitableForQualification',
  'trainingPlaceOffer.isLanguageConfirmedAdequate',
  'trainingPlaceOffer.hasPreparatoryLanguageCourse',
] as const;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];

export const NUMBER_FACTS = [
  'lawfulStayMonthsInLast5Years',
  'languageCourse.hoursPerWeek',
  'jobOffer.annualGrossSalaryEur',
] as const;
export type NumberFact = (typeof NUMBER_FACTS)[number];

export const OFFER_KINDS = ['jobOffer', 'trainingPlaceOffer', 'languageCourse'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const readBooleanFact = (profile: PathwayProfile, fact: BooleanFact): boolean | undefined => {
  const [head, tail] = fact.split('.') as [string, string | undefined];
  const value: unknown = tail
    ? (profile[head as OfferKind] as Record<string, unknown> | undefined)?.[tail]
    : profile[head as keyof PathwayProfile];
  return typeof value === 'boolean' ? value : undefined;
};

export const readNumberFact = (profile: PathwayProfile, fact: NumberFact): number | undefined => {
  const [head, tail] = fact.split('.') as [string, string | undefined];
  const value: unknown = tail
    ? (profile[head as OfferKind] as Record<string, unknown> | undefined)?.[tail]
    : profile[head as keyof PathwayProfile];
  return typeof value === 'number' ? value : undefined;
};

export const compareCefr = (a: CefrLevel, b: CefrLevel): number =>
  CEFR_LEVELS.indexOf(a) - CEFR_LEVELS.indexOf(b);
