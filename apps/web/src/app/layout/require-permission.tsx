import type { Permission } from '@pathways/contracts';
import type { ReactNode } from 'react';
import { useCan } from '../../features/auth/api';
import { ForbiddenPage } from '../pages/forbidden-page';

type Props = { permission: Permission; children: ReactNode };

export const RequirePermission = ({ permission, children }: Props) =>
  useCan(permission) ? children : <ForbiddenPage />;
