// Keys for a Latin-script token (after normaliseText), built in one scan:
//  - skeleton: consonants only, letters that transliterate the same Arabic, Slavic, Albanian or West
//    African sound sharing one symbol. Vowels are dropped because transliterations disagree mostly
//    on vowels (Mohamed/Muhammad, Youssef/Yusuf).
//  - spelling: the same consonant symbols with vowel positions kept, for Jaro-Winkler. Inside the
//    word a/e/i become "a" and o/u "u" (Mehdi/Mahdi, Zineb/Zainab, Omar/Umar); the final vowel is
//    kept as written because it often marks gender (Aminu/Amina).
//
// Symbols: lower-case letters are themselves; S = sh/ch/š/sy, J = j/g/dj/dž/xh/gj/zh (Egyptian "g"
// is Arabic jim: Gamal = Jamal), X = kh, G = gh, T = th (Arabic tha, read s or t: Othman/Osman/Otmane),
// v = v (a full consonant in Serbian/Albanian, near w for Urdu: Parvez/Parwez).

const isVowel = (char: string | undefined): boolean => char !== undefined && 'aeiou'.includes(char);

type Emit = { consonant: string; vowel?: string };
type Rule = { pattern: RegExp; emit: (next: string | undefined, prev: string | undefined) => Emit };

const consonant =
  (symbol: string): (() => Emit) =>
  () => ({ consonant: symbol });
const vowel = (spelling: string): Emit => ({ consonant: '', vowel: spelling });

// Ordered: longer digraphs before single letters. `next`/`prev` are the neighbouring raw letters.
const RULES: Rule[] = [
  { pattern: /^(sch|tch|tsh)/, emit: consonant('S') },
  { pattern: /^s[yj](?=[aeiou])/, emit: consonant('S') }, // Indonesian sy (old sj): Syarif, Aisyah
  { pattern: /^(sh|ch)/, emit: consonant('S') },
  { pattern: /^(zh|xh|gj|dj|dz)/, emit: consonant('J') },
  { pattern: /^kh/, emit: consonant('X') },
  { pattern: /^gh/, emit: consonant('G') },
  { pattern: /^th/, emit: consonant('T') },
  { pattern: /^dh/, emit: consonant('z') }, // Arabic dhal/dha: Kadhim / Kazem
  { pattern: /^ph/, emit: consonant('f') },
  { pattern: /^bh/, emit: consonant('b') }, // Urdu aspirate: Bhatti / Batti
  { pattern: /^ck/, emit: consonant('k') },
  // French "ou" before a vowel at the start is w: Oualid = Walid, Ouafa = Wafa.
  { pattern: /^ou(?=[aeiy])/, emit: (_next, prev) => (prev === undefined ? { consonant: 'w' } : vowel('u')) },
  { pattern: /^(ai|ay|ei|ey)(?![aeiou])/, emit: () => ({ consonant: 'y', vowel: 'ay' }) }, // Hussein, Zainab, Haider
  { pattern: /^(ou|oo|oe|o|u)/, emit: () => vowel('u') },
  { pattern: /^(ee|i)/, emit: (next) => vowel(next === undefined ? 'i' : 'a') },
  { pattern: /^a/, emit: () => vowel('a') },
  { pattern: /^e/, emit: (next) => vowel(next === undefined ? 'e' : 'a') },
  {
    pattern: /^c/,
    emit: (next) => ({ consonant: next === 'e' || next === 'i' || next === 'y' ? 's' : 'k' }),
  },
  { pattern: /^[qk]/, emit: consonant('k') },
  { pattern: /^x/, emit: consonant('ks') },
  { pattern: /^[jg]/, emit: consonant('J') },
  { pattern: /^v/, emit: consonant('v') },
  {
    pattern: /^w/,
    emit: (next, prev) => (isVowel(next) || prev === undefined ? { consonant: 'w' } : vowel('u')),
  },
  {
    pattern: /^y/,
    emit: (next, prev) =>
      isVowel(next) && (prev === undefined || isVowel(prev)) ? { consonant: 'y' } : vowel('i'),
  },
  { pattern: /^p/, emit: consonant('b') },
  { pattern: /^h/, emit: consonant('h') },
];

/**
 * Drops the "abd al-" article (Abdelaziz = Abd al-Aziz = Abdulaziz = عبد العزيز) and the vowel
 * boundary marks ('.') that kept consonants separated by a vowel from being merged.
 */
export const finishSkeleton = (raw: string): string => raw.replace(/^\.?b\.?d\.?l/, 'bd').replace(/\./g, '');

export type LatinKeys = { skeleton: string; spelling: string };

// Scoring a draft against dozens of namesakes derives the same words' keys again and again
// (joined runs included): remember them, within a bound, as a server meets new names all day.
const KEY_CACHE_SIZE = 20_000;
const keyCache = new Map<string, LatinKeys>();

export const buildLatinKeys = (word: string): LatinKeys => {
  const cached = keyCache.get(word);
  if (cached) return cached;
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  const keys = deriveLatinKeys(word);
  keyCache.set(word, keys);
  return keys;
};

const deriveLatinKeys = (word: string): LatinKeys => {
  // Geminates are collapsed on letters, before vowels are dropped, so Savović (s-v-v-c) ≠ Savić (s-v-c).
  // A final h after a vowel is a spelling habit (Fatimah, Mensah, Ezeh), not a sound.
  const token = word.replace(/(.)\1+/g, '$1').replace(/(?<=[aeiou])h$/, '');
  let skeleton = '';
  let spelling = '';
  let index = 0;
  while (index < token.length) {
    const rest = token.slice(index);
    const prev = index > 0 ? token[index - 1] : undefined;
    const rule = RULES.find((candidate) => candidate.pattern.test(rest));
    const match = rule ? (rest.match(rule.pattern)?.[0] ?? '') : (rest[0] ?? '');
    const next = token[index + Math.max(1, match.length)];
    const emitted = rule ? rule.emit(next, prev) : { consonant: match };
    const isSilentVowel = emitted.consonant === '' && emitted.vowel !== undefined;
    skeleton += isSilentVowel ? '.' : emitted.consonant;
    spelling += emitted.vowel ?? emitted.consonant;
    index += Math.max(1, match.length);
  }
  return {
    skeleton: finishSkeleton(skeleton.replace(/(.)\1+/g, '$1')),
    spelling: spelling.replace(/(.)\1+/g, '$1'),
  };
};

export const buildLatinSkeleton = (word: string): string => buildLatinKeys(word).skeleton;
export const foldLatinSpelling = (word: string): string => buildLatinKeys(word).spelling;
