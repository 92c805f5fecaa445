import { describe, expect, it } from 'vitest';
import { TUNING_MATCH_PAIRS } from './match-pairs.fixture.js';
import type { MatchPair } from './match-pairs.helpers.js';
import { HOLDOUT_MATCH_PAIRS } from './match-pairs.holdout.fixture.js';
import { DEFAULT_MATCH_THRESHOLD, scoreMatch } from './score.js';

type Metrics = { precision: number; recall: number; misses: string[] };

const measure = (pairs: MatchPair[]): Metrics => {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const pair of pairs) {
    const { score } = scoreMatch(pair.a, pair.b);
    const isMatch = score >= DEFAULT_MATCH_THRESHOLD;
    if (isMatch && pair.isSamePerson) truePositives++;
    if (isMatch && !pair.isSamePerson) falsePositives++;
    if (!isMatch && pair.isSamePerson) falseNegatives++;
    if (isMatch !== pair.isSamePerson)
      misses.push(`${pair.isSamePerson ? 'missed' : 'false match'} ${score}: ${pair.note}`);
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    misses,
  };
};

const report = (label: string, pairs: MatchPair[], metrics: Metrics): void => {
  const negatives = pairs.filter((pair) => !pair.isSamePerson).length;
  console.log(
    `${label}: ${pairs.length} pairs (${negatives} different-person), precision ${metrics.precision.toFixed(3)}, recall ${metrics.recall.toFixed(3)} at threshold ${DEFAULT_MATCH_THRESHOLD}`,
    metrics.misses.length > 0 ? `\n  ${metrics.misses.join('\n  ')}` : '',
  );
};

describe('labelled match pairs', () => {
  it('has at least 220 pairs, half of them different people', () => {
    const all = [...TUNING_MATCH_PAIRS, ...HOLDOUT_MATCH_PAIRS];
    expect(all.length).toBeGreaterThanOrEqual(220);
    expect(all.filter((pair) => !pair.isSamePerson).length * 2).toBeGreaterThanOrEqual(all.length);
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.90 on the tuning part', () => {
    const metrics = measure(TUNING_MATCH_PAIRS);
    report('tuning', TUNING_MATCH_PAIRS, metrics);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.90 on the held-out part written before tuning', () => {
    const metrics = measure(HOLDOUT_MATCH_PAIRS);
    report('held-out', HOLDOUT_MATCH_PAIRS, metrics);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.9);
  });
});
