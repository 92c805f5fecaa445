import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../../app/api-client';

export type FieldErrorMap = Record<string, string>;

type Issue = z.core.$ZodIssue;

// The contracts' own messages are English; these map the ones a person can meet to translations.
const contractMessages: Record<string, string> = {
  'must not be below the minimum age': 'offers.validation.maxAgeBelowMin',
  'must not be before the start': 'offers.validation.endBeforeStart',
  'must be after the signing date': 'offers.validation.expiresBeforeSigned',
  'use an ISO 4217 currency code': 'offers.validation.currency',
  'use an ISO 639 language code': 'offers.validation.languageCode',
  'use international format, e.g. +233201234567': 'offers.validation.phone',
};

const messageFor = (issue: Issue, t: TFunction): string => {
  const known = contractMessages[issue.message];
  if (known) return t(known);
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('offers.validation.url');
      if (issue.format === 'date') return t('offers.validation.date');
      return t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'array') return t('offers.validation.chooseOne');
      if (issue.origin === 'number') return t('offers.validation.min', { min: Number(issue.minimum) });
      return Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.minLength', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return t('offers.validation.tooMany', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return t('offers.validation.max', { max: Number(issue.maximum) });
      return t('validation.maxLength', { max: Number(issue.maximum) });
    case 'invalid_type':
      return issue.expected === 'int' ? t('offers.validation.wholeNumber') : t('validation.required');
    case 'invalid_value':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
};

/** One message per field, named by its path (`eligibility.maxAge`, `contacts.0.email`). */
export const fieldErrorsOf = (issues: readonly Issue[], t: TFunction): FieldErrorMap => {
  const errors: FieldErrorMap = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= messageFor(issue, t);
  }
  return errors;
};

export type Validation<T> = { body: T; errors: null } | { body: null; errors: FieldErrorMap };

/** Parses with the shared contract: the same rules the server applies, said before sending. */
export const validateWith = <T>(
  schema: z.ZodType<T>,
  input: unknown,
  t: TFunction,
  extraErrors: FieldErrorMap = {},
): Validation<T> => {
  const parsed = schema.safeParse(input);
  const errors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues, t)), ...extraErrors };
  if (parsed.success && Object.keys(errors).length === 0) return { body: parsed.data, errors: null };
  return { body: null, errors };
};

export type SaveFailure = { errors: FieldErrorMap; message: string; isStale: boolean };

/**
 * Turns a failed save into field errors (the server names them: 400/422 `errors[].field`) and the
 * sentence at the top of the form. A stale version (409) asks the person to load the latest one.
 */
export const describeSaveFailure = (error: unknown, t: TFunction): SaveFailure => {
  if (!isApiError(error)) return { errors: {}, message: t('offers.errors.failed'), isStale: false };
  const errors: FieldErrorMap = {};
  for (const { field, message } of error.fieldErrors) errors[field] ??= message;
  const isStale =
    error.status === 409 &&
    (error.code === 'version_conflict' || error.code === 'stale_version' || 'version' in errors);
  if (isStale) return { errors: {}, message: t('offers.errors.stale'), isStale };
  const message =
    error.status === 403
      ? t('offers.errors.forbidden')
      : error.status === 404
        ? t('offers.errors.notFound')
        : error.status === 0
          ? t('common.networkError')
          : Object.keys(errors).length > 0
            ? t('offers.errors.checkFields')
            : error.status === 409
              ? t('offers.errors.conflict')
              : t('offers.errors.failed');
  return { errors, message, isStale: false };
};
