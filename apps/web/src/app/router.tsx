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
import { caseloadQueryOptions, DEFAULT_NO_CONTACT_DAYS } from '../features/casework/caseload-query';
import { parseClientListSearch } from '../features/clients/list-search';
import { parseEventListSearch } from '../features/events/event-search';
import { parseIndicatorSearch } from '../features/indicators/indicator-search';
import { parseDirectorySearch, parseOfferListSearch } from '../features/offers/list-search';
import { parseReferralListSearch } from '../features/referrals/list-search';
import { adoptAccountLanguage, loadFeatureMessages } from '../i18n/i18n';
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

/**
 * A route component's chunk, fetched together with the feature messages it renders
 * (locales/features/<feature>/), so a page never shows untranslated keys. `features` names every
 * feature whose keys the route's modules use beyond the shell's; feature-messages.test.ts checks it.
 */
const lazyPage = <T extends Record<string, unknown>, K extends keyof T>(
  load: () => Promise<T>,
  exportName: K,
  features: readonly string[],
) =>
  lazyRouteComponent(async () => {
    // Messages first: on HTTP/1.1 their request would otherwise queue behind the chunk's preloads.
    const [, module] = await Promise.all([loadFeatureMessages(features), load()]);
    return module;
  }, exportName);

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
  component: lazyPage(() => import('../features/auth/login-page'), 'LoginPage', ['account']),
});

// Public: no login needed, and signed-in staff use the same page.
const selfCheckRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/self-check',
  component: lazyPage(() => import('../features/pathways/self-check-page'), 'SelfCheckPage', ['pathways']),
});

// Public too: the directory of offers; country and filters in the URL, so a page can be shared.
const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directory',
  validateSearch: parseDirectorySearch,
  component: lazyPage(() => import('./routes/directory-route'), 'DirectoryRoute', ['offers']),
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
  component: lazyPage(() => import('./layout/app-layout'), 'AppLayout', []),
  errorComponent: StandaloneErrorPage,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyPage(() => import('../features/home/home-page'), 'HomePage', ['referrals']),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyPage(() => import('../features/account/account-page'), 'AccountPage', ['account']),
});

const centresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres',
  component: lazyPage(() => import('./routes/centres-route'), 'CentresRoute', []),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: lazyPage(() => import('./routes/users-route'), 'UsersRoute', []),
});

const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  validateSearch: parseClientListSearch,
  component: lazyPage(() => import('./routes/clients-route'), 'ClientsRoute', []),
});

const caseloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseload',
  // The caseload is asked for while the page's code loads, not once the page has rendered. The
  // guard above has loaded the user; without the permission the page shows 403 and asks nothing.
  loader: ({ context }) => {
    const me = context.queryClient.getQueryData(meQueryOptions.queryKey);
    if (me?.permissions.includes('clients.read'))
      void context.queryClient.prefetchQuery(caseloadQueryOptions(DEFAULT_NO_CONTACT_DAYS));
  },
  component: lazyPage(() => import('./routes/caseload-route'), 'CaseloadRoute', ['referrals']),
});

const newClientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/new',
  component: lazyPage(() => import('./routes/new-client-route'), 'NewClientRoute', []),
});

const clientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId',
  component: lazyPage(() => import('./routes/client-route'), 'ClientRoute', [
    'dataSubject',
    'offers',
    'pathways',
    'referrals',
  ]),
});

const editClientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/edit',
  component: lazyPage(() => import('./routes/edit-client-route'), 'EditClientRoute', []),
});

const rulePacksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/rule-packs',
  component: lazyPage(() => import('./routes/rule-packs-route'), 'RulePacksRoute', ['pathways']),
});

const offersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/offers',
  validateSearch: parseOfferListSearch,
  component: lazyPage(() => import('./routes/offers-route'), 'OffersRoute', ['offers']),
});

const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners',
  component: lazyPage(() => import('./routes/partners-route'), 'PartnersRoute', ['offers']),
});

// Referrals: centre staff follow theirs; partner staff answer those sent to their organisation.
const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals',
  validateSearch: parseReferralListSearch,
  component: lazyPage(() => import('./routes/referrals-route'), 'ReferralsRoute', ['referrals']),
});

const referralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/referrals/$referralId',
  component: lazyPage(() => import('./routes/referral-route'), 'ReferralRoute', ['referrals']),
});

const partnerReferralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partner/referrals',
  validateSearch: parseReferralListSearch,
  component: lazyPage(() => import('./routes/partner-referrals-route'), 'PartnerReferralsRoute', [
    'referrals',
  ]),
});

const partnerReferralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partner/referrals/$referralId',
  component: lazyPage(() => import('./routes/partner-referral-route'), 'PartnerReferralRoute', ['referrals']),
});

// Indicators: the filters live in the URL (codes only), so a view can be shared and printed.
const indicatorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicators',
  validateSearch: parseIndicatorSearch,
  component: lazyPage(() => import('./routes/indicators-route'), 'IndicatorsRoute', ['indicators']),
});

const eventsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/events',
  validateSearch: parseEventListSearch,
  component: lazyPage(() => import('./routes/events-route'), 'EventsRoute', ['events', 'offers']),
});

// Admins and auditors: recompute the audit chains and check their signed heads.
const auditVerifyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit/verify',
  component: lazyPage(() => import('./routes/audit-verify-route'), 'AuditVerifyRoute', ['audit']),
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

/**
 * Starts what the landing route needs without waiting for the app route's guard: /api/auth/me
 * first (on HTTP/1.1 it would otherwise queue behind the code), then the code of every route the
 * path matches, as the router would fetch it once the guard has passed. For deep links into the
 * app (a bookmark, a reload), which come with a session; not for `/`, where people arrive signed
 * out and the sign-in page should not download the app.
 */
export const preloadLandingRoute = (
  router: ReturnType<typeof createAppRouter>,
  queryClient: QueryClient,
  pathname: string,
): void => {
  if (pathname === '/') return;
  const [matchedRoutes] = router.getMatchedRoutes(pathname);
  if (matchedRoutes.some((route) => route.id === appRoute.id)) void queryClient.prefetchQuery(meQueryOptions);
  for (const route of matchedRoutes) void router.loadRouteChunk(route)?.catch(() => undefined);
};

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
