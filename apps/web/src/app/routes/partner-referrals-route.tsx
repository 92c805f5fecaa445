import { getRouteApi } from '@tanstack/react-router';
import { PartnerReferralsPage } from '../../features/referrals/partner-referrals-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/partner/referrals');

export const PartnerReferralsRoute = () => {
  const search = routeApi.useSearch();
  return (
    <RequirePermission permission="referrals.respond">
      <PartnerReferralsPage search={search} />
    </RequirePermission>
  );
};
