import type { PersonMatchInput } from './person.js';
import { DEFAULT_MATCH_THRESHOLD, type MatchReason, scoreMatch } from './score.js';

export type RankedCandidate<T extends PersonMatchInput> = {
  candidate: T;
  score: number;
  reasons: MatchReason[];
};

export type RankOptions = {
  /** Most candidates to return; the registration form shows a short list. */
  limit?: number;
  /** Minimum score to be listed; defaults to DEFAULT_MATCH_THRESHOLD. */
  threshold?: number;
};

const DEFAULT_LIMIT = 10;

/** Scores every candidate against the draft and returns the likely matches, best first. */
export const rankCandidates = <T extends PersonMatchInput>(
  draft: PersonMatchInput,
  candidates: readonly T[],
  options: RankOptions = {},
): RankedCandidate<T>[] => {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  return candidates
    .map((candidate) => ({ candidate, ...scoreMatch(draft, candidate) }))
    .filter((match) => match.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, limit));
};
