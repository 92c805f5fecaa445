/**
 * Seeded randomness for the generator: the same seed and as-of date give the same dataset, row
 * for row, ids included (mulberry32: small, fast, good enough for test data, not for secrets).
 */
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Index 0 most often: spelling habits favour one transliteration per country. */
  skewedIndex(length: number): number;
  poisson(mean: number): number;
  hex(length: number): string;
};

const HEX = '0123456789abcdef';

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as readonly [T, number])[0];
    },
    skewedIndex: (length) => {
      if (length <= 1) return 0;
      const r = next();
      if (r < 0.55) return 0;
      return 1 + Math.floor(((r - 0.55) / 0.45) * (length - 1));
    },
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    hex: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += HEX[Math.floor(next() * 16)];
      return out;
    },
  };
}

/** A UUIDv7 for the given time with seeded random bits, so ids sort by creation like the server's. */
export function uuidv7At(random: Random, at: Date): string {
  const ms = at.getTime().toString(16).padStart(12, '0').slice(-12);
  const variant = (8 + Math.floor(random.next() * 4)).toString(16);
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${random.hex(3)}-${variant}${random.hex(3)}-${random.hex(12)}`;
}
