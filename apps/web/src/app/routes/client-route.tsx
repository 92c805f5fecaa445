import { getRouteApi } from '@tanstack/react-router';
import { ClientPage } from '../../features/clients/client-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/clients/$clientId');

export const ClientRoute = () => {
  const { clientId } = routeApi.useParams();
  return (
    <RequirePermission permission="clients.read">
      <ClientPage key={clientId} clientId={clientId} />
    </RequirePermission>
  );
};
