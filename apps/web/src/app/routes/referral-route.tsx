import { getRouteApi } from '@tanstack/react-router';
import { ReferralPage } from '../../features/referrals/referral-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/referrals/$referralId');

export const ReferralRoute = () => {
  const { referralId } = routeApi.useParams();
  return (
    <RequirePermission permission="referrals.read">
      <ReferralPage key={referralId} referralId={referralId} />
    </RequirePermission>
  );
};
