import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { meQueryOptions } from '../features/auth/api';
import { parseClientListSearch } from '../features/clients/list-search';
import { parseEventListSearch } from '../features/events/event-search';
import { parseIndicatorSearch } from '../features/indicators/indicator-search';
import { parseDirectorySearch, parseOfferListSearch } from '../features/offers/list-search';
import { parseReferralListSearch } from '../features/referrals/list-search';
import { adoptAccountLanguage } from '../i18n/i18n';
import { isApiError } from './api-client';
import { ErrorPanel, StandaloneErrorPage } from './pages/error-page';
import { NotFoundPage } from './pages/not-found-page';
import { PendingPage } from './pages/pending-page';
import { safeRedirectTarget } from './redirect-target';

// Route components load on demand, each in its own chunk: the router fetches a route's chunk
// while it loads the match (the pending page shows after `defaultPendingMs`), so a first visit
// downloads only what it renders. Guards, search validation and redirects stay here.
// The permission-guarded pages are wrapped in ./routes/*, one module (and chunk) per route.

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
  component: lazyRouteComponent(() => import('../features/auth/login-page'), 'LoginPage'),
});

// Public: no login needed, and signed-in staff use the same page.
const selfCheckRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/self-check',
  component: lazyRouteComponent(() => import('../features/pathways/self-check-page'), 'SelfCheckPage'),
});

// Public too: the directory of offers; country and filters in the URL, so a page can be shared.
const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directory',
  validateSearch: parseDirectorySearch,
  component: lazyRouteComponent(() => import('./routes/directory-route'), 'DirectoryRoute'),
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    let isMfaEnrolmentOnly: boolean;
    try {
      const me = await context.queryClient.ensureQueryData(meQueryOptions);
      await adoptAccountLanguage(me.user.locale);
      isMfaEnrolmentOnly = me.security.mfaEnrolmentOnly;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        const target = safeRedirectTarget(location.href);
        throw redirect({ to: '/login', search: target === '/' ? {} : { redirect: target } });
      }
      throw error;
    }
    // A session limited to setting up a second factor reaches the account page only.
    if (isMfaEnrolmentOnly && location.pathname !== '/account') throw redirect({ to: '/account' });
  },
  component: lazyRouteComponent(() => import('./layout/app-layout'), 'AppLayout'),
  errorComponent: StandaloneErrorPage,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/home-page'), 'HomePage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/account/account-page'), 'AccountPage'),
});

const centresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres',
  component: lazyRouteComponent(() => import('./routes/centres-route'), 'CentresRoute'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('./routes/users-route'), 'UsersRoute'),
});

const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: parseClientListSearch,
  component: lazyRouteComponent(() => import('./routes/clients-route'), 'ClientsRoute'),
});

const caseloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseload',
  component: lazyRouteComponent(() => import('./routes/caseload-route'), 'CaseloadRoute'),
});

const newClientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  component: lazyRouteComponent(() => import('./routes/new-client-route'), 'NewClientRoute'),
});

const clientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  component: lazyRouteComponent(() => import('./routes/client-route'), 'ClientRoute'),
});

const editClientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  component: lazyRouteComponent(() => import('./routes/edit-client-route'), 'EditClientRoute'),
});

const rulePacksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/rule-packs',
  component: lazyRouteComponent(() => import('./routes/rule-packs-route'), 'RulePacksRoute'),
});

const offersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers',
  validateSearch: parseOfferListSearch,
  component: lazyRouteComponent(() => import('./routes/offers-route'), 'OffersRoute'),
});

const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners',
  component: lazyRouteComponent(() => import('./routes/partners-route'), 'PartnersRoute'),
});

// Referrals: centre staff follow theirs; partner staff answer those sent to their organisation.
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals',
  validateSearch: parseReferralListSearch,
  component: lazyRouteComponent(() => import('./routes/referrals-route'), 'ReferralsRoute'),
});

const referralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals/$referralId',
  component: lazyRouteComponent(() => import('./routes/referral-route'), 'ReferralRoute'),
});

const partnerReferralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partner/referrals',
  validateSearch: parseReferralListSearch,
  component: lazyRouteComponent(() => import('./routes/partner-referrals-route'), 'PartnerReferralsRoute'),
});

const partnerReferralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partner/referrals/$referralId',
  component: lazyRouteComponent(() => import('./routes/partner-referral-route'), 'PartnerReferralRoute'),
});

// Indicators: the filters live in the URL (codes only), so a view can be shared and printed.
const indicatorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicators',
  validateSearch: parseIndicatorSearch,
  component: lazyRouteComponent(() => import('./routes/indicators-route'), 'IndicatorsRoute'),
});

const eventsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/events',
  validateSearch: parseEventListSearch,
  component: lazyRouteComponent(() => import('./routes/events-route'), 'EventsRoute'),
});

// Admins and auditors: recompute the audit chains and check their signed heads.
const auditVerifyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit/verify',
  component: lazyRouteComponent(() => import('./routes/audit-verify-route'), 'AuditVerifyRoute'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  selfCheckRoute,
  directoryRoute,
  appRoute.addChildren([
    homeRoute,
    accountRoute,
    caseloadRoute,
    centresRoute,
    clientsRoute,
    newClientRoute,
    clientRoute,
    editClientRoute,
    usersRoute,
    rulePacksRoute,
    offersRoute,
    partnersRoute,
    referralsRoute,
    referralRoute,
    partnerReferralsRoute,
    partnerReferralRoute,
    auditVerifyRoute,
    indicatorsRoute,
    eventsRoute,
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
