// Pathway navigator: rule packs per destination and the engine that evaluates a client's profile.
export { type ResolvedAmount, resolveAmount } from './amounts.js';
export { type EvaluationContext, evaluateTest, type Outcome, type TruthState } from './conditions.js';
export { computeAgeRange, computeExperienceRange } from './dates.js';
export { evaluatePathways, findRouteResult } from './engine.js';
export * from './pack.schema.js';
export { DE_2026_1, DE_2026_1_DATA } from './packs/de-2026.1.js';
export { evaluatePoints, type PointsOutcome } from './points.js';
export * from './profile.js';
export * from './result.js';

import type { RulePack } from './pack.schema.js';
import { DE_2026_1 } from './packs/de-2026.1.js';

/** Every shipped pack, newest version per destination last. */
export const RULE_PACKS: readonly RulePack[] = [DE_2026_1];
