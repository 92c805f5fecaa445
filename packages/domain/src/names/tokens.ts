// Splits a person's names into comparable tokens. A person yields several name variants (the
// structured Latin parts, the full Latin string, the original-script name, each alias); matching
// takes the best pair of variants, so an alias or an Arabic-script spelling can carry the match.
import { buildArabicKeys } from './arabic-keys.js';
import { buildLatinSkeleton, finishSkeleton, foldLatinSpelling } from './latin-keys.js';
import type { PersonMatchInput } from './person.js';
import { hasArabicScript, normaliseText } from './scripts.js';

export type NameField = 'given' | 'middle' | 'family' | 'other';

export type NameToken = {
  /** As typed (after Unicode normalisation), for explanations. */
  display: string;
  /** Normalised Latin (Arabic script: a rough consonantal transliteration). */
  latin: string;
  /** Spelling-folded Latin for Jaro-Winkler. */
  folded: string;
  /** Consonant skeletons; Arabic-script tokens may have several readings. */
  skeletons: string[];
  /** Transliterated from Arabic script: spelling comparisons are unreliable, skeletons carry it. */
  isScript: boolean;
  /** Article or filiation word (al-, ul-, ben, bint...): joins neighbours, weighs nothing alone. */
  isParticle: boolean;
  /** How the word ends: a final -a is the usual feminine form (Karim/Karima, Ivan/Ivana). */
  ending: TokenEnding;
  field: NameField;
};

export type TokenEnding = 'a' | 'consonant' | 'other';

const findLatinEnding = (word: string): TokenEnding =>
  /ah?$/.test(word) ? 'a' : /[eiouyw]h?$/.test(word) ? 'other' : 'consonant';

const findArabicEnding = (word: string): TokenEnding => {
  const last = [...word].pop() ?? '';
  return 'ةا'.includes(last) ? 'a' : 'يوهء'.includes(last) ? 'other' : 'consonant';
};

export type NameVariant = { source: 'parts' | 'latin' | 'original' | 'alias'; tokens: NameToken[] };

// "ud", "ur", "us"... are the article assimilated to the next consonant (Noor-ud-Din, Abd-ur-Rahman).
const LATIN_ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'il',
  'ud',
  'ur',
  'us',
  'un',
  'ut',
  'uz',
  'ad',
  'ar',
  'as',
  'an',
  'at',
  'az',
  'ash',
  'ed',
  'er',
  'es',
  'ez',
  'ait',
]);
const LATIN_FILIATION = new Set(['bin', 'ben', 'ibn', 'bint', 'binti', 'ould', 'walad']);
const ARABIC_PARTICLES: Record<string, string> = { بن: 'bin', ابن: 'ibn', بنت: 'bint' };
// An article turns into the following "sun letter" in speech and in many spellings.
const SUN_SKELETON_START = /^[tTdrzsSnl]/;
const ARABIC_SUN_LETTER = /^[تثدذرزسشصضطظلن]/;

const startsWithSunLetter = (token: NameToken): boolean =>
  token.isScript ? ARABIC_SUN_LETTER.test(token.display) : SUN_SKELETON_START.test(token.skeletons[0] ?? '');

const makeLatinToken = (word: string, field: NameField): NameToken => {
  const isArticle = LATIN_ARTICLES.has(word);
  const isParticle = isArticle || LATIN_FILIATION.has(word);
  const skeleton = isArticle ? (word.endsWith('l') ? 'l' : '') : buildLatinSkeleton(word);
  const skeletons = [skeleton];
  // Article written attached (Elamrani, Alhassan): also offer the reading without it.
  const attached = word.match(/^(?:al|el)(.{5,})$/)?.[1];
  if (attached && !isParticle) skeletons.push(buildLatinSkeleton(attached));
  return {
    display: word,
    latin: word,
    folded: foldLatinSpelling(word),
    skeletons,
    isScript: false,
    isParticle,
    ending: findLatinEnding(word),
    field,
  };
};

const makeArabicTokens = (word: string, field: NameField): NameToken[] => {
  const particle = ARABIC_PARTICLES[word];
  if (particle) {
    return [
      {
        display: word,
        latin: particle,
        folded: particle,
        skeletons: ['bn'],
        isScript: true,
        isParticle: true,
        ending: 'consonant',
        field,
      },
    ];
  }
  // عبدالرحمن written as one word: split off the article so it joins like "Abd al-Rahman".
  const abd = word.match(/^(عبد)ال(.{2,})$/);
  if (abd?.[1] && abd[2])
    return [...makeArabicTokens(abd[1], field), ...makeArabicTokens(`ال${abd[2]}`, field)];
  const article = word.match(/^ال(.{2,})$/)?.[1];
  if (article) {
    const articleToken: NameToken = {
      display: 'ال',
      latin: 'al',
      folded: 'al',
      skeletons: ['l'],
      isScript: true,
      isParticle: true,
      ending: 'consonant',
      field,
    };
    return [articleToken, ...makeArabicTokens(article, field)];
  }
  const keys = buildArabicKeys(word);
  return [
    {
      display: word,
      latin: keys.latin,
      folded: keys.latin,
      skeletons: keys.skeletons,
      isScript: true,
      isParticle: false,
      ending: findArabicEnding(word),
      field,
    },
  ];
};

