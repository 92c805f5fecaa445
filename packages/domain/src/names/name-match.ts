// Order-insensitive comparison of two name variants: every token (or run of adjacent tokens, for
// compounds written joined or split) of one side is aligned greedily with its most similar
// counterpart on the other side, whatever field it was typed in.
import { computeJaroWinkler, computeSkeletonSimilarity } from './similarity.js';
import { joinTokens, type NameToken, type NameVariant } from './tokens.js';

type Unit = { token: NameToken; covers: number[] };

export type AlignedPair = { left: NameToken; right: NameToken; similarity: number; isCrossField: boolean };

export type NameComparison = {
  /** 0..1: weighted token agreement, lowered by unmatched and conflicting tokens. */
  score: number;
  pairs: AlignedPair[];
  /** Tokens on both sides left without a counterpart: different names, not missing ones. */
  conflicts: { left: NameToken[]; right: NameToken[] };
  /** Tokens only one side has (a missing middle name, an extra family name). */
  extras: NameToken[];
  isSwapped: boolean;
};

// Below this a pairing is treated as two different names rather than two spellings of one.
const MIN_PAIR_SIMILARITY = 0.72;
// A name part the other record simply lacks costs less than a part that disagrees.
const EXTRA_TOKEN_WEIGHT = 0.15;
const CONFLICT_TOKEN_WEIGHT = 1;

const MAX_JOIN = 3;

const buildUnits = (tokens: NameToken[]): Unit[] => {
  const units: Unit[] = [];
  tokens.forEach((token, index) => {
    if (!token.isParticle) units.push({ token, covers: [index] });
    for (let length = 2; length <= MAX_JOIN && index + length <= tokens.length; length++) {
      const run = tokens.slice(index, index + length);
      // Runs may cross fields: a one-name person is often typed as given "Nur", family "Hidayah".
      const last = run[run.length - 1];
      if (!last || last.isParticle) continue;
      units.push({ token: joinTokens(run), covers: run.map((_, offset) => index + offset) });
    }
  });
  return units;
};

const bestSkeletonSimilarity = (left: NameToken, right: NameToken): number => {
  let best = 0;
  for (const a of left.skeletons)
    for (const b of right.skeletons) best = Math.max(best, computeSkeletonSimilarity(a, b));
  return best;
};

// Masculine and feminine forms of one name (Karim/Karima, Sami/Samia) are different people.
const GENDERED_FACTOR = 0.8;

const isFeminineOf = (feminine: NameToken, masculine: NameToken): boolean => {
  if (feminine.ending !== 'a' || masculine.ending === 'a') return false;
  if (masculine.ending === 'consonant') return true;
  if (feminine.isScript || masculine.isScript) return false;
  return /[ou]$/.test(masculine.latin) || /^(.+?)ah?$/.exec(feminine.latin)?.[1] === masculine.latin;
};

const isGenderedPair = (left: NameToken, right: NameToken): boolean =>
  isFeminineOf(left, right) || isFeminineOf(right, left);

// Common names whose skeletons coincide but which are different names (محمد/محمود, حسن/حسين,
// عمر/عمرو/عمار, أحمد/حامد). Matched on the folded Latin spelling; each inner list is one name.
const DISTINCT_NAME_GROUPS: RegExp[][] = [
  [/^m[ua]?hamad$/, /^mahmud$/],
  [/^hasan$/, /^husayn$/],
  [/^umar$/, /^amru?$/, /^amar$/],
  [/^ahmad$/, /^hamad$/],
];

// Which name of which group a folded spelling is ("group:name"), remembered per spelling.
const distinctNameCache = new Map<string, string | null>();
const distinctNameOf = (folded: string): string | null => {
  let found = distinctNameCache.get(folded);
  if (found === undefined) {
    found = null;
    DISTINCT_NAME_GROUPS.forEach((group, groupIndex) => {
      const nameIndex = group.findIndex((pattern) => pattern.test(folded));
      if (nameIndex >= 0) found = `${groupIndex}:${nameIndex}`;
    });
    if (distinctNameCache.size >= 20_000) distinctNameCache.clear();
    distinctNameCache.set(folded, found);
  }
  return found;
};

const isKnownDistinctPair = (left: NameToken, right: NameToken): boolean => {
  if (left.isScript || right.isScript) return false;
  const a = distinctNameOf(left.folded);
  const b = distinctNameOf(right.folded);
  return a !== null && b !== null && a !== b && a.split(':')[0] === b.split(':')[0];
};

const DISTINCT_NAME_CAP = 0.6;

/** 0..1 similarity of two tokens: spelling and consonant skeleton for Latin, skeleton across scripts. */
export const compareTokens = (left: NameToken, right: NameToken): number => {
  if (isKnownDistinctPair(left, right)) return Math.min(DISTINCT_NAME_CAP, measureTokens(left, right));
  return measureTokens(left, right) * (isGenderedPair(left, right) ? GENDERED_FACTOR : 1);
};

