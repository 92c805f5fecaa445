// Strings to store beside a client so PostgreSQL can pre-filter candidates before scoring in JS.
//
// Suggested use: two text columns with GIN pg_trgm indexes, filled with latinNormalised and skeleton,
// plus an array column for tokens. For a draft, select rows where
//   latin_normalised % :latin OR skeleton % :skeleton OR tokens && :tokens
// (or similarity() above ~0.3), then run rankCandidates on the few hundred rows returned.
//
// - latinNormalised: lower-case, diacritic-free Latin name words (Cyrillic transliterated; Arabic
//   script only as a consonantal transliteration when no Latin name is recorded).
// - skeleton: one consonant skeleton per name word, space-separated, so "Youssef El Amrani",
//   "Yusuf Amrani" and "يوسف العمراني" all store "ysf mrn" and share most trigrams. Skeleton symbols are
//   mapped to plain lower-case letters (sh→x, j/g→j, kh→q, gh→g, th→c) because pg_trgm ignores case.
// - tokens: the distinct word skeletons, for an exact-overlap (&&) check that survives reordering.
import type { PersonMatchInput } from './person.js';
import { buildNameVariants, type NameToken } from './tokens.js';

export type SearchKeys = { latinNormalised: string; skeleton: string; tokens: string[] };

const STORED_SYMBOL: Record<string, string> = { S: 'x', J: 'j', X: 'q', G: 'g', T: 'c' };

const toStoredSkeleton = (skeleton: string): string =>
  skeleton.replace(/[SJXGT]/g, (symbol) => STORED_SYMBOL[symbol] ?? symbol);

const unique = (values: string[]): string[] => [...new Set(values.filter((value) => value.length > 0))];

export const buildSearchKeys = (person: PersonMatchInput): SearchKeys => {
  const words = buildNameVariants(person).flatMap((variant) =>
    variant.tokens.filter((token) => !token.isParticle),
  );
  const latinWords = words.filter((token) => !token.isScript);
  const spelled: NameToken[] = latinWords.length > 0 ? latinWords : words;
  const skeletons = unique(words.flatMap((token) => token.skeletons.slice(0, 2).map(toStoredSkeleton)));
  return {
    latinNormalised: unique(spelled.map((token) => token.latin)).join(' '),
    skeleton: unique(words.map((token) => toStoredSkeleton(token.skeletons[0] ?? ''))).join(' '),
    tokens: skeletons,
  };
};
