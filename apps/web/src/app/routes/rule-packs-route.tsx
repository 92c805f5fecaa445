import { RulePacksPage } from '../../features/pathways/rule-packs-page';
import { RequirePermission } from '../layout/require-permission';

export const RulePacksRoute = () => (
  <RequirePermission permission="reference.read">
    <RulePacksPage />
  </RequirePermission>
);
