import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createBrowserHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Api } from '../api/client';
import { parseSearch, stringifySearch } from '../app/search';
import { SessionProvider } from '../app/session';
import { I18nProvider, type Lang } from '../i18n/i18n';

/** A query cache of its own for each test: nothing carries over, and a failure is not retried. */
export const testQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });

/**
 * A router that shows `ui` at whatever address the test set (`window.history`), so links,
 * search params and navigation work as in the app without the app's pages around it.
 */
function routerShowing(ui: ReactNode) {
  const root = createRootRoute({ component: Outlet });
  const everywhere = createRoute({ getParentRoute: () => root, path: '$', component: () => ui });
  const index = createRoute({ getParentRoute: () => root, path: '/', component: () => ui });
  return createRouter({
    routeTree: root.addChildren([index, everywhere]),
    history: createBrowserHistory(),
    parseSearch,
    stringifySearch,
  });
}

/** Renders a component with the providers the app gives it: a language, a query cache, a session over a fake Api, a router. */
export async function renderWith(
  ui: ReactNode,
  { api, lang = 'en', queryClient = testQueryClient() }: { api: Api; lang?: Lang; queryClient?: QueryClient },
) {
  const router = routerShowing(ui);
  // Matched before the first render, so the component is on the page when this returns.
  await router.load();
  return render(
    <I18nProvider lang={lang}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider api={api}>
          <RouterProvider router={router as never} />
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
}
