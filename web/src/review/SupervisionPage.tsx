import { useState } from 'react';
import type { QueueEntry } from '../api/client';
import { Link } from '../app/router';
import { useApi, useSession } from '../app/session';
import { useResource } from '../app/useResource';
import { Badge, ErrorNotice, Loading, Section, severityTone, statusTone } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { SlaCell } from './ReviewQueuePage';

const SUPERVISING = new Set(['supervisor', 'admin']);

function Workload() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const load = useResource(() => api.workload(), 'workload');
  if (load.error) return <ErrorNotice error={load.error} onRetry={load.reload} />;
  if (!load.data) return <Loading />;
  const { reviewers, unassigned, at } = load.data;
  const roleWord = (role: string) => {
    const key = `sv.role.${role}` as MessageKey;
    return ['reviewer', 'supervisor', 'admin'].includes(role) ? t(key) : role;
  };
  return (
    <>
      <p className="muted">{t('sv.asOf', { at: formatDateTime(at) })}</p>
      <p>
        {unassigned.breached > 0 ? (
          <Badge tone="bad">
            {t('sv.unassigned', { cases: unassigned.cases, breached: unassigned.breached })}
          </Badge>
        ) : (
          t('sv.unassigned', { cases: unassigned.cases, breached: unassigned.breached })
        )}
      </p>
      {reviewers.length === 0 ? (
        <p>{t('sv.noReviewers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="queue" aria-labelledby="sv-workload-title">
            <thead>
              <tr>
                <th scope="col">{t('sv.colReviewer')}</th>
                <th scope="col">{t('sv.colRole')}</th>
                <th scope="col">{t('sv.colHolding')}</th>
                <th scope="col">{t('sv.colBreached')}</th>
                <th scope="col">{t('sv.colDecided')}</th>
                <th scope="col">{t('sv.colLate')}</th>
                <th scope="col">{t('sv.colApproved')}</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((row) => (
                <tr key={row.reviewer.id}>
                  <th scope="row">
                    <Link to={`/office/queue?assignee=${encodeURIComponent(row.reviewer.id)}`}>
                      {row.reviewer.display_name}
                    </Link>
                    {row.reviewer.disabled && (
                      <>
                        {' '}
                        <Badge>{t('sv.disabled')}</Badge>
                      </>
                    )}
                  </th>
                  <td>{roleWord(row.reviewer.role)}</td>
                  <td>{row.holding}</td>
                  <td className={row.breached > 0 ? 'late' : undefined}>
                    {row.breached > 0 ? <Badge tone="bad">{row.breached}</Badge> : 0}
                  </td>
                  <td>{row.decided_today}</td>
                  <td>{row.decided_late_today}</td>
                  <td>{row.approved_today}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Breaches() {
  const api = useApi();
  const { t, label } = useI18n();
  const [extra, setExtra] = useState<{ data: QueueEntry[]; cursor: string | null }>({
    data: [],
    cursor: null,
  });
  const page = useResource(async () => {
    const first = await api.breaches({ limit: 25 });
    setExtra({ data: [], cursor: first.next_cursor });
    return first;
  }, 'breaches');
  if (page.error) return <ErrorNotice error={page.error} onRetry={page.reload} />;
  if (!page.data) return <Loading />;
  const rows = [...page.data.data, ...extra.data];
  if (rows.length === 0) return <p>{t('sv.noBreaches')}</p>;
  const more = async () => {
    if (!extra.cursor) return;
    const next = await api.breaches({ limit: 25, cursor: extra.cursor });
    setExtra({ data: [...extra.data, ...next.data], cursor: next.next_cursor });
  };
  return (
    <>
      <p className="muted" role="status">
        {t('office.count', { count: rows.length })}
      </p>
      <div className="table-scroll">
        <table className="queue" aria-labelledby="sv-breaches-title">
          <thead>
            <tr>
              <th scope="col">{t('office.colSeller')}</th>
              <th scope="col">{t('office.colSeverity')}</th>
              <th scope="col">{t('office.colStatus')}</th>
              <th scope="col">{t('office.colReasons')}</th>
              <th scope="col">{t('rq.colHolder')}</th>
              <th scope="col">{t('rq.colSla')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.case_id}>
                <td>
                  <Link to={`/office/cases/${entry.case_id}`}>{entry.seller_id}</Link>
                </td>
                <td>
                  <Badge tone={severityTone(entry.severity)}>{label('severity', entry.severity)}</Badge>
                </td>
                <td>
                  <Badge tone={statusTone(entry.status)}>{label('status', entry.status)}</Badge>
                </td>
                <td>{entry.triggers.map((r) => label('trigger', r)).join(', ')}</td>
                <td>{entry.assignee?.display_name ?? <span className="muted">{t('rq.nobody')}</span>}</td>
                <SlaCell entry={entry} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {extra.cursor && (
        <div>
          <button type="button" className="secondary" onClick={more}>
            {t('office.more')}
          </button>
        </div>
      )}
    </>
  );
}

/**
 * Supervision (`/office/supervision`, supervisors and admins): the workload per reviewer
 * (`GET /v1/review/workload`) and every case past its review SLA (`GET /v1/review/breaches`).
 */
export function SupervisionPage() {
  const { t } = useI18n();
  const { user } = useSession();
  if (!user || !SUPERVISING.has(user.role))
    return (
      <div className="page">
        <h1>{t('sv.title')}</h1>
        <p>{t('sv.notAllowed')}</p>
      </div>
    );
  return (
    <div className="page wide">
      <h1>{t('sv.title')}</h1>
      <p className="muted">{t('sv.intro')}</p>
      <Section id="sv-workload" title={t('sv.workload')}>
        <Workload />
      </Section>
      <Section id="sv-breaches" title={t('sv.breaches')}>
        <Breaches />
      </Section>
    </div>
  );
}
