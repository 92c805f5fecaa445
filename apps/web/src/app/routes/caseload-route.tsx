import { CaseloadPage } from '../../features/casework/caseload-page';
import { RequirePermission } from '../layout/require-permission';

export const CaseloadRoute = () => (
  <RequirePermission permission="clients.read">
    <CaseloadPage />
  </RequirePermission>
);
