import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queryKeys } from '../app/queryKeys';
import { useApi, useSession } from '../app/session';
import { Badge, ErrorNotice, Loading, Section, severityTone, statusTone } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { SlaCell } from './ReviewQueuePage';

const SUPERVISING = new Set(['supervisor', 'admin']);

function Workload() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const load = useQuery({ queryKey: queryKeys.workload(), queryFn: () => api.workload() });
  if (load.error) return <ErrorNotice error={load.error} onRetry={() => void load.refetch()} />;
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
                    <Link to="/office/queue" search={{ assignee: row.reviewer.id }}>
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
  const page = useInfiniteQuery({
    queryKey: queryKeys.breaches(),
    queryFn: ({ pageParam }) => api.breaches(pageParam ? { limit: 25, cursor: pageParam } : { limit: 25 }),
    initialPageParam: '',
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  if (page.error) return <ErrorNotice error={page.error} onRetry={() => void page.refetch()} />;
  if (!page.data) return <Loading />;
  const rows = page.data.pages.flatMap((p) => p.data);
  if (rows.length === 0) return <p>{t('sv.noBreaches')}</p>;
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
                  <Link to="/office/cases/$caseId" params={{ caseId: entry.case_id }}>
                    {entry.seller_id}
                  </Link>
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
      {page.hasNextPage && (
        <div>
          <button
            type="button"
            className="secondary"
            disabled={page.isFetchingNextPage}
            onClick={() => void page.fetchNextPage()}
          >
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
