import { Link } from '../app/router';
import { useApi } from '../app/session';
import { useResource } from '../app/useResource';
import { Badge, ErrorNotice, Loading, statusTone } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { DownloadMyData } from '../privacy/DownloadMyData';
import { SellerCasePage } from './SellerCasePage';

const TERMINAL = ['approved', 'rejected_final', 'expired', 'withdrawn'];

/** A seller's start page: the open case if there is one, else a word that nothing is needed. */
export function SellerHome() {
  const api = useApi();
  const { t, label, formatDate } = useI18n();
  const cases = useResource(() => api.listCases({ limit: 25 }), '');
  if (cases.error) return <ErrorNotice error={cases.error} onRetry={cases.reload} />;
  if (!cases.data) return <Loading />;
  const open = cases.data.data.find((c) => !TERMINAL.includes(c.status));
  if (open)
    return (
      <>
        <SellerCasePage caseId={open.id} />
        <DownloadMyData />
      </>
    );
  return (
    <div className="page">
      <section className="card">
        <h1>{t('seller.title')}</h1>
        <p>{t('seller.noCase')}</p>
        {cases.data.data.length > 0 && (
          <>
            <h2>{t('seller.pastCases')}</h2>
            <ul>
              {cases.data.data.map((c) => (
                <li key={c.id}>
                  <Link to={`/seller/cases/${c.id}`}>{formatDate(c.opened_at)}</Link>{' '}
                  <Badge tone={statusTone(c.status)}>{label('status', c.status)}</Badge>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <DownloadMyData />
    </div>
  );
}
