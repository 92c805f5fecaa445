// Arabic-script (Arabic, Urdu) token → skeleton keys in the same symbol alphabet as latin-keys.ts,
// plus a rough Latin spelling for display and Jaro-Winkler. Short vowels are not written in Arabic
// script, and waw/yeh are either consonants (w, y) or long vowels (u, i), so medial waw/yeh and a
// final heh yield alternative skeletons rather than one guess. Two equal consonant letters in a row
// are two sounds (a geminate is one letter with shadda), so nothing is de-duplicated here.
import { finishSkeleton } from './latin-keys.js';

type Letter = { skeleton: string; latin: string; isOptional?: boolean };

const LETTERS: Record<string, Letter> = {
  ا: { skeleton: '', latin: 'a' },
  ء: { skeleton: '', latin: '' },
  ع: { skeleton: '', latin: '' },
  ب: { skeleton: 'b', latin: 'b' },
  پ: { skeleton: 'b', latin: 'p' },
  ت: { skeleton: 't', latin: 't' },
  ٹ: { skeleton: 't', latin: 't' },
  ث: { skeleton: 'T', latin: 'th' },
  ج: { skeleton: 'J', latin: 'j' },
  چ: { skeleton: 'S', latin: 'ch' },
  ح: { skeleton: 'h', latin: 'h' },
  خ: { skeleton: 'X', latin: 'kh' },
  د: { skeleton: 'd', latin: 'd' },
  ڈ: { skeleton: 'd', latin: 'd' },
  ذ: { skeleton: 'z', latin: 'dh' },
  ر: { skeleton: 'r', latin: 'r' },
  ڑ: { skeleton: 'r', latin: 'r' },
  ز: { skeleton: 'z', latin: 'z' },
  ژ: { skeleton: 'J', latin: 'zh' },
  س: { skeleton: 's', latin: 's' },
  ش: { skeleton: 'S', latin: 'sh' },
  ص: { skeleton: 's', latin: 's' },
  ض: { skeleton: 'd', latin: 'd' },
  ط: { skeleton: 't', latin: 't' },
  ظ: { skeleton: 'z', latin: 'z' },
  غ: { skeleton: 'G', latin: 'gh' },
  ف: { skeleton: 'f', latin: 'f' },
  ڤ: { skeleton: 'v', latin: 'v' },
  ق: { skeleton: 'k', latin: 'q' },
  ك: { skeleton: 'k', latin: 'k' },
  گ: { skeleton: 'J', latin: 'g' },
  ل: { skeleton: 'l', latin: 'l' },
  م: { skeleton: 'm', latin: 'm' },
  ن: { skeleton: 'n', latin: 'n' },
  ں: { skeleton: 'n', latin: 'n' },
  ه: { skeleton: 'h', latin: 'h' },
  ھ: { skeleton: 'h', latin: 'h', isOptional: true },
  ة: { skeleton: '', latin: 'a' },
  و: { skeleton: 'w', latin: 'u' },
  ي: { skeleton: 'y', latin: 'i' },
};

const MAX_ALTERNATIVES = 8;

export type ArabicTokenKeys = { latin: string; skeletons: string[] };

export const buildArabicKeys = (token: string): ArabicTokenKeys => {
  const chars = [...token];
  let variants = [''];
  let latin = '';
  chars.forEach((char, index) => {
    const letter = LETTERS[char];
    if (!letter) return;
    const isFirst = index === 0;
    const isLast = index === chars.length - 1;
    const isSemivowel = char === 'و' || char === 'ي';
    latin += isFirst && isSemivowel ? letter.skeleton : letter.latin;
    const isOptional =
      letter.isOptional || (isSemivowel && !isFirst) || (char === 'ه' && isLast && index > 1);
    if (!isOptional || variants.length * 2 > MAX_ALTERNATIVES) {
      // Past the cap, keep consonants and drop optional letters: vowel readings are the commoner.
      const add = isOptional ? '' : letter.skeleton;
      variants = variants.map((variant) => variant + add);
      return;
    }
    variants = variants.flatMap((variant) => [variant, variant + letter.skeleton]);
  });
  return { latin, skeletons: [...new Set(variants.map(finishSkeleton))] };
};
