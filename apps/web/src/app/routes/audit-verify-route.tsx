import { AuditVerifyPage } from '../../features/audit/audit-verify-page';
import { RequirePermission } from '../layout/require-permission';

export const AuditVerifyRoute = () => (
  <RequirePermission permission="audit.verify">
    <AuditVerifyPage />
  </RequirePermission>
);
