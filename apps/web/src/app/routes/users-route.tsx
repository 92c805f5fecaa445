import { UsersPage } from '../../features/users/users-page';
import { RequirePermission } from '../layout/require-permission';

export const UsersRoute = () => (
  <RequirePermission permission="users.manage">
    <UsersPage />
  </RequirePermission>
);
