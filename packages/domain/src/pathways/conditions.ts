// Interprets the condition vocabulary with three-valued logic. "unknown" is a first-class answer:
// counsellors fill profiles over several sessions, and an unknown fact must read as "missing",
// never as a refusal. Things a client can still obtain (a job offer) are "missing" too.
import { resolveAmount } from './amounts.js';
import { computeAgeRange, computeExperienceRange, isWithinYears } from './dates.js';
import type { RulePack, Test } from './pack.schema.js';
import {
  type CefrLevel,
  compareCefr,
  type IsoDate,
  type PathwayProfile,
  readBooleanFact,
  readNumberFact,
} from './profile.js';
import type { NextStep, Reason, ResultNote } from './result.js';

export type TruthState = 'met' | 'unknown' | 'unmet';

export type Outcome = {
  state: TruthState;
  missing: Reason[];
  failed: Reason[];
  nextSteps: NextStep[];
  notes: ResultNote[];
};

export type EvaluationContext = { pack: RulePack; profile: PathwayProfile; on: IsoDate; year: number };

const met = (notes: ResultNote[] = []): Outcome => ({
  state: 'met',
  missing: [],
  failed: [],
  nextSteps: [],
  notes,
});
const unknown = (missing: Reason[], nextSteps: NextStep[] = [], notes: ResultNote[] = []): Outcome => ({
  state: 'unknown',
  missing,
  failed: [],
  nextSteps,
  notes,
});
const unmet = (failed: Reason[], nextSteps: NextStep[] = [], notes: ResultNote[] = []): Outcome => ({
  state: 'unmet',
  missing: [],
  failed,
  nextSteps,
  notes,
});
const factUnknown = (fact: string, params: Omit<Reason, 'code'> = {}): Reason => ({
  code: 'fact_unknown',
  fact,
  ...params,
});

const evaluateAge = (test: Extract<Test, { kind: 'age' }>, ctx: EvaluationContext): Outcome => {
  const range = computeAgeRange(ctx.profile, ctx.on);
  if (!range) return unknown([factUnknown('dateOfBirth')]);
  const isInRange = (age: number) =>
    (test.atLeast === undefined || age >= test.atLeast) && (test.below === undefined || age < test.below);
  const ages = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
  if (ages.every(isInRange)) return met();
  if (!ages.some(isInRange)) {
    return unmet([
      { code: 'age_out_of_range', age: range.max, atLeast: test.atLeast ?? null, below: test.below ?? null },
    ]);
  }
  return unknown([factUnknown('dateOfBirth', { ageFrom: range.min, ageTo: range.max })]);
};

const evaluateRecognition = (
  test: Extract<Test, { kind: 'recognitionIn' }>,
  ctx: EvaluationContext,
): Outcome => {
  const status = ctx.profile.recognitionStatus;
  if (status === undefined) return unknown([factUnknown('recognitionStatus')]);
  if (test.statuses.includes(status)) return met();
  if (test.pendingStatuses?.includes(status)) return unknown([{ code: 'recognition_pending', status }]);
  const steps: NextStep[] = [];
  if (status === 'none') steps.push({ code: 'apply_for_recognition' });
  if (status === 'partial' && test.statuses.includes('full')) steps.push({ code: 'complete_recognition' });
  return unmet([{ code: 'recognition_required', status, required: test.statuses }], steps);
};

const evaluateExperience = (
  test: Extract<Test, { kind: 'experienceAtLeast' }>,
  ctx: EvaluationContext,
): Outcome => {
  const range = computeExperienceRange(ctx.profile.qualifiedExperience, test.withinYears, ctx.on);
  const params = { years: test.years, withinYears: test.withinYears };
  const step: NextStep = { code: 'gain_experience', ...params };
  if (!range) return unknown([factUnknown('qualifiedExperience', params)]);
  if (range.min >= test.years) return met();
  if (range.max < test.years) {
    return unmet(
      [{ code: 'experience_insufficient', ...params, has: Math.round(range.max * 10) / 10 }],
      [step],
    );
  }
  return unknown([factUnknown('qualifiedExperience', params)]);
};

