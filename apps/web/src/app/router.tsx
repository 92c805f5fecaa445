import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { LoginPage } from '../features/auth/login-page';
import { meQueryOptions } from '../features/auth/api';
import { CentresPage } from '../features/centres/centres-page';
import { HomePage } from '../features/home/home-page';
import { UsersPage } from '../features/users/users-page';
import { adoptAccountLanguage } from '../i18n/i18n';
import { isApiError } from './api-client';
import { AppLayout } from './layout/app-layout';
import { RequirePermission } from './layout/require-permission';
import { ErrorPanel, StandaloneErrorPage } from './pages/error-page';
import { NotFoundPage } from './pages/not-found-page';
import { PendingPage } from './pages/pending-page';
import { safeRedirectTarget } from './redirect-target';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: StandaloneErrorPage,
});

type LoginSearch = { redirect?: string };

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => {
    const target = safeRedirectTarget(search.redirect);
    return target === '/' ? {} : { redirect: target };
  },
  component: LoginPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQueryOptions);
      await adoptAccountLanguage(me.user.locale);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        const target = safeRedirectTarget(location.href);
        throw redirect({ to: '/login', search: target === '/' ? {} : { redirect: target } });
      }
      throw error;
    }
  },
  component: AppLayout,
  errorComponent: StandaloneErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const centresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres',
  component: () => (
    <RequirePermission permission="reference.read">
      <CentresPage />
    </RequirePermission>
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: () => (
    <RequirePermission permission="users.manage">
      <UsersPage />
    </RequirePermission>
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([homeRoute, centresRoute, usersRoute]),
]);

export const createAppRouter = (queryClient: QueryClient) =>
  createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: ErrorPanel,
    defaultNotFoundComponent: NotFoundPage,
    // Unknown paths render the standalone 404 at the root, never nested inside the shell.
    notFoundMode: 'root',
    defaultPendingComponent: PendingPage,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });

declare module '@tanstack/react-router' {
  // Module augmentation needs an interface.
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
