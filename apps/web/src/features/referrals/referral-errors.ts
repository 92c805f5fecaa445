import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api-client';

// Problem codes the referral routes answer with, each worded for the person who met it.
const conflictCodes = [
  'sharing_consent_missing',
  'no_data_sharing_agreement',
  'offer_inactive',
  'offer_full',
  'client_not_active',
  'version_conflict',
  'illegal_transition',
] as const;

/** The sentence shown when a referral could not be created or moved, by the server's problem code. */
export const describeReferralError = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('referrals.errors.failed');
  const known = conflictCodes.find((code) => code === error.code);
  if (known) return t(`referrals.errors.${known}`);
  if (error.status === 0) return t('common.networkError');
  if (error.status === 403) return t('referrals.errors.forbidden');
  if (error.status === 404) return t('referrals.errors.notFound');
  if (error.status === 400 || error.status === 422) return t('referrals.errors.checkFields');
  return t('referrals.errors.failed');
};

/** Field names the server blamed (`sharedFields.0` → `sharedFields`), to mark the inputs at fault. */
export const blamedFields = (error: unknown): Set<string> =>
  new Set(
    isApiError(error) ? error.fieldErrors.map((fieldError) => fieldError.field.split('.')[0] ?? '') : [],
  );
