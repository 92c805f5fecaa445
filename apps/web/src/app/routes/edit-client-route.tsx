import { getRouteApi } from '@tanstack/react-router';
import { EditClientPage } from '../../features/clients/edit-client-page';
import { RequirePermission } from '../layout/require-permission';

const routeApi = getRouteApi('/app/clients/$clientId/edit');

export const EditClientRoute = () => {
  const { clientId } = routeApi.useParams();
  return (
    <RequirePermission permission="clients.write">
      <EditClientPage key={clientId} clientId={clientId} />
    </RequirePermission>
  );
};
