// The rule pack is data validated at load; the engine takes any valid pack unchanged.
import { describe, expect, it } from 'vitest';
import { evaluatePathways } from './engine.js';
import { loadRulePack, RulePackError, type RulePackInput } from './pack.schema.js';
import { DE_2026_1, DE_2026_1_DATA } from './packs/de-2026.1.js';
import { PathwayProfileSchema } from './profile.js';

const clonePack = (): RulePackInput => structuredClone(DE_2026_1_DATA) as RulePackInput;

const required = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('fixture is missing a value');
  return value;
};

const expectRejected = (data: unknown, message: RegExp): RulePackError => {
  let caught: unknown;
  try {
    loadRulePack(data);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RulePackError);
  expect((caught as RulePackError).message).toMatch(message);
  return caught as RulePackError;
};

describe('the German pack', () => {
  it('loads, with every route from the facts file', () => {
    expect(DE_2026_1.id).toBe('de-2026.1');
    expect(DE_2026_1.routes.map((r) => r.id)).toEqual([
      'opportunity_card_skilled_worker',
      'opportunity_card_points',
      'eu_blue_card',
      'eu_blue_card_it',
      'skilled_worker_vocational',
      'skilled_worker_academic',
      'experience_based',
      'vocational_training',
      'training_place_search',
      'recognition_partnership',
      'western_balkans',
      'language_course',
    ]);
  });

  it('every condition carries a legal basis, sources and a source quality', () => {
    for (const condition of DE_2026_1.routes.flatMap((r) => r.conditions)) {
      expect(condition.legalBasis).not.toBe('');
      expect(condition.sourceUrls.length).toBeGreaterThan(0);
      expect(['official', 'secondary', 'derived']).toContain(condition.sourceQuality);
    }
  });
});

describe('malformed packs are rejected with a clear error', () => {
  it('an unknown condition kind', () => {
    const data = clonePack();
    (data.routes[0]?.conditions[0] as { test: unknown }).test = { kind: 'maxAge', years: 40 };
    const error = expectRejected(data, /Rule pack "de-2026\.1" is invalid/);
    expect(error.issues[0]?.path).toBe('routes.0.conditions.0.test.kind');
  });

  it('an impossible effective date', () => {
    const data = clonePack();
    if (data.routes[0]) data.routes[0].effectiveFrom = '2024-02-30';
    expectRejected(data, /routes\.0\.effectiveFrom: must be a real calendar date/);
  });

  it('an end date before the start date', () => {
    const data = clonePack();
    if (data.routes[0]) data.routes[0].effectiveTo = '2024-01-01';
    expectRejected(data, /effectiveTo must not be before effectiveFrom/);
  });

  it('a salary test on a table that does not exist', () => {
    const data = clonePack();
    delete (data.amountTables as Record<string, unknown>).bbgShare;
    expectRejected(data, /unknown amount table "bbgShare"/);
  });

  it('a salary variant with no row', () => {
    const data = clonePack();
    const table = required(data.amountTables.blueCard);
    data.amountTables.blueCard = { ...table, rows: table.rows.filter((r) => r.variant === 'general') };
    expectRejected(data, /variant "shortageOrNewEntrant" missing from table "blueCard"/);
  });

  it('two rows for the same year', () => {
    const data = clonePack();
    const rows = required(data.amountTables.blueCard).rows;
    rows.push({ ...required(rows[0]) });
    expectRejected(data, /two rows for the same year and variant/);
  });

  it('a condition without a legal basis or source', () => {
    const data = clonePack();
    const condition = required(data.routes[0]).conditions[0] as Record<string, unknown>;
    delete condition.legalBasis;
    condition.sourceUrls = [];
    const error = expectRejected(data, /legalBasis/);
    expect(error.issues.map((i) => i.path)).toContain('routes.0.conditions.0.sourceUrls');
  });

  it('a duplicate route id', () => {
    const data = clonePack();
    data.routes.push(structuredClone(required(data.routes[0])));
    expectRejected(data, /duplicate route id "opportunity_card_skilled_worker"/);
  });

  it('not an object at all', () => {
    expectRejected('de-2026.1', /Rule pack "unknown" is invalid/);
  });
});