const evaluateCefr = (test: Extract<Test, { kind: 'cefrAtLeast' }>, ctx: EvaluationContext): Outcome => {
  const options = [
    { language: test.language, level: test.level },
    ...(test.orAlternative ? [test.orAlternative] : []),
  ];
  const levels = options.map((o) => ctx.profile.languages?.[o.language] as CefrLevel | undefined);
  if (options.some((o, i) => levels[i] !== undefined && compareCefr(levels[i] as CefrLevel, o.level) >= 0))
    return met();
  const steps = options.map((o) => ({ code: 'reach_language_level', language: o.language, level: o.level }));
  const unknownLanguages = options.filter((_, i) => levels[i] === undefined);
  if (unknownLanguages.length > 0) {
    return unknown(
      unknownLanguages.map((o) => factUnknown(`languages.${o.language}`, { level: o.level })),
      steps,
    );
  }
  const alternative = test.orAlternative;
  return unmet(
    [
      {
        code: 'language_level_insufficient',
        language: test.language,
        level: test.level,
        has: levels[0] ?? null,
        alternativeLanguage: alternative?.language ?? null,
        alternativeLevel: alternative?.level ?? null,
        alternativeHas: levels[1] ?? null,
      },
    ],
    steps,
  );
};

const evaluateOffer = (test: Extract<Test, { kind: 'hasOffer' }>, ctx: EvaluationContext): Outcome => {
  const offer = ctx.profile[test.offer];
  const step: NextStep = {
    code: 'find_offer',
    offer: test.offer,
    mustMatchQualification: test.mustMatchQualification ?? false,
  };
  if (!offer)
    return unknown(
      [{ code: 'offer_required', offer: test.offer, mustMatchQualification: step.mustMatchQualification }],
      [step],
    );
  if (!test.mustMatchQualification || test.offer !== 'jobOffer') return met();
  const matches = ctx.profile.jobOffer?.matchesQualification;
  if (matches === undefined) return unknown([factUnknown('jobOffer.matchesQualification')]);
  return matches ? met() : unmet([{ code: 'offer_not_matching_qualification', offer: test.offer }], [step]);
};

const evaluateSalary = (test: Extract<Test, { kind: 'salaryAtLeast' }>, ctx: EvaluationContext): Outcome => {
  const base = resolveAmount(ctx.pack, test.table, test.variant, ctx.year);
  const lowers = (test.lowerVariants ?? []).map((lower) => ({
    amount: resolveAmount(ctx.pack, test.table, lower.variant, ctx.year),
    when: evaluateTest(lower.when, ctx),
  }));
  const chosen = [base, ...lowers.filter((l) => l.when.state === 'met').map((l) => l.amount)].reduce(
    (a, b) => (b.amount < a.amount ? b : a),
  );
  const uncertain = lowers.filter((l) => l.when.state === 'unknown' && l.amount.amount < chosen.amount);
  const notApplied = lowers.filter((l) => l.when.state !== 'met' && l.amount.amount < chosen.amount);
  const describe = (a: typeof chosen) => ({
    amount: a.amount,
    currency: a.currency,
    year: a.year,
    amountYear: a.amountYear,
    variant: a.variant,
  });
  const salary = ctx.profile.jobOffer?.annualGrossSalaryEur;
  const chosenStep: NextStep = { code: 'job_offer_salary_at_least', ...describe(chosen) };
  const lowerSteps: NextStep[] = notApplied.map((l) => ({
    code: 'job_offer_salary_at_least',
    ...describe(l.amount),
    ifVariantApplies: true,
  }));
  const notes = [...chosen.notes, ...uncertain.flatMap((l) => l.amount.notes)];
  if (salary === undefined) {
    return unknown(
      [
        { code: 'job_offer_salary_at_least', ...describe(chosen) },
        ...uncertain.flatMap((l) => l.when.missing),
      ],
      [chosenStep, ...lowerSteps],
      notes,
    );
  }
  if (salary >= chosen.amount) return met(chosen.notes);
  const reachable = uncertain.filter((l) => salary >= l.amount.amount);
  if (reachable.length > 0)
    return unknown(
      reachable.flatMap((l) => l.when.missing),
      [],
      notes,
    );
  return unmet(
    [{ code: 'salary_below_threshold', salary, ...describe(chosen) }],
    [chosenStep, ...lowerSteps],
    notes,
  );
};

