import type { Agreement, PartnerDetail } from '@pathways/contracts';

export type ReferralStatus =
  | { canReceive: true; validUntil: string }
  | { canReceive: false; validUntil: null };

/**
 * Whether referrals may go to the partner, and until when: the server decides (`canReceiveReferrals`);
 * the date is the latest expiry among the agreements that cover referrals today.
 */
export const referralStatusOf = (
  partner: Pick<PartnerDetail, 'canReceiveReferrals' | 'agreements'>,
): ReferralStatus => {
  const covering = partner.agreements.filter((agreement) => agreement.coversReferralsToday);
  if (!partner.canReceiveReferrals || covering.length === 0) return { canReceive: false, validUntil: null };
  const validUntil = covering
    .map((agreement) => agreement.expiresOn)
    .sort()
    .at(-1) as string;
  return { canReceive: true, validUntil };
};

export type AgreementState = 'covers_referrals' | 'expired' | 'not_yet_signed' | 'other_purposes';

/** How an agreement stands on a day (YYYY-MM-DD), for its badge. */
export const agreementStateOn = (agreement: Agreement, today: string): AgreementState => {
  if (agreement.coversReferralsToday) return 'covers_referrals';
  if (!agreement.purposes.includes('referrals')) return 'other_purposes';
  // The server said it does not cover referrals today: not signed yet, or run out.
  return agreement.signedOn > today ? 'not_yet_signed' : 'expired';
};

/** Newest first: the agreement that matters now is read first. */
export const sortAgreements = (agreements: readonly Agreement[]): Agreement[] =>
  [...agreements].sort(
    (a, b) => b.expiresOn.localeCompare(a.expiresOn) || b.signedOn.localeCompare(a.signedOn),
  );
