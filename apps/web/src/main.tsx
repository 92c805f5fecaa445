import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUnauthorizedHandler } from './app/api-client';
import { AppProviders } from './app/providers';
import { queryClient } from './app/query-client';
import { safeRedirectTarget } from './app/redirect-target';
import { createAppRouter, preloadLandingRoute } from './app/router';
import { initI18n } from './i18n/i18n';

const router = createAppRouter(queryClient);

// Any 401 (other than a failed login) means the session is gone: back to the login page,
// then drop every cached response so nothing of the previous session stays in memory.
setUnauthorizedHandler(() => {
  const { pathname, href } = router.state.location;
  if (pathname === '/login') return;
  const target = safeRedirectTarget(href);
  void router
    .navigate({ to: '/login', search: target === '/' ? {} : { redirect: target } })
    .then(() => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'meta' }));
});

const start = async () => {
  await initI18n();
  // After i18n: a route's code comes with its feature messages, in the language on screen.
  preloadLandingRoute(router, queryClient, router.state.location.pathname);
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root element');
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
};

void start();
