// Combines name similarity and the other evidence into one 0..1 score. Each piece of evidence adds
// log-odds points (a simplified Fellegi–Sunter model) so every reason shown to the counsellor has a
// visible weight, and the total goes through a logistic curve.
import {
  compareDatesOfBirth,
  compareIdDocuments,
  comparePhones,
  compareSex,
  type EvidenceCode,
} from './evidence.js';
import { type AlignedPair, compareNameVariants, type NameComparison } from './name-match.js';
import type { PersonMatchInput } from './person.js';
import { buildNameVariants, type NameToken, type NameVariant } from './tokens.js';

export type MatchReasonCode =
  | 'name_exact'
  | 'name_similar'
  | 'name_phonetic'
  | 'name_partial'
  | 'name_conflict'
  | 'names_swapped'
  | EvidenceCode;

export type MatchReason = {
  code: MatchReasonCode;
  /** Human-readable specifics, e.g. "Youssef ≈ يوسف" or "1990-01-02 / 1990". */
  detail: string;
  /** Log-odds contribution; 0 for reasons that only explain another one. */
  points: number;
};

export type MatchResult = { score: number; reasons: MatchReason[] };

/** Candidates at or above this score are shown as likely existing clients. */
export const DEFAULT_MATCH_THRESHOLD = 0.5;

// Most candidates the database pre-filter returns are not the person.
const PRIOR_POINTS = -1.5;

// Name score → points. Steep below 0.85 because a differing name part means a different person.
const NAME_CURVE: [number, number][] = [
  [0, -10],
  [0.5, -8],
  [0.7, -5],
  [0.8, -2],
  [0.85, 0],
  [0.9, 1],
  [0.95, 2.5],
  [1, 3.5],
];
// The weakest aligned part on its own: Oluwaseun/Oluwasegun must not be carried by a shared surname.
const WEAKEST_PAIR_CURVE: [number, number][] = [
  [0, -7],
  [0.8, -6],
  [0.84, -3.5],
  [0.9, -1.5],
  [0.95, 0],
  [1, 0],
];

const interpolate = (curve: [number, number][], x: number): number => {
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i] ?? [1, 0];
    const [x0, y0] = curve[i - 1] ?? [0, 0];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0 || 1);
  }
  return curve[curve.length - 1]?.[1] ?? 0;
};

const namePoints = (comparison: NameComparison): number => {
  const weakest = Math.min(1, ...comparison.pairs.map((pair) => pair.similarity));
  return interpolate(NAME_CURVE, comparison.score) + interpolate(WEAKEST_PAIR_CURVE, weakest);
};

const show = (tokens: NameToken[]): string => tokens.map((token) => token.display).join(' ');

const explainName = (comparison: NameComparison, points: number): MatchReason[] => {
  const isSpelledAlike = (pair: AlignedPair): boolean =>
    pair.left.latin === pair.right.latin && pair.left.isScript === pair.right.isScript;
  const isExact = comparison.pairs.length > 0 && comparison.pairs.every(isSpelledAlike);
  const pairs = comparison.pairs.map((pair) => `${pair.left.display} ≈ ${pair.right.display}`).join(', ');
  const reasons: MatchReason[] = [{ code: isExact ? 'name_exact' : 'name_similar', detail: pairs, points }];
  const phonetic = comparison.pairs.filter((pair) => !isSpelledAlike(pair));
  if (phonetic.length > 0) {
    reasons.push({
      code: 'name_phonetic',
      detail: phonetic.map((pair) => `${pair.left.display} ≈ ${pair.right.display}`).join(', '),
      points: 0,
    });
  }
  if (comparison.isSwapped)
    reasons.push({ code: 'names_swapped', detail: 'given and family names in swapped fields', points: 0 });
  if (comparison.extras.length > 0)
    reasons.push({ code: 'name_partial', detail: `only on one side: ${show(comparison.extras)}`, points: 0 });
  if (comparison.conflicts.left.length > 0) {
    reasons.push({
      code: 'name_conflict',
      detail: `${show(comparison.conflicts.left)} ≠ ${show(comparison.conflicts.right)}`,
      points: 0,
    });
  }
  return reasons;
};

// A draft is compared with every candidate: its variants are built once per person object.
// (Callers never mutate a person after asking to match it.)
const variantsOf = (() => {
  const cache = new WeakMap<PersonMatchInput, NameVariant[]>();
  return (person: PersonMatchInput): NameVariant[] => {
    let variants = cache.get(person);
    if (!variants) {
      variants = buildNameVariants(person);
      cache.set(person, variants);
    }
    return variants;
  };
})();

/** Best-matching pair of name variants (parts, full Latin, original script, aliases) of two people. */
export const compareNames = (left: PersonMatchInput, right: PersonMatchInput): NameComparison | undefined => {
  let best: { comparison: NameComparison; points: number } | undefined;
  const rightVariants = variantsOf(right);
  for (const a of variantsOf(left)) {
    for (const b of rightVariants) {
      const comparison = compareNameVariants(a, b);
      const points = namePoints(comparison);
      if (!best || points > best.points) best = { comparison, points };
    }
  }
  return best?.comparison;
};

/** Symmetric 0..1 likelihood that two records describe the same person, with the reasons. */
export const scoreMatch = (left: PersonMatchInput, right: PersonMatchInput): MatchResult => {
  const names = compareNames(left, right);
  const reasons: MatchReason[] = names ? explainName(names, namePoints(names)) : [];
  const evidence = [
    compareDatesOfBirth(left.dateOfBirth, right.dateOfBirth),
    comparePhones(left.phone, right.phone),
    compareIdDocuments(left.idDocument, right.idDocument),
    compareSex(left.sex, right.sex),
  ];
  for (const item of evidence) if (item) reasons.push(item);
  const total = PRIOR_POINTS + reasons.reduce((sum, reason) => sum + reason.points, 0);
  const score = 1 / (1 + Math.exp(-total));
  return { score: Math.round(score * 1000) / 1000, reasons };
};
