import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api-client';
import { type FieldErrorMap, fieldErrorsOf } from './validate';

/** Turns a failed save into field errors and the sentence shown at the top of the form. */
export const describeSaveError = (
  error: unknown,
  t: TFunction,
): { errors: FieldErrorMap; message: string } => {
  if (!isApiError(error)) return { errors: {}, message: t('clients.form.failed') };
  const errors = fieldErrorsOf(error.fieldErrors);
  if (error.code === 'counselling_consent_required') {
    errors.consents = t('clients.validation.counsellingConsent');
    return { errors, message: t('clients.validation.counsellingConsent') };
  }
  if (error.code === 'guardian_consent_required') {
    errors['consents.0.givenBy'] = t('clients.validation.guardianRequired');
    return { errors, message: t('clients.validation.guardianRequired') };
  }
  if (error.status === 403) return { errors, message: t('clients.form.forbidden') };
  if (error.status === 0) return { errors, message: t('common.networkError') };
  if (Object.keys(errors).length > 0) return { errors, message: t('clients.form.checkFields') };
  return { errors, message: t('clients.form.failed') };
};
