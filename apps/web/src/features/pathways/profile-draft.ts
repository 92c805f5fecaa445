import type { CefrLevel, PathwayProfile, QualificationLevel, RecognitionStatus } from '@pathways/domain';

// The questionnaire's state. Every answer may stay empty ("I don't know"): an empty answer is left
// out of the profile, and the engine reads a missing fact as "possibly eligible — missing", never
// as a refusal. Facts the form does not ask (e.g. work periods from the client's record) ride along
// in `base` untouched.

export const CEFR_OPTIONS = [
  'none',
  'A1',
  'A2',
  'B1',
  'B2',
  'C1',
  'C2',
] as const satisfies readonly CefrLevel[];
export const QUALIFICATION_OPTIONS = [
  'none',
  'school_leaving',
  'vocational',
  'university',
  'ahk',
] as const satisfies readonly QualificationLevel[];
export const RECOGNITION_OPTIONS = [
  'none',
  'applied',
  'partial',
  'full',
] as const satisfies readonly RecognitionStatus[];

export type TriState = '' | 'yes' | 'no';
export type NumberAnswer = number | string;

export type ProfileDraft = {
  base: PathwayProfile;
  nationality: string;
  age: NumberAnswer;
  birthYear: NumberAnswer;
  dateOfBirth: string;
  highestQualification: '' | QualificationLevel;
  recognitionStatus: '' | RecognitionStatus;
  qualificationAwardedOn: string;
  isShortageOccupation: TriState;
  isItSpecialist: TriState;
  yearsInLast5: NumberAnswer;
  yearsInLast7: NumberAnswer;
  german: '' | CefrLevel;
  english: '' | CefrLevel;
  hasJobOffer: TriState;
  salary: NumberAnswer;
  matchesQualification: TriState;
  collectiveAgreement: TriState;
  recognitionAgreement: TriState;
  hasTrainingPlace: TriState;
  hasLanguageCourse: TriState;
  courseHours: NumberAnswer;
  lawfulStayMonths: NumberAnswer;
  partnerApplying: TriState;
  receivedBenefits: TriState;
  livelihoodSecured: TriState;
};

/** Field errors keyed by the profile path the server uses too (without the `profile.` prefix). */
export type DraftErrors = Record<string, string>;

const toTri = (value: boolean | undefined): TriState => (value === undefined ? '' : value ? 'yes' : 'no');
const fromTri = (value: TriState): boolean | undefined => (value === '' ? undefined : value === 'yes');
const toNumberAnswer = (value: number | undefined): NumberAnswer => value ?? '';

export const readNumber = (value: NumberAnswer): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : Number.NaN;
};

export const todayIso = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export const draftFromProfile = (profile: PathwayProfile = {}): ProfileDraft => {
  const job = profile.jobOffer;
  return {
    base: profile,
    nationality: profile.nationality ?? '',
    age: toNumberAnswer(profile.age),
    birthYear: toNumberAnswer(profile.birthYear),
    dateOfBirth: profile.dateOfBirth ?? '',
    highestQualification: profile.highestQualification ?? '',
    recognitionStatus: profile.recognitionStatus ?? '',
    qualificationAwardedOn: profile.qualificationAwardedOn ?? '',
    isShortageOccupation: toTri(profile.isShortageOccupation),
    isItSpecialist: toTri(profile.isItSpecialist),
    yearsInLast5: toNumberAnswer(profile.qualifiedExperience?.yearsInLast5),
    yearsInLast7: toNumberAnswer(profile.qualifiedExperience?.yearsInLast7),
    german: profile.languages?.de ?? '',
    english: profile.languages?.en ?? '',
    hasJobOffer: job ? 'yes' : '',
    salary: toNumberAnswer(job?.annualGrossSalaryEur),
    matchesQualification: toTri(job?.matchesQualification),
    collectiveAgreement: toTri(job?.isEmployerBoundByCollectiveAgreement),
    recognitionAgreement: toTri(job?.hasRecognitionPartnershipAgreement),
    hasTrainingPlace: profile.trainingPlaceOffer ? 'yes' : '',
    hasLanguageCourse: profile.languageCourse ? 'yes' : '',
    courseHours: toNumberAnswer(profile.languageCourse?.hoursPerWeek),
    lawfulStayMonths: toNumberAnswer(profile.lawfulStayMonthsInLast5Years),
    partnerApplying: toTri(profile.isPartnerApplyingAndEligible),
    receivedBenefits: toTri(profile.hasReceivedAsylumSeekerBenefitsLast24Months),
    livelihoodSecured: toTri(profile.isLivelihoodSecured),
  };
};

const compact = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const nonEmpty = <T extends Record<string, unknown>>(value: T): T | undefined => {
  const cleaned = compact(value);
  return Object.keys(cleaned).length > 0 ? cleaned : undefined;
};

