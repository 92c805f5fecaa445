// A rule pack is data: routes made of declarative tests the engine interprets, each top-level
// condition carrying its legal basis, sources, effective dates and how sure the facts are. A new
// law version is a new pack file plus its tests; the engine stays unchanged. Packs are parsed at
// load so that a typo in a pack fails loudly instead of silently changing a client's answer.
import { z } from 'zod';
import {
  BOOLEAN_FACTS,
  type BooleanFact,
  type CefrLevel,
  CefrLevelSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  NUMBER_FACTS,
  type NumberFact,
  OFFER_KINDS,
  type OfferKind,
  PathwayCountryCodeSchema,
  type QualificationLevel,
  QualificationLevelSchema,
  type RecognitionStatus,
  RecognitionStatusSchema,
} from './profile.js';

export const SOURCE_QUALITIES = ['official', 'secondary', 'derived'] as const;
export const SourceQualitySchema = z.enum(SOURCE_QUALITIES);
export type SourceQuality = z.infer<typeof SourceQualitySchema>;

const IdSchema = z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, 'must be an identifier like blue_card or blueCard');
const CodeSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case code');
const ParamValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export type LanguageRequirement = { language: string; level: CefrLevel };

/** The condition vocabulary. Combinators use three-valued logic (met / unknown / unmet). */
export type Test =
  /** `atLeast` inclusive, `below` exclusive: "35 to 40" is { atLeast: 35, below: 41 }. */
  | { kind: 'age'; atLeast?: number; below?: number }
  | { kind: 'nationalityIn'; countries: string[] }
  | { kind: 'qualificationIn'; levels: QualificationLevel[] }
  /** `pendingStatuses` count as unknown (e.g. recognition applied for, decision not yet known). */
  | { kind: 'recognitionIn'; statuses: RecognitionStatus[]; pendingStatuses?: RecognitionStatus[] }
  | { kind: 'qualificationAwardedWithin'; years: number }
  | { kind: 'experienceAtLeast'; years: number; withinYears: number }
  | { kind: 'cefrAtLeast'; language: string; level: CefrLevel; orAlternative?: LanguageRequirement }
  /** `isObtainable`: a different answer is something to obtain (missing), not a reason to refuse. */
  | { kind: 'fact'; fact: BooleanFact; equals: boolean; isObtainable?: boolean }
  | { kind: 'numberAtLeast'; fact: NumberFact; value: number }
  | { kind: 'hasOffer'; offer: OfferKind; mustMatchQualification?: boolean }
  /** Threshold from a year table; a lower variant applies when its `when` test is met. */
  | {
      kind: 'salaryAtLeast';
      table: string;
      variant: string;
      lowerVariants?: { variant: string; when: Test }[];
    }
  | { kind: 'allOf'; tests: Test[] }
  | { kind: 'anyOf'; tests: Test[] };

const years = z.number().positive();

export const TestSchema: z.ZodType<Test> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('age'),
        atLeast: z.number().int().min(0).optional(),
        below: z.number().int().positive().optional(),
      })
      .strict()
      .refine((t) => t.atLeast !== undefined || t.below !== undefined, 'an age test needs atLeast or below'),
    z
      .object({ kind: z.literal('nationalityIn'), countries: z.array(PathwayCountryCodeSchema).min(1) })
      .strict(),
    z
      .object({ kind: z.literal('qualificationIn'), levels: z.array(QualificationLevelSchema).min(1) })
      .strict(),
    z
      .object({
        kind: z.literal('recognitionIn'),
        statuses: z.array(RecognitionStatusSchema).min(1),
        pendingStatuses: z.array(RecognitionStatusSchema).optional(),
      })
      .strict(),
    z.object({ kind: z.literal('qualificationAwardedWithin'), years }).strict(),
    z.object({ kind: z.literal('experienceAtLeast'), years, withinYears: years }).strict(),
    z
      .object({
        kind: z.literal('cefrAtLeast'),
        language: LanguageCodeSchema,
        level: CefrLevelSchema,
        orAlternative: z.object({ language: LanguageCodeSchema, level: CefrLevelSchema }).strict().optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('fact'),
        fact: z.enum(BOOLEAN_FACTS),
        equals: z.boolean(),
        isObtainable: z.boolean().optional(),
      })
      .strict(),
    z.object({ kind: z.literal('numberAtLeast'), fact: z.enum(NUMBER_FACTS), value: z.number() }).strict(),
    z
      .object({
        kind: z.literal('hasOffer'),
        offer: z.enum(OFFER_KINDS),
        mustMatchQualification: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('salaryAtLeast'),
        table: IdSchema,
        variant: IdSchema,
        lowerVariants: z.array(z.object({ variant: IdSchema, when: TestSchema }).strict()).optional(),
      })
      .strict(),
    z.object({ kind: z.literal('allOf'), tests: z.array(TestSchema).min(1) }).strict(),
    z.object({ kind: z.literal('anyOf'), tests: z.array(TestSchema).min(2) }).strict(),
  ]),
);

const SourcedSchema = {
  legalBasis: z.string().min(1),
  sourceUrls: z.array(z.url()).min(1),
  sourceQuality: SourceQualitySchema,
};

const DatedSchema = {
  effectiveFrom: IsoDateSchema.optional(),
  effectiveTo: IsoDateSchema.optional(),
};

const isOrderedDates = (d: {
  effectiveFrom?: string | undefined;
  effectiveTo?: string | undefined;
}): boolean => !d.effectiveFrom || !d.effectiveTo || d.effectiveFrom <= d.effectiveTo;
const DATE_ORDER_MESSAGE = 'effectiveTo must not be before effectiveFrom';

