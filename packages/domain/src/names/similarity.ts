// String similarities used on name tokens. Both return 0..1 and are symmetric.

/** Jaro-Winkler with the usual 0.1 prefix scale over at most 4 characters. */
export const computeJaroWinkler = (left: string, right: string): number => {
  if (left === right) return left.length > 0 ? 1 : 0;
  if (left.length === 0 || right.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
  const leftMatched = new Array<boolean>(left.length).fill(false);
  const rightMatched = new Array<boolean>(right.length).fill(false);
  let matches = 0;
  for (let i = 0; i < left.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(right.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (rightMatched[j] || left[i] !== right[j]) continue;
      leftMatched[i] = true;
      rightMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < left.length; i++) {
    if (!leftMatched[i]) continue;
    while (!rightMatched[k]) k++;
    if (left[i] !== right[k]) transpositions++;
    k++;
  }
  const jaro =
    (matches / left.length + matches / right.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && left[prefix] !== undefined && left[prefix] === right[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
};

// Skeleton symbols that different transliteration traditions use for the same or a neighbouring sound
// (Othman/Otmane, Kadhim/Kazem/Kadim, Jusuf/Yusuf, Khalid/Halid, Parvez/Parwez...).
const NEAR_PAIRS = [
  'sz',
  'sS',
  'sT',
  'tT',
  'zJ',
  'Jy',
  'JG',
  'GX',
  'Gk',
  'td',
  'dz',
  'dJ',
  'kX',
  'hX',
  'mn',
  'lr',
  'bf',
  'vw',
  'vf',
  'bv',
];
const NEAR = new Set(NEAR_PAIRS.flatMap((pair) => [pair, `${pair[1]}${pair[0]}`]));
// Letters that transliterations add or drop freely: h (Ahmed/Amed, Fatimah), semivowels.
const GAP_COSTS: Record<string, number> = { h: 0.3, y: 0.5, w: 0.5 };

const substitutionCost = (a: string, b: string): number => (a === b ? 0 : NEAR.has(a + b) ? 0.4 : 1);
const gapCost = (symbol: string): number => GAP_COSTS[symbol] ?? 1;

/** 1 − weighted edit distance / longer length, on consonant skeletons. */
export const computeSkeletonSimilarity = (left: string, right: string): number => {
  if (left === right) return left.length > 0 ? 1 : 0;
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 0;
  let previous = [0];
  for (let j = 1; j <= right.length; j++) previous[j] = (previous[j - 1] ?? 0) + gapCost(right[j - 1] ?? '');
  for (let i = 1; i <= left.length; i++) {
    const current = [(previous[0] ?? 0) + gapCost(left[i - 1] ?? '')];
    for (let j = 1; j <= right.length; j++) {
      const a = left[i - 1] ?? '';
      const b = right[j - 1] ?? '';
      current[j] = Math.min(
        (previous[j] ?? 0) + gapCost(a),
        (current[j - 1] ?? 0) + gapCost(b),
        (previous[j - 1] ?? 0) + substitutionCost(a, b),
      );
    }
    previous = current;
  }
  return Math.max(0, 1 - (previous[right.length] ?? longer) / longer);
};