/** The profile to send; the engine decides, the form only drops what is unknown. */
export const profileFromDraft = (draft: ProfileDraft): PathwayProfile => {
  const { base } = draft;
  const dateOfBirth = draft.dateOfBirth || undefined;
  const age = readNumber(draft.age);
  const birthYear = readNumber(draft.birthYear);
  const years5 = readNumber(draft.yearsInLast5);
  const years7 = readNumber(draft.yearsInLast7);
  // Periods from the record win over year counts in the engine; counts typed here are newer.
  const hasYearCounts = years5 !== undefined || years7 !== undefined;
  const experience = nonEmpty({
    periods: hasYearCounts ? undefined : base.qualifiedExperience?.periods,
    yearsInLast5: years5,
    yearsInLast7: years7,
  });
  const otherLanguages = Object.fromEntries(
    Object.entries(base.languages ?? {}).filter(([code]) => code !== 'de' && code !== 'en'),
  );
  const languages: Record<string, CefrLevel> = { ...otherLanguages };
  if (draft.german) languages.de = draft.german;
  if (draft.english) languages.en = draft.english;
  const jobOffer =
    draft.hasJobOffer === 'yes'
      ? compact({
          ...base.jobOffer,
          annualGrossSalaryEur: readNumber(draft.salary),
          matchesQualification: fromTri(draft.matchesQualification),
          isEmployerBoundByCollectiveAgreement: fromTri(draft.collectiveAgreement),
          hasRecognitionPartnershipAgreement: fromTri(draft.recognitionAgreement),
        })
      : undefined;
  const languageCourse =
    draft.hasLanguageCourse === 'yes'
      ? compact({ ...base.languageCourse, hoursPerWeek: readNumber(draft.courseHours) })
      : undefined;
  // The engine prefers date of birth, then year of birth, then age: send only the most precise.
  const ageFacts = dateOfBirth
    ? { dateOfBirth }
    : birthYear !== undefined
      ? { birthYear }
      : age !== undefined
        ? { age }
        : {};
  return compact({
    ...base,
    dateOfBirth: undefined,
    birthYear: undefined,
    age: undefined,
    ...ageFacts,
    nationality: draft.nationality || undefined,
    highestQualification: draft.highestQualification || undefined,
    recognitionStatus: draft.recognitionStatus || undefined,
    qualificationAwardedOn: draft.qualificationAwardedOn || undefined,
    isShortageOccupation: fromTri(draft.isShortageOccupation),
    isItSpecialist: fromTri(draft.isItSpecialist),
    qualifiedExperience: experience,
    languages: Object.keys(languages).length > 0 ? languages : undefined,
    jobOffer,
    trainingPlaceOffer: draft.hasTrainingPlace === 'yes' ? { ...(base.trainingPlaceOffer ?? {}) } : undefined,
    languageCourse,
    lawfulStayMonthsInLast5Years: readNumber(draft.lawfulStayMonths),
    isPartnerApplyingAndEligible: fromTri(draft.partnerApplying),
    hasReceivedAsylumSeekerBenefitsLast24Months: fromTri(draft.receivedBenefits),
    isLivelihoodSecured: fromTri(draft.livelihoodSecured),
  });
};

const isRealDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

type Range = { min: number; max: number; isInteger?: boolean; isPositive?: boolean };

/**
 * The checks of PathwayProfileSchema the form can break, as message keys per field; the server
 * checks again and its field errors land on the same keys.
 */
export const validateDraft = (draft: ProfileDraft, evaluationDate?: string): DraftErrors => {
  const errors: DraftErrors = {};
  const checkNumber = (field: string, answer: NumberAnswer, range: Range) => {
    const value = readNumber(answer);
    if (value === undefined) return;
    if (Number.isNaN(value)) errors[field] = 'number';
    else if (range.isInteger && !Number.isInteger(value)) errors[field] = 'wholeNumber';
    else if (value < range.min || value > range.max || (range.isPositive && value <= 0))
      errors[field] = 'range';
  };
  checkNumber('age', draft.age, { min: 0, max: 120, isInteger: true });
  checkNumber('birthYear', draft.birthYear, { min: 1900, max: 2100, isInteger: true });
  checkNumber('qualifiedExperience.yearsInLast5', draft.yearsInLast5, { min: 0, max: 5 });
  checkNumber('qualifiedExperience.yearsInLast7', draft.yearsInLast7, { min: 0, max: 7 });
  checkNumber('lawfulStayMonthsInLast5Years', draft.lawfulStayMonths, { min: 0, max: 60 });
  if (draft.hasJobOffer === 'yes')
    checkNumber('jobOffer.annualGrossSalaryEur', draft.salary, { min: 0, max: Number.MAX_SAFE_INTEGER });
  if (draft.hasLanguageCourse === 'yes')
    checkNumber('languageCourse.hoursPerWeek', draft.courseHours, {
      min: 0,
      max: 168,
      isPositive: true,
    });
  for (const field of ['dateOfBirth', 'qualificationAwardedOn'] as const) {
    if (draft[field] && !isRealDate(draft[field])) errors[field] = 'date';
  }
  if (evaluationDate !== undefined && !isRealDate(evaluationDate)) errors.evaluationDate = 'date';
  const years5 = readNumber(draft.yearsInLast5);
  const years7 = readNumber(draft.yearsInLast7);
  if (
    years5 !== undefined &&
    years7 !== undefined &&
    !errors['qualifiedExperience.yearsInLast5'] &&
    !errors['qualifiedExperience.yearsInLast7'] &&
    (years7 < years5 || years7 > years5 + 2)
  ) {
    errors['qualifiedExperience.yearsInLast7'] = 'experienceWindows';
  }
  return errors;
};

const FIELD_ALIASES: Record<string, string> = { qualifiedExperience: 'qualifiedExperience.yearsInLast7' };

/** Server field errors (`profile.languages.de`, `evaluationDate`) onto the form's keys. */
export const fieldOfServerError = (field: string): string => {
  const path = field.replace(/^profile\./, '');
  return FIELD_ALIASES[path] ?? path;
};
