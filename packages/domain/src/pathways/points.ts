// Points tables (e.g. an opportunity card). Criteria in one group do not add up: only the highest
// met one counts. Unknown criteria give a potential total, so a profile short of points only
// because facts are missing reads "possibly eligible", and steps say how many points each action adds.
import { type EvaluationContext, evaluateTest, type Outcome } from './conditions.js';
import type { PointsCriterion } from './pack.schema.js';
import type { NextStep, PointsResult, Reason, ResultNote } from './result.js';

export type PointsOutcome = Outcome & { points: PointsResult };

const isInForce = (
  item: { effectiveFrom?: string | undefined; effectiveTo?: string | undefined },
  on: string,
) => (!item.effectiveFrom || item.effectiveFrom <= on) && (!item.effectiveTo || item.effectiveTo >= on);

export const evaluatePoints = (
  table: { required: number; criteria: PointsCriterion[] },
  ctx: EvaluationContext,
): PointsOutcome => {
  const scored = table.criteria
    .filter((criterion) => isInForce(criterion, ctx.on))
    .map((criterion) => ({
      criterion,
      group: criterion.group ?? criterion.id,
      outcome: evaluateTest(criterion.test, ctx),
    }));

  const awarded = new Map<string, { id: string; points: number }>();
  const potential = new Map<string, number>();
  for (const { criterion, group, outcome } of scored) {
    if (outcome.state === 'met' && criterion.points > (awarded.get(group)?.points ?? 0)) {
      awarded.set(group, { id: criterion.id, points: criterion.points });
    }
    if (outcome.state !== 'unmet')
      potential.set(group, Math.max(potential.get(group) ?? 0, criterion.points));
  }
  const total = [...awarded.values()].reduce((sum, a) => sum + a.points, 0);
  const potentialTotal = [...potential.values()].reduce((sum, p) => sum + p, 0);
  const breakdown = scored
    .filter(({ criterion, group }) => awarded.get(group)?.id === criterion.id)
    .map(({ criterion }) => ({ criterion: criterion.id, points: criterion.points }));

  const missing: Reason[] = [];
  const nextSteps: NextStep[] = [];
  const notes: ResultNote[] = [];
  for (const { criterion, group, outcome } of scored) {
    const gain = criterion.points - (awarded.get(group)?.points ?? 0);
    if (outcome.state === 'met' && awarded.get(group)?.id !== criterion.id) continue;
    if (outcome.state !== 'unmet' && criterion.sourceQuality !== 'official') {
      notes.push({
        code: 'check_official_source',
        subject: criterion.id,
        sourceQuality: criterion.sourceQuality,
      });
    }
    notes.push(...outcome.notes);
    if (gain <= 0) continue;
    missing.push(
      ...outcome.missing.map((reason) => ({ ...reason, criterion: criterion.id, pointsPossible: gain })),
    );
    nextSteps.push(...outcome.nextSteps.map((step) => ({ ...step, pointsGained: gain })));
  }

  const points: PointsResult = { total, required: table.required, potentialTotal, breakdown };
  const shortfall: Reason = { code: 'insufficient_points', total, required: table.required, potentialTotal };
  if (total >= table.required) return { state: 'met', missing: [], failed: [], nextSteps: [], notes, points };
  if (potentialTotal >= table.required)
    return { state: 'unknown', missing: [shortfall, ...missing], failed: [], nextSteps, notes, points };
  return { state: 'unmet', missing: [], failed: [shortfall], nextSteps, notes, points };
};