export const PackStepSchema = z
  .object({ code: CodeSchema, params: z.record(z.string(), ParamValueSchema).optional() })
  .strict();

export const ConditionSchema = z
  .object({
    id: IdSchema,
    ...SourcedSchema,
    ...DatedSchema,
    test: TestSchema,
    /** A step the counsellor can take when the condition is not (yet) met. */
    nextStep: PackStepSchema.optional(),
  })
  .strict()
  .refine(isOrderedDates, DATE_ORDER_MESSAGE);

export const PointsCriterionSchema = z
  .object({
    id: IdSchema,
    points: z.number().int().positive(),
    /** Criteria sharing a group do not add up: only the highest met one counts. */
    group: IdSchema.optional(),
    ...SourcedSchema,
    ...DatedSchema,
    test: TestSchema,
  })
  .strict()
  .refine(isOrderedDates, DATE_ORDER_MESSAGE);

export const PackNoteSchema = z
  .object({
    code: CodeSchema,
    params: z.record(z.string(), ParamValueSchema).optional(),
    sourceUrls: z.array(z.url()).optional(),
    sourceQuality: SourceQualitySchema.optional(),
    ...DatedSchema,
  })
  .strict()
  .refine(isOrderedDates, DATE_ORDER_MESSAGE);

export const RouteSchema = z
  .object({
    id: IdSchema,
    /** English label for counsellors and logs; the UI translates by id. */
    title: z.string().min(1),
    ...SourcedSchema,
    ...DatedSchema,
    isDiscretionary: z.boolean().optional(),
    conditions: z.array(ConditionSchema).min(1),
    points: z
      .object({ required: z.number().int().positive(), criteria: z.array(PointsCriterionSchema).min(1) })
      .strict()
      .optional(),
    notes: z.array(PackNoteSchema).optional(),
  })
  .strict()
  .refine(isOrderedDates, DATE_ORDER_MESSAGE);

export const AmountRowSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    variant: IdSchema,
    amount: z.number().positive(),
    sourceQuality: SourceQualitySchema,
    sourceUrls: z.array(z.url()).min(1),
  })
  .strict();

export const AmountTableSchema = z
  .object({
    description: z.string().min(1),
    legalBasis: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
    rows: z.array(AmountRowSchema).min(1),
  })
  .strict()
  .refine(
    (table) => new Set(table.rows.map((r) => `${r.year}/${r.variant}`)).size === table.rows.length,
    'a table must not have two rows for the same year and variant',
  );

export const RulePackSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}-\d{4}\.\d+$/, 'must look like de-2026.1'),
    destination: PathwayCountryCodeSchema,
    version: z.string().regex(/^\d{4}\.\d+$/, 'must look like 2026.1'),
    publishedOn: IsoDateSchema,
    amountTables: z.record(IdSchema, AmountTableSchema),
    routes: z.array(RouteSchema).min(1),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const routeIds = new Set<string>();
    pack.routes.forEach((route, routeIndex) => {
      if (routeIds.has(route.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', routeIndex, 'id'],
          message: `duplicate route id "${route.id}"`,
        });
      }
      routeIds.add(route.id);
      const tests = [
        ...route.conditions.map((c) => c.test),
        ...(route.points?.criteria.map((c) => c.test) ?? []),
      ];
      for (const ref of tests.flatMap(collectSalaryRefs)) {
        const table = pack.amountTables[ref.table];
        if (!table) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', routeIndex],
            message: `route "${route.id}" uses unknown amount table "${ref.table}"`,
          });
        } else if (!table.rows.some((row) => row.variant === ref.variant)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', routeIndex],
            message: `route "${route.id}" uses variant "${ref.variant}" missing from table "${ref.table}"`,
          });
        }
      }
    });
  });

export type Condition = z.infer<typeof ConditionSchema>;
export type PointsCriterion = z.infer<typeof PointsCriterionSchema>;
export type PackNote = z.infer<typeof PackNoteSchema>;
export type PackStep = z.infer<typeof PackStepSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type AmountTable = z.infer<typeof AmountTableSchema>;
export type AmountRow = z.infer<typeof AmountRowSchema>;
export type RulePack = z.infer<typeof RulePackSchema>;
export type ConditionInput = z.input<typeof ConditionSchema>;
export type PointsCriterionInput = z.input<typeof PointsCriterionSchema>;
/** What a pack file is written as: the same shape, checked by TypeScript before the runtime parse. */
export type RulePackInput = z.input<typeof RulePackSchema>;

const collectSalaryRefs = (test: Test): { table: string; variant: string }[] => {
  switch (test.kind) {
    case 'salaryAtLeast':
      return [
        { table: test.table, variant: test.variant },
        ...(test.lowerVariants ?? []).flatMap((lower) => [
          { table: test.table, variant: lower.variant },
          ...collectSalaryRefs(lower.when),
        ]),
      ];
    case 'allOf':
    case 'anyOf':
      return test.tests.flatMap(collectSalaryRefs);
    default:
      return [];
  }
};

export class RulePackError extends Error {
  override readonly name = 'RulePackError';
  readonly issues: { path: string; message: string }[];

  constructor(packId: string, issues: { path: string; message: string }[]) {
    super(
      `Rule pack "${packId}" is invalid:\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
    this.issues = issues;
  }
}

/** Parses a pack (a TS object or parsed JSON); throws RulePackError listing every problem. */
export const loadRulePack = (data: unknown): RulePack => {
  const result = RulePackSchema.safeParse(data);
  if (result.success) return result.data;
  const packId =
    typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string'
      ? data.id
      : 'unknown';
  throw new RulePackError(
    packId,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
};
