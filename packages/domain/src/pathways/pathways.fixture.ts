// Test helpers: evaluate one route of the German pack at a pinned date.
import { evaluatePathways, findRouteResult } from './engine.js';
import { DE_2026_1 } from './packs/de-2026.1.js';
import type { PathwayProfile } from './profile.js';
import type { Reason, RouteResult } from './result.js';

export const evaluateRoute = (profile: PathwayProfile, date: string, routeId: string): RouteResult => {
  const result = findRouteResult(evaluatePathways(DE_2026_1, profile, date), routeId);
  if (!result) throw new Error(`route ${routeId} missing from the pack`);
  return result;
};

export const listCodes = (reasons: Reason[]): string[] => reasons.map((reason) => reason.code);

export const hasNote = (route: RouteResult, code: string): boolean =>
  route.notes.some((note) => note.code === code);
