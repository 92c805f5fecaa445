// Evaluates every route of a rule pack for one profile at one date. Pure: the date is an input, so
// a stored assessment can be recomputed exactly and tests pass in any year. Nothing here knows
// about Germany; destinations differ only by their pack.
import { type EvaluationContext, evaluateTest, type Outcome } from './conditions.js';
import type { PackNote, Route, RulePack } from './pack.schema.js';
import { evaluatePoints } from './points.js';
import { type IsoDate, IsoDateSchema, type PathwayProfile } from './profile.js';
import type {
  PathwayEvaluation,
  Reason,
  ResultNote,
  RouteResult,
  RouteSource,
  RouteStatus,
} from './result.js';

const isInForce = (
  item: { effectiveFrom?: string | undefined; effectiveTo?: string | undefined },
  on: IsoDate,
) => (!item.effectiveFrom || item.effectiveFrom <= on) && (!item.effectiveTo || item.effectiveTo >= on);

// Equal reasons reached through two conditions (e.g. "job offer" for the offer and for its salary)
// are shown once.
const dedupe = <T extends Reason>(items: T[]): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const toResultNote = (note: PackNote): ResultNote => ({
  code: note.code,
  ...note.params,
  ...(note.sourceQuality ? { sourceQuality: note.sourceQuality } : {}),
  ...(note.sourceUrls ? { sourceUrls: note.sourceUrls } : {}),
});

const withCondition = (reasons: Reason[], conditionId: string): Reason[] =>
  reasons.map((reason) => ({ ...reason, condition: conditionId }));

const decideStatus = (outcomes: Outcome[]): RouteStatus => {
  if (outcomes.some((o) => o.state === 'unmet')) return 'not_eligible';
  if (outcomes.some((o) => o.state === 'unknown')) return 'possibly_eligible';
  return 'eligible';
};

const collectSources = (route: Route): RouteSource[] => {
  const all = [route, ...route.conditions, ...(route.points?.criteria ?? [])].map((s) => ({
    legalBasis: s.legalBasis,
    sourceUrls: s.sourceUrls,
    sourceQuality: s.sourceQuality,
  }));
  const seen = new Set<string>();
  return all.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const evaluateRoute = (route: Route, ctx: EvaluationContext): RouteResult => {
  const base = {
    routeId: route.id,
    title: route.title,
    legalBasis: route.legalBasis,
    sources: collectSources(route),
    ...(route.effectiveFrom ? { effectiveFrom: route.effectiveFrom } : {}),
    ...(route.effectiveTo ? { effectiveTo: route.effectiveTo } : {}),
  };
  if (!isInForce(route, ctx.on)) {
    const reason: Reason = {
      code: 'not_in_force',
      effectiveFrom: route.effectiveFrom ?? null,
      effectiveTo: route.effectiveTo ?? null,
    };
    return { ...base, status: 'not_eligible', missing: [], failed: [reason], nextSteps: [], notes: [] };
  }

  const outcomes: Outcome[] = [];
  const notes: ResultNote[] = [];
  if (route.sourceQuality !== 'official') {
    notes.push({ code: 'check_official_source', subject: route.id, sourceQuality: route.sourceQuality });
  }
  for (const condition of route.conditions.filter((c) => isInForce(c, ctx.on))) {
    const outcome = evaluateTest(condition.test, ctx);
    const packSteps =
      outcome.state !== 'met' && condition.nextStep
        ? [{ code: condition.nextStep.code, ...condition.nextStep.params }]
        : [];
    outcomes.push({
      ...outcome,
      missing: withCondition(outcome.missing, condition.id),
      failed: withCondition(outcome.failed, condition.id),
      nextSteps: [...outcome.nextSteps, ...packSteps],
    });
    if (condition.sourceQuality !== 'official') {
      notes.push({
        code: 'check_official_source',
        subject: condition.id,
        sourceQuality: condition.sourceQuality,
      });
    }
  }
  const pointsOutcome = route.points ? evaluatePoints(route.points, ctx) : undefined;
  if (pointsOutcome) outcomes.push(pointsOutcome);

  if (route.isDiscretionary) notes.push({ code: 'discretionary' });
  notes.push(...(route.notes ?? []).filter((n) => isInForce(n, ctx.on)).map(toResultNote));
  return {
    ...base,
    status: decideStatus(outcomes),
    missing: dedupe(outcomes.flatMap((o) => o.missing)),
    failed: dedupe(outcomes.flatMap((o) => o.failed)),
    ...(pointsOutcome ? { points: pointsOutcome.points } : {}),
    nextSteps: dedupe(outcomes.flatMap((o) => o.nextSteps)),
    notes: dedupe([...notes, ...outcomes.flatMap((o) => o.notes)]),
  };
};

/**
 * Evaluates all routes of `pack` for `profile` as the law stood on `evaluationDate` (YYYY-MM-DD).
 * Ages and experience windows are computed at that date and amounts taken for its year.
 */
export const evaluatePathways = (
  pack: RulePack,
  profile: PathwayProfile,
  evaluationDate: IsoDate,
): PathwayEvaluation => {
  const on = IsoDateSchema.parse(evaluationDate);
  const ctx: EvaluationContext = { pack, profile, on, year: Number(on.slice(0, 4)) };
  return {
    packId: pack.id,
    packVersion: pack.version,
    destination: pack.destination,
    evaluatedOn: on,
    routes: pack.routes.map((route) => evaluateRoute(route, ctx)),
  };
};

/** Convenience for callers that only need one route. */
export const findRouteResult = (evaluation: PathwayEvaluation, routeId: string): RouteResult | undefined =>
  evaluation.routes.find((route) => route.routeId === routeId);
