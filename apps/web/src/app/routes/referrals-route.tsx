import { getRouteApi } from '@tanstack/react-router';
import { ReferralsPage } from '../../features/referrals/referrals-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/referrals');

export const ReferralsRoute = () => {
  const search = routeApi.useSearch();
  return (
    <RequirePermission permission="referrals.read">
      <ReferralsPage search={search} />
    </RequirePermission>
  );
};
