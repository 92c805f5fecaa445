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
import { CaseloadPage } from '../features/casework/caseload-page';
import { CentresPage } from '../features/centres/centres-page';
import { ClientPage } from '../features/clients/client-page';
import { ClientsPage } from '../features/clients/clients-page';
import { EditClientPage } from '../features/clients/edit-client-page';
import { NewClientPage } from '../features/clients/new-client-page';
import { parseClientListSearch } from '../features/clients/list-search';
import { HomePage } from '../features/home/home-page';
import { RulePacksPage } from '../features/pathways/rule-packs-page';
import { SelfCheckPage } from '../features/pathways/self-check-page';
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

// Public: no login needed, and signed-in staff use the same page.
const selfCheckRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/self-check',
  component: SelfCheckPage,
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

const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: parseClientListSearch,
  component: function ClientsRoute() {
    const search = clientsRoute.useSearch();
    return (
      <RequirePermission permission="clients.read">
        <ClientsPage search={search} />
      </RequirePermission>
    );
  },
});

const caseloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseload',
  component: () => (
    <RequirePermission permission="clients.read">
      <CaseloadPage />
    </RequirePermission>
  ),
});

const newClientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  component: () => (
    <RequirePermission permission="clients.write">
      <NewClientPage />
    </RequirePermission>
  ),
});

const clientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  component: function ClientRoute() {
    const { clientId } = clientRoute.useParams();
    return (
      <RequirePermission permission="clients.read">
        <ClientPage key={clientId} clientId={clientId} />
      </RequirePermission>
    );
  },
});

const editClientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  component: function EditClientRoute() {
    const { clientId } = editClientRoute.useParams();
    return (
      <RequirePermission permission="clients.write">
        <EditClientPage key={clientId} clientId={clientId} />
      </RequirePermission>
    );
  },
});

const rulePacksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/rule-packs',
  component: () => (
    <RequirePermission permission="reference.read">
      <RulePacksPage />
    </RequirePermission>
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  selfCheckRoute,
  appRoute.addChildren([
    homeRoute,
    caseloadRoute,
    centresRoute,
    clientsRoute,
    newClientRoute,
    clientRoute,
    editClientRoute,
    usersRoute,
    rulePacksRoute,
  ]),
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
