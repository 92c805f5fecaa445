import { IsoDateSchema, PathwayProfileSchema } from '@pathways/domain';
import { z } from 'zod';

// Request and response shapes of the navigator API. They live beside the server because the
// profile schema belongs to @pathways/domain, which itself builds on @pathways/contracts.

const Param = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()).readonly()]);
const Coded = z.object({ code: z.string() }).catchall(Param.optional());

export const PathwayEvaluationSchema = z.object({
  packId: z.string(),
  packVersion: z.string(),
  destination: z.string(),
  evaluatedOn: z.string(),
  routes: z.array(
    z.object({
      routeId: z.string(),
      title: z.string(),
      status: z.enum(['eligible', 'possibly_eligible', 'not_eligible']),
      missing: z.array(Coded),
      failed: z.array(Coded),
      points: z
        .object({
          total: z.number(),
          required: z.number(),
          potentialTotal: z.number(),
          breakdown: z.array(z.object({ criterion: z.string(), points: z.number() })),
        })
        .optional(),
      nextSteps: z.array(Coded),
      notes: z.array(Coded),
      legalBasis: z.string(),
      sources: z.array(
        z.object({
          legalBasis: z.string(),
          sourceUrls: z.array(z.string()),
          sourceQuality: z.enum(['official', 'secondary', 'derived']),
        }),
      ),
      effectiveFrom: z.string().optional(),
      effectiveTo: z.string().optional(),
    }),
  ),
});

export const EvaluateBody = z.strictObject({
  profile: PathwayProfileSchema,
  /** Defaults to today (UTC). Rules depend on the date: the same profile may differ a day apart. */
  evaluationDate: IsoDateSchema.optional(),
  packId: z.string().max(60).optional(),
});

export const RulePackSummary = z.object({
  id: z.string(),
  destination: z.string(),
  version: z.string(),
  publishedOn: z.string(),
  routes: z.array(z.object({ id: z.string(), title: z.string(), legalBasis: z.string() })),
});
export const RulePackList = z.object({ items: z.array(RulePackSummary) });

export const PathwayAssessment = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  packId: z.string(),
  packVersion: z.string(),
  evaluatedOn: z.string(),
  profile: PathwayProfileSchema,
  result: PathwayEvaluationSchema,
  createdBy: z.string(),
  createdAt: z.string(),
});
export const PathwayAssessmentList = z.object({ items: z.array(PathwayAssessment) });
export const SuggestedProfile = z.object({ profile: PathwayProfileSchema });