const measureTokens = (left: NameToken, right: NameToken): number => {
  if (left.folded === right.folded && left.isScript === right.isScript) return 1;
  const skeleton = bestSkeletonSimilarity(left, right);
  if (left.isScript || right.isScript) {
    const shortest = Math.min(
      ...left.skeletons.map((s) => s.length),
      ...right.skeletons.map((s) => s.length),
    );
    // A one- or two-consonant skeleton (Ali, Omar) is weak evidence across scripts.
    return skeleton === 1 ? (shortest <= 1 ? 0.9 : shortest === 2 ? 0.95 : 1) : skeleton * 0.95;
  }
  const spelling = computeJaroWinkler(left.folded, right.folded);
  // A skeleton of one or two consonants (Omar, Ali) says little; lean on the spelling then.
  const shortest = Math.min(left.skeletons[0]?.length ?? 0, right.skeletons[0]?.length ?? 0);
  const skeletonWeight = shortest >= 3 ? 0.6 : shortest === 2 ? 0.35 : shortest === 1 ? 0.2 : 0;
  return skeletonWeight * skeleton + (1 - skeletonWeight) * spelling;
};

const isCrossField = (left: NameToken, right: NameToken): boolean =>
  (left.field === 'given' && right.field === 'family') ||
  (left.field === 'family' && right.field === 'given');

export const compareNameVariants = (left: NameVariant, right: NameVariant): NameComparison => {
  const leftUnits = buildUnits(left.tokens);
  const rightUnits = buildUnits(right.tokens);
  const candidates: Candidate[] = [];
  for (const a of leftUnits) {
    for (const b of rightUnits) {
      // A compound matches a single word (Abdelrahman ≈ Abdel Rahman); two runs are never compared,
      // since whole names glued together would hide a differing part (Rizwan Ahmed / Rizwana Ahmed).
      if (a.covers.length > 1 && b.covers.length > 1) continue;
      const similarity = compareTokens(a.token, b.token);
      if (similarity >= MIN_PAIR_SIMILARITY) candidates.push({ left: a, right: b, similarity });
    }
  }
  // Greedy alignment, tried in two orders (compounds first / single words first on equal
  // similarity) because one order can strand a part the other would have matched.
  const attempts = [1, -1].map((joinPreference) => alignGreedily(left, right, candidates, joinPreference));
  return attempts.reduce((best, attempt) => (attempt.score > best.score ? attempt : best));
};

type Candidate = { left: Unit; right: Unit; similarity: number };

const alignGreedily = (
  left: NameVariant,
  right: NameVariant,
  candidates: Candidate[],
  joinPreference: number,
): NameComparison => {
  const coverage = (candidate: Candidate): number =>
    candidate.left.covers.length + candidate.right.covers.length;
  const ordered = [...candidates].sort(
    (x, y) => y.similarity - x.similarity || joinPreference * (coverage(y) - coverage(x)),
  );
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const pairs: AlignedPair[] = [];
  let weighted = 0;
  let weight = 0;
  for (const candidate of ordered) {
    if (
      candidate.left.covers.some((i) => usedLeft.has(i)) ||
      candidate.right.covers.some((i) => usedRight.has(i))
    )
      continue;
    for (const i of candidate.left.covers) usedLeft.add(i);
    for (const i of candidate.right.covers) usedRight.add(i);
    const pairWeight = Math.max(
      countNames(left.tokens, candidate.left.covers),
      countNames(right.tokens, candidate.right.covers),
    );
    weighted += candidate.similarity * pairWeight;
    weight += pairWeight;
    pairs.push({
      left: candidate.left.token,
      right: candidate.right.token,
      similarity: candidate.similarity,
      isCrossField: isCrossField(candidate.left.token, candidate.right.token),
    });
  }
  const leftRest = left.tokens.filter((token, i) => !token.isParticle && !usedLeft.has(i));
  const rightRest = right.tokens.filter((token, i) => !token.isParticle && !usedRight.has(i));
  const conflictCount = Math.min(leftRest.length, rightRest.length);
  const extraCount = Math.abs(leftRest.length - rightRest.length);
  const denominator = weight + conflictCount * CONFLICT_TOKEN_WEIGHT + extraCount * EXTRA_TOKEN_WEIGHT;
  const hasConflict = conflictCount > 0;
  return {
    score: denominator > 0 ? weighted / denominator : 0,
    pairs,
    conflicts: hasConflict ? { left: leftRest, right: rightRest } : { left: [], right: [] },
    extras: hasConflict ? [] : [...leftRest, ...rightRest],
    isSwapped: isSwappedAlignment(pairs),
  };
};

const countNames = (tokens: NameToken[], covers: number[]): number =>
  Math.max(1, covers.filter((i) => tokens[i]?.isParticle === false).length);

// Swapped means a given name found among the other's family names and vice versa, with no part
// staying in its own field.
const isSwappedAlignment = (pairs: AlignedPair[]): boolean => {
  const crossCount = pairs.filter((pair) => pair.isCrossField).length;
  const keptCount = pairs.filter(
    (pair) =>
      pair.left.field === pair.right.field && (pair.left.field === 'given' || pair.left.field === 'family'),
  ).length;
  return crossCount >= 2 && keptCount === 0;
};
