import { getRouteApi } from '@tanstack/react-router';
import { ClientsPage } from '../../features/clients/clients-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/clients');

export const ClientsRoute = () => {
  const search = routeApi.useSearch();
  return (
    <RequirePermission permission="clients.read">
      <ClientsPage search={search} />
    </RequirePermission>
  );
};
