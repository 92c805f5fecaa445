import { getRouteApi } from '@tanstack/react-router';
import { IndicatorsPage } from '../../features/indicators/indicators-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/indicators');

export const IndicatorsRoute = () => {
  const search = routeApi.useSearch();
  return (
    <RequirePermission permission="indicators.read">
      <IndicatorsPage search={search} />
    </RequirePermission>
  );
};
