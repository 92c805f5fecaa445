import { getRouteApi } from '@tanstack/react-router';
import { PartnerReferralPage } from '../../features/referrals/partner-referral-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/partner/referrals/$referralId');

export const PartnerReferralRoute = () => {
  const { referralId } = routeApi.useParams();
  return (
    <RequirePermission permission="referrals.respond">
      <PartnerReferralPage key={referralId} referralId={referralId} />
    </RequirePermission>
  );
};
