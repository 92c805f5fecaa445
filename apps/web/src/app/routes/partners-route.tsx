import { PartnersPage } from '../../features/partners/partners-page';
import { RequirePermission } from '../layout/require-permission';

export const PartnersRoute = () => (
  <RequirePermission permission="partners.read">
    <PartnersPage />
  </RequirePermission>
);
