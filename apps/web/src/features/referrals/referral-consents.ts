import type { Consent } from '@pathways/contracts';

/** The client's consents to share with this partner that still hold, newest first. */
export const activeSharingConsents = (consents: readonly Consent[], partnerId: string): Consent[] =>
  consents
    .filter(
      (consent) =>
        consent.purpose === 'partner_sharing' &&
        consent.partnerOrganisationId === partnerId &&
        !consent.withdrawnAt,
    )
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
