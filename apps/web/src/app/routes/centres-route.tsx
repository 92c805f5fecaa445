import { CentresPage } from '../../features/centres/centres-page';
import { RequirePermission } from '../layout/require-permission';

export const CentresRoute = () => (
  <RequirePermission permission="reference.read">
    <CentresPage />
  </RequirePermission>
);
