import { NEXT_STEP_CODES, NOTE_CODES, REASON_CODES, RULE_PACKS } from '@pathways/domain';
import { describe, expect, it } from 'vitest';
import en from '../../locales/features/pathways/en.json';

// Every code the engine or a shipped pack can emit has a message, so results never fall back to
// raw codes in the UI. (fr/ar have the same keys: locales.test.ts checks that.)

const has = (path: string): boolean => {
  let node: unknown = en;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
};

// Codes the formatter turns into a more specific message key.
const REASON_KEYS: Record<string, string[]> = {
  not_in_force: ['reasons.not_in_force', 'reasons.not_in_force_ended'],
  fact_unknown: ['reasons.fact_unknown', 'reasons.fact_unknown_language', 'reasons.fact_unknown_experience'],
  age_out_of_range: ['reasons.age_below', 'reasons.age_at_least', 'reasons.age_between'],
  language_level_insufficient: [
    'reasons.language_level_insufficient',
    'reasons.language_level_insufficient_alt',
  ],
  fact_mismatch: ['reasons.fact_mismatch', 'reasons.fact_mismatch_generic'],
  offer_required: ['reasons.offer_required.jobOffer', 'reasons.offer_required.trainingPlaceOffer'],
};

describe('pathway messages', () => {
  it('cover every engine reason, step and note code', () => {
    const missing = [
      ...REASON_CODES.flatMap((code) => REASON_KEYS[code] ?? [`reasons.${code}`]),
      ...NEXT_STEP_CODES.map((code) =>
        code === 'find_offer' ? 'steps.find_offer.jobOffer' : `steps.${code}`,
      ),
      ...NOTE_CODES.map((code) => `notes.${code}`),
    ].filter((key) => !has(key));
    expect(missing).toEqual([]);
  });

  it('cover every route, criterion, condition and pack-defined code of the shipped packs', () => {
    const keys: string[] = [];
    for (const pack of RULE_PACKS) {
      for (const route of pack.routes) {
        keys.push(`routes.${route.id}`);
        for (const condition of route.conditions) {
          keys.push(`conditions.${condition.id}`);
          if (condition.nextStep) keys.push(`steps.${condition.nextStep.code}`);
        }
        keys.push(...(route.points?.criteria ?? []).map((criterion) => `criteria.${criterion.id}`));
        keys.push(...(route.notes ?? []).map((note) => `notes.${note.code}`));
      }
      keys.push(...Object.keys(pack.amountTables).map((table) => `tables.${table}`));
    }
    expect(keys.filter((key) => !has(key))).toEqual([]);
  });
});
