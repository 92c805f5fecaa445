import { getRouteApi } from '@tanstack/react-router';
import { OffersPage } from '../../features/offers/offers-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/offers');

export const OffersRoute = () => {
  const search = routeApi.useSearch();
  return (
    <RequirePermission permission="offers.read">
      <OffersPage search={search} />
    </RequirePermission>
  );
};
