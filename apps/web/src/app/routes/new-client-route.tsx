import { NewClientPage } from '../../features/clients/new-client-page';
import { RequirePermission } from '../layout/require-permission';

export const NewClientRoute = () => (
  <RequirePermission permission="clients.write">
    <NewClientPage />
  </RequirePermission>
);