const combine = (kind: 'allOf' | 'anyOf', outcomes: Outcome[]): Outcome => {
  const pick = (state: TruthState) => outcomes.filter((o) => o.state === state);
  const gather = (list: Outcome[]) => ({
    missing: list.flatMap((o) => o.missing),
    failed: list.flatMap((o) => o.failed),
    nextSteps: list.flatMap((o) => o.nextSteps),
    notes: list.flatMap((o) => o.notes),
  });
  if (kind === 'anyOf') {
    if (pick('met').length > 0) return met(gather(pick('met')).notes);
    const all = gather(outcomes);
    if (pick('unknown').length > 0)
      return { state: 'unknown', ...all, missing: gather(pick('unknown')).missing, failed: [] };
    return { state: 'unmet', ...all };
  }
  const all = gather(outcomes);
  if (pick('unmet').length > 0) return { state: 'unmet', ...all };
  if (pick('unknown').length > 0) return { state: 'unknown', ...all };
  return met(all.notes);
};

export const evaluateTest = (test: Test, ctx: EvaluationContext): Outcome => {
  const { profile } = ctx;
  switch (test.kind) {
    case 'age':
      return evaluateAge(test, ctx);
    case 'nationalityIn':
      if (!profile.nationality) return unknown([factUnknown('nationality')]);
      return test.countries.includes(profile.nationality)
        ? met()
        : unmet([
            { code: 'nationality_not_eligible', nationality: profile.nationality, allowed: test.countries },
          ]);
    case 'qualificationIn':
      if (!profile.highestQualification) return unknown([factUnknown('highestQualification')]);
      return test.levels.includes(profile.highestQualification)
        ? met()
        : unmet([
            {
              code: 'qualification_not_eligible',
              qualification: profile.highestQualification,
              allowed: test.levels,
            },
          ]);
    case 'recognitionIn':
      return evaluateRecognition(test, ctx);
    case 'qualificationAwardedWithin':
      if (!profile.qualificationAwardedOn) return unknown([factUnknown('qualificationAwardedOn')]);
      return isWithinYears(profile.qualificationAwardedOn, test.years, ctx.on)
        ? met()
        : unmet([{ code: 'qualification_not_recent', withinYears: test.years }]);
    case 'experienceAtLeast':
      return evaluateExperience(test, ctx);
    case 'cefrAtLeast':
      return evaluateCefr(test, ctx);
    case 'fact': {
      const value = readBooleanFact(profile, test.fact);
      if (value === undefined) return unknown([factUnknown(test.fact)]);
      if (value === test.equals) return met();
      const reason: Reason = { code: 'fact_mismatch', fact: test.fact, expected: test.equals };
      return test.isObtainable ? unknown([reason]) : unmet([reason]);
    }
    case 'numberAtLeast': {
      const value = readNumberFact(profile, test.fact);
      if (value === undefined) return unknown([factUnknown(test.fact)]);
      return value >= test.value
        ? met()
        : unmet([{ code: 'number_below', fact: test.fact, atLeast: test.value, value }]);
    }
    case 'hasOffer':
      return evaluateOffer(test, ctx);
    case 'salaryAtLeast':
      return evaluateSalary(test, ctx);
    case 'allOf':
    case 'anyOf':
      return combine(
        test.kind,
        test.tests.map((t) => evaluateTest(t, ctx)),
      );
  }
};
