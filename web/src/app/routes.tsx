import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  Outlet,
  type RouterHistory,
  redirect,
} from '@tanstack/react-router';
import { AccessPage } from '../admin/AccessPage';
import { PolicyPage } from '../admin/PolicyPage';
import { WebhooksPage } from '../admin/WebhooksPage';
import { OfficeCasePage } from '../backoffice/OfficeCasePage';
import { QueuePage } from '../backoffice/QueuePage';
import { Layout } from '../components/Layout';
import { AuditPage } from '../desk/AuditPage';
import { CaseListPage } from '../desk/CaseListPage';
import { SearchPage } from '../desk/SearchPage';
import { useI18n } from '../i18n/i18n';
import { DashboardPage } from '../review/DashboardPage';
import { ReviewQueuePage } from '../review/ReviewQueuePage';
import { SupervisionPage } from '../review/SupervisionPage';
import { SellerCasePage } from '../seller/SellerCasePage';
import { SellerHome } from '../seller/SellerHome';
import { LoginPage } from './LoginPage';
import { CASE_FILTERS, parseSearch, pickFilters, QUEUE_FILTERS, stringifySearch } from './search';
import type { SessionUser } from './session';

/** What the route guards read: who is logged in now (a getter, so a fresh login counts at once). */
export interface RouterContext {
  currentUser(): SessionUser | undefined;
}

const homeOf = (user: SessionUser) => (user.role === 'seller' ? '/seller' : '/office');

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.home')}</Link>
    </div>
  );
}

// Everyone but the login page needs a session; the seller and office areas each need their side.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad({ context, location }) {
    if (!context.currentUser() && location.pathname !== '/login')
      throw redirect({ to: '/login', replace: true });
  },
  component: () => (
    <Layout>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: NotFound,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  beforeLoad({ context }) {
    const user = context.currentUser();
    if (user) throw redirect({ to: homeOf(user), replace: true });
  },
  component: LoginPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad({ context }) {
    const user = context.currentUser();
    throw redirect({ to: user ? homeOf(user) : '/login', replace: true });
  },
});

const sellerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'seller',
  beforeLoad({ context }) {
    if (context.currentUser()?.role !== 'seller') throw redirect({ to: '/office', replace: true });
  },
});

const sellerHomeRoute = createRoute({ getParentRoute: () => sellerRoute, path: '/', component: SellerHome });

const sellerCaseRoute = createRoute({
  getParentRoute: () => sellerRoute,
  path: 'cases/$caseId',
  component: function SellerCaseRoute() {
    const { caseId } = sellerCaseRoute.useParams();
    return <SellerCasePage caseId={caseId} />;
  },
});

const officeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'office',
  beforeLoad({ context }) {
    if (context.currentUser()?.role === 'seller') throw redirect({ to: '/seller', replace: true });
  },
});

const casesRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>) => pickFilters(CASE_FILTERS, search),
  component: QueuePage,
});

const reviewQueueRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'queue',
  validateSearch: (search: Record<string, unknown>) => pickFilters(QUEUE_FILTERS, search),
  component: ReviewQueuePage,
});

const officeCaseRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'cases/$caseId',
  component: function OfficeCaseRoute() {
    const { caseId } = officeCaseRoute.useParams();
    return <OfficeCasePage caseId={caseId} />;
  },
});

const webhooksRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'webhooks',
  component: WebhooksPage,
});
const supervisionRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'supervision',
  component: SupervisionPage,
});
const searchRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'search',
  validateSearch: (search: Record<string, unknown>) => ({ q: typeof search.q === 'string' ? search.q : '' }),
  component: function SearchRoute() {
    const { q } = searchRoute.useSearch();
    return <SearchPage q={q} />;
  },
});
const caseListRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'list',
  component: CaseListPage,
});
const auditRoute = createRoute({ getParentRoute: () => officeRoute, path: 'audit', component: AuditPage });
const dashboardRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'dashboard',
  component: DashboardPage,
});
const accessRoute = createRoute({ getParentRoute: () => officeRoute, path: 'access', component: AccessPage });
const policyRoute = createRoute({ getParentRoute: () => officeRoute, path: 'policy', component: PolicyPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  indexRoute,
  sellerRoute.addChildren([sellerHomeRoute, sellerCaseRoute]),
  officeRoute.addChildren([
    casesRoute,
    reviewQueueRoute,
    officeCaseRoute,
    webhooksRoute,
    supervisionRoute,
    dashboardRoute,
    accessRoute,
    policyRoute,
    searchRoute,
    caseListRoute,
    auditRoute,
  ]),
]);

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    parseSearch,
    stringifySearch,
    ...(history ? { history } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
