import { z } from 'zod';

export const Uuid = z.uuid();
/**
 * The `version` a client sends back for optimistic locking. Bounded by PostgreSQL's integer
 * column, less one because a write stores version + 1: a larger number used to reach the
 * database and fail there as a 500 (found by fuzzing).
 */
export const MAX_VERSION = 2_147_483_646;
export const Version = z.number().int().min(1).max(MAX_VERSION);
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals');
export const Locale = z.enum(['en', 'fr', 'ar']);
export type Locale = z.infer<typeof Locale>;

/** RFC 9457 problem details, with the failing fields listed in `errors`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;