// "Abd"/"Abu" never stand alone in a name part: Abdel Rahman, Abd al-Rahman, Abu Bakr are one name.
const BOUND_PREFIX = /^(abd|abdel|abdul|abdal|abdil|abdur|abdus|abdun|abdu|abdou|abu|abou|عبد|ابو)$/;

const mergeBoundPrefixes = (tokens: NameToken[]): NameToken[] => {
  const merged: NameToken[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    const isBound = BOUND_PREFIX.test(token.isScript ? token.display : token.latin);
    const skip = tokens[index + 1]?.isParticle ? 1 : 0;
    const next = tokens[index + 1 + skip];
    if (!isBound || !next || next.isParticle) {
      merged.push(token);
      continue;
    }
    merged.push(joinTokens(tokens.slice(index, index + 2 + skip)));
    index += 1 + skip;
  }
  return merged;
};

// Names repeat (a ranking compares one draft with dozens of namesakes): tokens of a name part are
// remembered. Bounded, and emptied when full, as a server meets new names all day.
const TOKEN_CACHE_SIZE = 20_000;
const tokenCache = new Map<string, readonly NameToken[]>();

/** Tokens of one free-text name part (any script). The result is shared: do not mutate it. */
export const tokeniseName = (text: string | undefined, field: NameField = 'other'): NameToken[] => {
  if (!text) return [];
  const key = `${field}\u0000${text}`;
  const cached = tokenCache.get(key);
  if (cached) return cached as NameToken[];
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
  const tokens = tokeniseUncached(text, field);
  tokenCache.set(key, tokens);
  return tokens;
};

const tokeniseUncached = (text: string, field: NameField): NameToken[] => {
  const words = normaliseText(text)
    .split(' ')
    .filter((word) => word.length > 0);
  // Explanations quote the words as typed when the split lines up with the normalised one.
  const typed = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{M}'’ʼ]+/u)
    .filter((word) => word.length > 0);
  const tokens = words.flatMap((word, index) => {
    if (hasArabicScript(word)) return makeArabicTokens(word, field);
    const token = makeLatinToken(word, field);
    return [typed.length === words.length ? { ...token, display: typed[index] ?? word } : token];
  });
  return mergeBoundPrefixes(tokens);
};

/** All name variants of a person, most structured first; empty variants are left out. */
export const buildNameVariants = (person: PersonMatchInput): NameVariant[] => {
  const variants: NameVariant[] = [];
  const parts = [
    ...tokeniseName(person.given, 'given'),
    ...tokeniseName(person.middle, 'middle'),
    ...tokeniseName(person.family, 'family'),
  ];
  if (parts.length > 0) variants.push({ source: 'parts', tokens: parts });
  const latin = tokeniseName(person.latin);
  if (latin.length > 0) variants.push({ source: 'latin', tokens: latin });
  const original = tokeniseName(person.original);
  if (original.length > 0) variants.push({ source: 'original', tokens: original });
  for (const alias of person.aliases ?? []) {
    const tokens = tokeniseName(alias);
    if (tokens.length > 0) variants.push({ source: 'alias', tokens });
  }
  return variants;
};

const cartesianJoin = (lists: string[][], limit: number): string[] => {
  let out = [''];
  for (const list of lists) out = out.flatMap((prefix) => list.map((item) => prefix + item)).slice(0, limit);
  return out;
};

/**
 * A run of adjacent tokens read as one word (Abdel Rahman ≡ Abdulrahman, Ben Salah ≡ Bensalah,
 * Nur Haliza ≡ Nurhaliza). A particle before a sun letter loses its "l" (Salah al-Din ≡ Salahuddin).
 */
export const joinTokens = (tokens: NameToken[]): NameToken => {
  const isScript = tokens.some((token) => token.isScript);
  const pieces = tokens.map((token, index) => {
    const next = tokens[index + 1];
    const isAssimilated =
      token.isParticle && token.skeletons[0] === 'l' && next !== undefined && startsWithSunLetter(next);
    return isAssimilated ? { ...token, latin: token.latin.replace(/l$/, ''), skeletons: [''] } : token;
  });
  const latin = pieces.map((piece) => piece.latin).join('');
  const skeletons = isScript
    ? cartesianJoin(
        pieces.map((piece) => piece.skeletons.slice(0, piece.isScript ? 4 : 1)),
        8,
      ).map(finishSkeleton)
    : [buildLatinSkeleton(latin)];
  return {
    display: tokens.map((token) => token.display).join(' '),
    latin,
    folded: foldLatinSpelling(latin),
    skeletons: [...new Set(skeletons)],
    isScript,
    isParticle: false,
    ending: tokens[tokens.length - 1]?.ending ?? 'other',
    field: tokens[0]?.field ?? 'other',
  };
};
