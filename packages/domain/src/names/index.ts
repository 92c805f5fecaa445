// Duplicate detection for client registration: name normalisation across scripts and
// transliterations, match scoring with reasons, ranking, and keys for the database pre-filter.

export { type ArabicTokenKeys, buildArabicKeys } from './arabic-keys.js';
export type { EvidenceCode } from './evidence.js';
export { buildLatinKeys, type LatinKeys } from './latin-keys.js';
export { type AlignedPair, compareNameVariants, compareTokens, type NameComparison } from './name-match.js';
export type { DateOfBirth, DateOfBirthPrecision, IdDocument, PersonMatchInput, PersonSex } from './person.js';
export { type RankedCandidate, type RankOptions, rankCandidates } from './rank.js';
export {
  compareNames,
  DEFAULT_MATCH_THRESHOLD,
  type MatchReason,
  type MatchReasonCode,
  type MatchResult,
  scoreMatch,
} from './score.js';
export { foldArabicLetters, hasArabicScript, normaliseText, transliterateCyrillic } from './scripts.js';
export { buildSearchKeys, type SearchKeys } from './search-keys.js';
export { computeJaroWinkler, computeSkeletonSimilarity } from './similarity.js';
export {
  buildNameVariants,
  type NameField,
  type NameToken,
  type NameVariant,
  tokeniseName,
} from './tokens.js';
