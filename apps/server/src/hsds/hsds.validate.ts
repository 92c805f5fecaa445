import { HsdsDataset } from '@pathways/contracts';
import type { z } from 'zod';
import type { FieldError } from '../http/errors.js';

/** `['services', 3, 'organization_id']` → `services[3].organization_id`, as a reader would point at it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || 'body';
}

function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is reported on its parent; name the key itself, it is what the file holds.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        message: 'is not a known field',
      }));
    }
    return [{ field: fieldPath(issue.path), message: issue.message }];
  });
}

/** Every type error in the file at once, each with its path; the dataset only when there are none. */
export function parseDataset(body: unknown): { dataset: HsdsDataset; errors: [] } | { errors: FieldError[] } {
  const result = HsdsDataset.safeParse(body);
  if (!result.success) return { errors: fieldErrorsOf(result.error) };
  return { dataset: result.data, errors: [] };
}
