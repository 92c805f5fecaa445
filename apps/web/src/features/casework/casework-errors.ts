import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api-client';

/** The sentence shown when a casework change fails, by the server's problem code. */
export const describeCaseworkError = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('casework.errors.failed');
  switch (error.code) {
    case 'version_conflict':
      return t('casework.errors.versionConflict');
    case 'client_closed':
      return t('casework.errors.clientClosed');
    case 'already_closed':
    case 'already_open':
    case 'already_merged':
      return t('casework.errors.alreadyChanged');
  }
  if (error.status === 403) return t('casework.errors.forbidden');
  if (error.status === 404) return t('casework.errors.notFound');
  if (error.status === 0) return t('common.networkError');
  if (error.fieldErrors.length > 0) return t('casework.errors.checkFields');
  return t('casework.errors.failed');
};
