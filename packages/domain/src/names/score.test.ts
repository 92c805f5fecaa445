import { describe, expect, it } from 'vitest';
import { TUNING_MATCH_PAIRS } from './match-pairs.fixture.js';
import type { PersonMatchInput } from './person.js';
import { rankCandidates } from './rank.js';
import { DEFAULT_MATCH_THRESHOLD, type MatchReasonCode, scoreMatch } from './score.js';

const codes = (a: PersonMatchInput, b: PersonMatchInput): MatchReasonCode[] =>
  scoreMatch(a, b).reasons.map((r) => r.code);
const exact = (value: string) => ({ value, precision: 'exact' as const });

describe('scoreMatch', () => {
  const youssef: PersonMatchInput = { given: 'Youssef', family: 'Haddad', dateOfBirth: exact('1990-04-12') };

  it('explains a cross-script phonetic match', () => {
    const result = scoreMatch(youssef, { original: 'يوسف حداد', dateOfBirth: exact('1990-04-12') });
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
    expect(result.reasons.find((r) => r.code === 'name_phonetic')?.detail).toContain('Youssef ≈ يوسف');
    expect(result.reasons.map((r) => r.code)).toContain('dob_exact');
  });

  it('separates a common name with a different exact date of birth', () => {
    const other = { ...youssef, dateOfBirth: exact('1971-09-30') };
    expect(scoreMatch(youssef, other).score).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
    expect(codes(youssef, other)).toContain('dob_conflict');
  });

  it('accepts a year-only date consistent with an exact one', () => {
    const result = scoreMatch(youssef, { ...youssef, dateOfBirth: { value: '1990', precision: 'year' } });
    expect(result.reasons.map((r) => r.code)).toContain('dob_year');
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLD);
  });

  it('reports swapped given and family names', () => {
    expect(codes({ given: 'Abena', family: 'Owusu' }, { given: 'Owusu', family: 'Abena' })).toContain(
      'names_swapped',
    );
  });

  it('rewards phone and document equality and penalises a sex conflict', () => {
    const base: PersonMatchInput = { given: 'Ibrahim', family: 'Musa' };
    const phone = scoreMatch({ ...base, phone: '+2348031234567' }, { ...base, phone: '+234 803 123 4567' });
    expect(phone.reasons.map((r) => r.code)).toContain('phone_equal');
    const document = { type: 'passport', number: 'A1234567' };
    expect(codes({ ...base, idDocument: document }, { given: 'Ibraheem', idDocument: document })).toContain(
      'id_document_equal',
    );
    const sex = scoreMatch({ ...base, sex: 'male' }, { ...base, sex: 'female' });
    expect(sex.reasons.map((r) => r.code)).toContain('sex_conflict');
    expect(sex.score).toBeLessThan(scoreMatch(base, base).score);
  });

  it('ranks Oluwaseun/Oluwasegun below a true spelling variant', () => {
    const seun = { given: 'Oluwaseun', family: 'Adeyemi' };
    expect(scoreMatch(seun, { given: 'Oluwasegun', family: 'Adeyemi' }).score).toBeLessThan(
      DEFAULT_MATCH_THRESHOLD,
    );
    expect(scoreMatch(seun, { given: 'Oluwaseun', family: 'Adeyemi' }).score).toBeGreaterThanOrEqual(
      DEFAULT_MATCH_THRESHOLD,
    );
  });

  it('is symmetric and scores a record against itself at least as high as against anything else', () => {
    for (const pair of TUNING_MATCH_PAIRS) {
      const forward = scoreMatch(pair.a, pair.b).score;
      expect(scoreMatch(pair.b, pair.a).score, pair.note).toBeCloseTo(forward, 3);
      expect(scoreMatch(pair.a, pair.a).score, pair.note).toBeGreaterThanOrEqual(forward);
    }
  });

  it('returns 0..1 even with no names at all', () => {
    const { score } = scoreMatch({}, { phone: '+212600000000' });
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });
});

describe('rankCandidates', () => {
  it('keeps candidates above the threshold, best first, within the limit', () => {
    const draft: PersonMatchInput = {
      given: 'Mohamed',
      family: 'El Amrani',
      dateOfBirth: exact('1988-02-14'),
    };
    const candidates = [
      {
        id: 'a',
        given: 'Mohammed',
        family: 'Amrani',
        dateOfBirth: { value: '1988', precision: 'year' as const },
      },
      { id: 'b', given: 'Mohamed', family: 'Amrani', dateOfBirth: exact('1961-01-01') },
      { id: 'c', original: 'محمد العمراني', dateOfBirth: exact('1988-02-14') },
      { id: 'd', given: 'Karim', family: 'Tazi' },
    ];
    const ranked = rankCandidates(draft, candidates, { limit: 5 });
    expect(ranked.map((match) => match.candidate.id)).toEqual(['c', 'a']);
    expect(ranked[0]?.reasons.length).toBeGreaterThan(0);
    expect(rankCandidates(draft, candidates, { limit: 1 })).toHaveLength(1);
    expect(rankCandidates(draft, candidates, { threshold: 0 })).toHaveLength(4);
  });
});
