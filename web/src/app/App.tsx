import { useEffect } from 'react';
import { AccessPage } from '../admin/AccessPage';
import { PolicyPage } from '../admin/PolicyPage';
import { WebhooksPage } from '../admin/WebhooksPage';
import type { Api } from '../api/client';
import { OfficeCasePage } from '../backoffice/OfficeCasePage';
import { QueuePage } from '../backoffice/QueuePage';
import { Layout } from '../components/Layout';
import { I18nProvider, type Lang, useI18n } from '../i18n/i18n';
import { ReviewQueuePage } from '../review/ReviewQueuePage';
import { SupervisionPage } from '../review/SupervisionPage';
import { SellerCasePage } from '../seller/SellerCasePage';
import { SellerHome } from '../seller/SellerHome';
import { LoginPage } from './LoginPage';
import { Link, matchPath, navigate, useLocation } from './router';
import { SessionProvider, useSession } from './session';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.home')}</Link>
    </div>
  );
}

/** The pages, by path and by who is logged in. Back-office pages are for staff only. */
function Routes() {
  const { path } = useLocation();
  const { user } = useSession();
  if (path === '/login') return user ? <Redirect to="/" /> : <LoginPage />;
  if (!user) return <Redirect to="/login" />;
  const isSeller = user.role === 'seller';
  if (path === '/') return <Redirect to={isSeller ? '/seller' : '/office'} />;
  if (isSeller) {
    if (path === '/seller') return <SellerHome />;
    const sellerCase = matchPath('/seller/cases/:caseId', path);
    if (sellerCase?.caseId) return <SellerCasePage caseId={sellerCase.caseId} />;
    if (path.startsWith('/office')) return <Redirect to="/seller" />;
    return <NotFound />;
  }
  if (path === '/office') return <QueuePage />;
  if (path === '/office/queue') return <ReviewQueuePage />;
  if (path === '/office/webhooks') return <WebhooksPage />;
  if (path === '/office/supervision') return <SupervisionPage />;
  if (path === '/office/access') return <AccessPage />;
  if (path === '/office/policy') return <PolicyPage />;
  const officeCase = matchPath('/office/cases/:caseId', path);
  if (officeCase?.caseId) return <OfficeCasePage caseId={officeCase.caseId} />;
  if (path.startsWith('/seller')) return <Redirect to="/office" />;
  return <NotFound />;
}

export function App({ api, lang }: { api?: Api; lang?: Lang }) {
  return (
    <I18nProvider {...(lang ? { lang } : {})}>
      <SessionProvider {...(api ? { api } : {})}>
        <Layout>
          <Routes />
        </Layout>
      </SessionProvider>
    </I18nProvider>
  );
}
