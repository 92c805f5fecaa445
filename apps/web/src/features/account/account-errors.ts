import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api-client';

const messageKeys: Record<string, string> = {
  invalid_code: 'account.errors.wrongCode',
  too_many_attempts: 'account.errors.tooManyAttempts',
  second_factor_expired: 'account.login.expired',
  mfa_unavailable: 'account.mfa.unavailable',
  mfa_required: 'account.mfa.cannotDisable',
  invalid_current_password: 'account.password.wrongCurrent',
  password_too_short: 'account.password.tooShort',
  password_too_long: 'account.password.tooLong',
  password_too_common: 'account.password.tooCommon',
  password_too_personal: 'account.password.tooPersonal',
};

/** A sentence for the person, from the server's problem code (never the server's English). */
export const describeAccountError = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('account.errors.failed');
  if (error.status === 0) return t('common.networkError');
  const key =
    messageKeys[error.code] ?? (error.status === 429 ? 'account.errors.tooManyAttempts' : undefined);
  return t(key ?? 'account.errors.failed');
};

/** The code as typed (spaces allowed), or null when it is not 6 digits. */
export const cleanTotpCode = (input: string): string | null => {
  const code = input.replace(/\s/g, '');
  return /^\d{6}$/.test(code) ? code : null;
};
