import { CreateUserBody, type Role, scopeTypeOfRole } from '@pathways/contracts';
import type { TFunction } from 'i18next';

export type FieldErrorMap = Record<string, string>;

type Issue = NonNullable<ReturnType<typeof CreateUserBody.safeParse>['error']>['issues'][number];

const messageFor = (issue: Issue, t: TFunction): string => {
  switch (issue.code) {
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'array') return t('validation.membershipRequired');
      return Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.minLength', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.maxLength', { max: Number(issue.maximum) });
    case 'invalid_type':
    case 'invalid_value':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
};

export const scopeFieldOfRole = (role: Role): 'countryCode' | 'centreId' | 'partnerOrganisationId' | null => {
  switch (scopeTypeOfRole[role]) {
    case 'country':
      return 'countryCode';
    case 'centre':
      return 'centreId';
    case 'partner':
      return 'partnerOrganisationId';
    default:
      return null;
  }
};

/** Parses with the shared contract, then adds the rule the schema cannot express: the scope each role needs. */
export const validateCreateUser = (
  input: unknown,
  t: TFunction,
): { body: CreateUserBody; errors: null } | { body: null; errors: FieldErrorMap } => {
  const errors: FieldErrorMap = {};
  const parsed = CreateUserBody.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      errors[field] ??= messageFor(issue, t);
    }
  } else {
    parsed.data.memberships.forEach((membership, index) => {
      const field = scopeFieldOfRole(membership.role);
      if (field && !membership[field]) errors[`memberships.${index}.${field}`] = t('validation.required');
    });
  }
  if (parsed.success && Object.keys(errors).length === 0) return { body: parsed.data, errors: null };
  return { body: null, errors };
};