describe('another destination needs only a new pack', () => {
  // A made-up regional pack: proves the engine has no German constants, not a real rule.
  const regional = loadRulePack({
    id: 'gh-2026.1',
    destination: 'GH',
    version: '2026.1',
    publishedOn: '2026-01-01',
    amountTables: {
      minimumWage: {
        description: 'test table',
        legalBasis: 'test',
        currency: 'GHS',
        rows: [
          {
            year: 2026,
            variant: 'default',
            amount: 1000,
            sourceQuality: 'derived',
            sourceUrls: ['https://example.org/'],
          },
        ],
      },
    },
    routes: [
      {
        id: 'regional_mobility',
        title: 'Regional mobility (test)',
        legalBasis: 'test protocol',
        sourceUrls: ['https://example.org/'],
        sourceQuality: 'official',
        effectiveFrom: '2026-01-01',
        conditions: [
          {
            id: 'community_nationality',
            legalBasis: 'test protocol',
            sourceUrls: ['https://example.org/'],
            sourceQuality: 'official',
            test: { kind: 'nationalityIn', countries: ['SN', 'GM', 'NG'] },
          },
          {
            id: 'french',
            legalBasis: 'test protocol',
            sourceUrls: ['https://example.org/'],
            sourceQuality: 'official',
            test: {
              kind: 'cefrAtLeast',
              language: 'fr',
              level: 'A2',
              orAlternative: { language: 'en', level: 'B1' },
            },
          },
          {
            id: 'wage',
            legalBasis: 'test protocol',
            sourceUrls: ['https://example.org/'],
            sourceQuality: 'official',
            test: { kind: 'salaryAtLeast', table: 'minimumWage', variant: 'default' },
          },
        ],
      },
    ],
  });

  it('evaluates with the same engine', () => {
    const profile = {
      nationality: 'SN',
      languages: { fr: 'B2' as const },
      jobOffer: { annualGrossSalaryEur: 1000 },
    };
    const result = evaluatePathways(regional, profile, '2026-03-01');
    expect(result).toMatchObject({ packId: 'gh-2026.1', destination: 'GH', evaluatedOn: '2026-03-01' });
    expect(result.routes[0]?.status).toBe('eligible');
    expect(result.routes[0]?.notes).toContainEqual(
      expect.objectContaining({ code: 'check_official_source', sourceQuality: 'derived' }),
    );
  });
});

describe('evaluatePathways', () => {
  it('an empty profile is never "not eligible" for a route in force: everything is missing', () => {
    const result = evaluatePathways(DE_2026_1, {}, '2026-03-01');
    expect(result.routes).toHaveLength(12);
    for (const route of result.routes) {
      expect(route.status, route.routeId).toBe('possibly_eligible');
      expect(route.failed).toEqual([]);
    }
  });

  it('is deterministic and does not mutate its input', () => {
    const profile = { age: 30, languages: { de: 'B1' as const }, jobOffer: { annualGrossSalaryEur: 50_000 } };
    const frozen = structuredClone(profile);
    expect(evaluatePathways(DE_2026_1, profile, '2026-03-01')).toEqual(
      evaluatePathways(DE_2026_1, profile, '2026-03-01'),
    );
    expect(profile).toEqual(frozen);
  });

  it('rejects an invalid evaluation date', () => {
    expect(() => evaluatePathways(DE_2026_1, {}, '2026-02-30')).toThrow(/real calendar date/);
  });

  it('reports pack id, version and date', () => {
    expect(evaluatePathways(DE_2026_1, {}, '2026-03-01')).toMatchObject({
      packId: 'de-2026.1',
      packVersion: '2026.1',
      destination: 'DE',
      evaluatedOn: '2026-03-01',
    });
  });
});

describe('profile schema', () => {
  it('accepts the issue example', () => {
    const parsed = PathwayProfileSchema.safeParse({
      nationality: 'PK',
      age: 29,
      highestQualification: 'university',
      isShortageOccupation: true,
      qualifiedExperience: { yearsInLast5: 3 },
      languages: { de: 'B1' },
      isLivelihoodSecured: true,
    });
    expect(parsed.success).toBe(true);
  });

  it('rejects a lower-case country, an unknown level, an unknown field and inconsistent experience', () => {
    expect(PathwayProfileSchema.safeParse({ nationality: 'pk' }).success).toBe(false);
    expect(PathwayProfileSchema.safeParse({ languages: { de: 'B3' } }).success).toBe(false);
    expect(PathwayProfileSchema.safeParse({ salary: 1 }).success).toBe(false);
    expect(
      PathwayProfileSchema.safeParse({ qualifiedExperience: { yearsInLast5: 4, yearsInLast7: 3 } }).success,
    ).toBe(false);
    expect(
      PathwayProfileSchema.safeParse({ qualifiedExperience: { yearsInLast5: 1, yearsInLast7: 4 } }).success,
    ).toBe(false);
  });
});
