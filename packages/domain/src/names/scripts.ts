// Script-level folding done before any tokenising: Unicode compatibility forms, Serbian Cyrillic to
// its official Latin orthography (the mapping is one-to-one, so nothing is lost), and the Arabic-script
// letter variants that people type interchangeably.

const SERBIAN_CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  // Russian/Macedonian letters occasionally met in Serbian-adjacent records.
  й: 'j',
  ы: 'i',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ё: 'jo',
  щ: 'šč',
  ъ: '',
  ь: '',
  ѓ: 'đ',
  ќ: 'ć',
  ѕ: 'dz',
};

const ARABIC_VARIANTS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ێ: 'ي',
  ے: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  ہ: 'ه',
  ە: 'ه',
  ۃ: 'ة',
  ۀ: 'ه',
  ؤ: 'ء',
  ئ: 'ي',
};

// Harakat, Quranic marks, superscript alef, tatweel: optional in everyday writing.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/;

export const hasArabicScript = (text: string): boolean => ARABIC_LETTER.test(text);

/** Lower-cased Serbian Latin for any Cyrillic letters; other characters pass through. */
export const transliterateCyrillic = (text: string): string => {
  if (!CYRILLIC_LETTER.test(text)) return text;
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += SERBIAN_CYRILLIC[lower] ?? char;
  }
  return out;
};

/** Removes harakat/tatweel and unifies hamza-carrying alefs, alef maqsura, Urdu/Persian yeh, kaf and heh. */
export const foldArabicLetters = (text: string): string => {
  let out = '';
  for (const char of text.replace(ARABIC_MARKS, '')) out += ARABIC_VARIANTS[char] ?? char;
  return out;
};

// Letters NFD does not decompose into a base letter plus a mark.
const LATIN_SPECIALS: Record<string, string> = {
  đ: 'dj',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  ı: 'i',
  ŋ: 'ng',
  ə: 'e',
  ɛ: 'e',
  ɔ: 'o',
  ɓ: 'b',
  ɗ: 'd',
  ƙ: 'k',
  ƴ: 'y',
  þ: 'th',
  ð: 'dh',
  ħ: 'h',
};

/**
 * NFKC, case-fold, Cyrillic to Latin, Latin diacritics stripped; apostrophes and Arabist marks for
 * ayn/hamza vanish (N'Diaye → ndiaye); everything that is not a letter becomes a space.
 * Arabic-script letters are kept (folded) for the Arabic transliterator.
 */
export const normaliseText = (text: string): string => {
  const lowered = transliterateCyrillic(text.normalize('NFKC').toLowerCase());
  let latin = '';
  for (const char of lowered) latin += LATIN_SPECIALS[char] ?? char;
  return foldArabicLetters(
    latin
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’‘ʼʻʿʾ`´]/g, '')
      .normalize('NFC'),
  )
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
};
