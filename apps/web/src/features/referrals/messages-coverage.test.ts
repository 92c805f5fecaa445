import { MatchReasonCode, referralOutcomes, referralStatuses, shareableFields } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import en from '../../locales/features/referrals/en.json';
import { reasonMessageKeys } from './match-reasons';
import { actionsFor } from './referral-actions';

// Every code the server can send has a message, so the UI never falls back to a raw code.
// (fr/ar have the same keys: locales.test.ts checks that.)

const has = (path: string): boolean => {
  let node: unknown = en;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
};

describe('referral messages', () => {
  it('word every match reason code, with and without its values', () => {
    const missing = MatchReasonCode.options.flatMap(reasonMessageKeys).filter((key) => !has(key));
    expect(missing).toEqual([]);
  });

  it('detect a reason code without a message (the check above can fail)', () => {
    expect(has('reasons.women_only')).toBe(true);
    expect(has('reasons.no_such_code')).toBe(false);
    expect(reasonMessageKeys('language_below')).toEqual([
      'reasons.language_below',
      'reasons.language_below_detail',
    ]);
    expect(reasonMessageKeys('women_only')).toEqual(['reasons.women_only']);
  });

  it('name every status, outcome, shareable field and action', () => {
    const keys = [
      ...referralStatuses.map((status) => `status.${status}`),
      ...referralOutcomes.map((outcome) => `outcome.${outcome}`),
      ...shareableFields.map((field) => `fields.${field}`),
      ...actionsFor(referralStatuses).map((action) => action.labelKey.replace(/^referrals\./, '')),
    ];
    expect(keys.filter((key) => !has(key))).toEqual([]);
  });
});
