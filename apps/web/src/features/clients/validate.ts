import { CreateClientBody, isMinorOn, UpdateClientBody } from '@pathways/contracts';
import type { TFunction } from 'i18next';

export type FieldErrorMap = Record<string, string>;

type Issue = NonNullable<ReturnType<typeof CreateClientBody.safeParse>['error']>['issues'][number];

// The contract's own messages are English; these map the ones a person can meet to translations.
const dobMessages: Record<string, string> = {
  'an exact date needs a day and month': 'clients.validation.dobNeedsDay',
  'is not a calendar date': 'clients.validation.dobNotADate',
  'is in the future': 'clients.validation.dobFuture',
  'means an age over 120': 'clients.validation.dobTooOld',
};

const messageFor = (issue: Issue, field: string, t: TFunction): string => {
  if (field === 'phone') return t('clients.validation.phone');
  if (field === 'occupationIsco') return t('clients.validation.isco');
  if (field === 'name' || field === 'nameOriginal') return t('clients.validation.nameRequired');
  if (field === 'consents') return t('clients.validation.counsellingConsent');
  if (field.endsWith('guardianName')) return t('clients.validation.guardianName');
  if (field === 'dateOfBirth.value') {
    const key = dobMessages[issue.message];
    return key ? t(key) : t('clients.validation.dobFormat');
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) > 1
        ? t('validation.minLength', { min: Number(issue.minimum) })
        : issue.origin === 'number'
          ? t('clients.validation.min', { min: Number(issue.minimum) })
          : t('validation.required');
    case 'too_big':
      return issue.origin === 'number'
        ? t('clients.validation.max', { max: Number(issue.maximum) })
        : t('validation.maxLength', { max: Number(issue.maximum) });
    case 'invalid_type':
    case 'invalid_value':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
};

const collect = (issues: readonly Issue[], t: TFunction): FieldErrorMap => {
  const errors: FieldErrorMap = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= messageFor(issue, field, t);
  }
  return errors;
};

type Result<T> = { body: T; errors: null } | { body: null; errors: FieldErrorMap };

export const validateCreateClient = (input: unknown, t: TFunction): Result<CreateClientBody> => {
  const parsed = CreateClientBody.safeParse(input);
  const errors = parsed.success ? {} : collect(parsed.error.issues, t);
  // The schema accepts any consent; the server requires the counselling one, so say it before sending.
  const consents = (input as { consents?: { purpose: string; givenBy?: string }[] }).consents ?? [];
  const counselling = consents.findIndex((consent) => consent.purpose === 'counselling');
  if (counselling < 0) errors.consents = t('clients.validation.counsellingConsent');
  // The server's rule, said before sending: a minor is registered on a guardian's consent.
  if (
    parsed.success &&
    counselling >= 0 &&
    consents[counselling]?.givenBy !== 'guardian' &&
    isMinorOn(parsed.data.dateOfBirth, new Date())
  )
    errors[`consents.${counselling}.givenBy`] = t('clients.validation.guardianRequired');
  if (parsed.success && Object.keys(errors).length === 0) return { body: parsed.data, errors: null };
  return { body: null, errors };
};

export const validateUpdateClient = (input: unknown, t: TFunction): Result<UpdateClientBody> => {
  const parsed = UpdateClientBody.safeParse(input);
  return parsed.success
    ? { body: parsed.data, errors: null }
    : { body: null, errors: collect(parsed.error.issues, t) };
};

/** Server field errors; the message is the server's, the field tells where to show it. */
export const fieldErrorsOf = (fieldErrors: readonly { field: string; message: string }[]): FieldErrorMap => {
  const errors: FieldErrorMap = {};
  for (const { field, message } of fieldErrors) errors[field] ??= message;
  return errors;
};
