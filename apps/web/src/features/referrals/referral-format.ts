import type { PartnerReferral, Referral } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { localised } from './offer-text';

type WithOffer = Pick<Referral, 'offer'> & Partial<Pick<Referral, 'partnerName'>>;

/** What a referral is to: the offer's title, else the partner organisation's name. */
export const useReferralTarget = () => {
  const { i18n } = useTranslation();
  return (referral: WithOffer | PartnerReferral): string =>
    referral.offer
      ? localised(referral.offer.title, i18n.language)
      : ('partnerName' in referral && referral.partnerName) || '';
};
