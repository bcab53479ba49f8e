import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queryKeys } from '../app/queryKeys';
import { useApi, useSession } from '../app/session';
import { ErrorNotice, Loading, Section } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

const SUPERVISING = new Set(['supervisor', 'admin']);

/** The review operation of the last 30 days, as `GET /v1/dashboard` counts it (supervisors and admins). */
export function DashboardPage() {
  const api = useApi();
  const { user } = useSession();
  const { t, formatDateTime, formatNumber, label } = useI18n();
  const allowed = SUPERVISING.has(user?.role ?? '');
  const figures = useQuery({
    queryKey: queryKeys.dashboard('', ''),
    queryFn: () => api.dashboard({}),
    enabled: allowed,
  });
  if (!allowed) return null;
  if (figures.error) return <ErrorNotice error={figures.error} onRetry={() => void figures.refetch()} />;
  if (!figures.data) return <Loading />;
  const d = figures.data;
  const hours = (h: number | null) => (h === null ? t('db.none') : t('db.hours', { hours: formatNumber(h) }));
  const rate = (r: number | null) =>
    r === null ? t('db.none') : formatNumber(r, { style: 'percent', maximumFractionDigits: 1 });
  const lastDay = new Date(new Date(d.to).getTime() - 86_400_000).toISOString();
  const outcomes = (rows: typeof d.approval_by_trigger, kind: 'trigger' | 'policy') =>
    rows.length === 0 ? (
      <p>{t('db.empty')}</p>
    ) : (
      <table className="queue">
        <thead>
          <tr>
            <th scope="col">{t(kind === 'trigger' ? 'db.colTrigger' : 'db.colPolicy')}</th>
            <th scope="col">{t('db.colApproved')}</th>
            <th scope="col">{t('db.colRejected')}</th>
            <th scope="col">{t('db.colRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{kind === 'trigger' ? label('trigger', row.key) : row.key}</th>
              <td>{row.approved}</td>
              <td>{row.rejected}</td>
              <td data-testid={`rate-${row.key}`}>{rate(row.approval_rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <>
      <h1>{t('db.title')}</h1>
      <p className="muted">
        {t('db.window', { from: d.from.slice(0, 10), to: lastDay.slice(0, 10), at: formatDateTime(d.at) })}
      </p>
      <Section title={t('db.sla')} id="db-sla">
        <dl className="facts">
          <dt>{t('db.queued')}</dt>
          <dd>{d.sla.queued}</dd>
          <dt>{t('db.breached')}</dt>
          <dd>
            <Link to="/office/queue" search={{ breached: 'true' }}>
              {d.sla.breached}
            </Link>
          </dd>
          <dt>{t('db.nearBreach', { hours: d.near_breach_hours })}</dt>
          <dd>{d.sla.near_breach}</dd>
        </dl>
      </Section>
      <Section title={t('db.timeToDecision')} id="db-ttd">
        <dl className="facts">
          <dt>{t('db.decided')}</dt>
          <dd>{d.time_to_decision.decided}</dd>
          <dt>{t('db.p50')}</dt>
          <dd>{hours(d.time_to_decision.p50_hours)}</dd>
          <dt>{t('db.p90')}</dt>
          <dd>{hours(d.time_to_decision.p90_hours)}</dd>
        </dl>
      </Section>
      <Section title={t('db.byTrigger')} id="db-trigger">
        {outcomes(d.approval_by_trigger, 'trigger')}
      </Section>
      <Section title={t('db.byPolicy')} id="db-policy">
        {outcomes(d.approval_by_policy_version, 'policy')}
      </Section>
      <Section title={t('db.byReviewer')} id="db-reviewers">
        <table className="queue">
          <thead>
            <tr>
              <th scope="col">{t('db.colReviewer')}</th>
              <th scope="col">{t('db.colDecision')}</th>
              <th scope="col">{t('db.colDecisions')}</th>
            </tr>
          </thead>
          <tbody>
            {d.decisions_by_reviewer.map((row) => (
              <tr key={`${row.reviewer.id}-${row.decision}`}>
                <th scope="row">{row.reviewer.display_name ?? row.reviewer.id}</th>
                <td>{label('decision', row.decision)}</td>
                <td>{row.decisions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('db.backlog')} id="db-backlog">
        <table className="queue">
          <thead>
            <tr>
              <th scope="col">{t('db.colStatus')}</th>
              <th scope="col">{t('db.colCases')}</th>
            </tr>
          </thead>
          <tbody>
            {d.backlog.map((row) => (
              <tr key={`${row.status}-${row.age_band}`}>
                <th scope="row">
                  {label('status', row.status)} · {t(`db.band.${row.age_band}` as MessageKey)}
                </th>
                <td>{row.cases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('db.perDay')} id="db-days">
        <div className="table-scroll">
          <table className="queue">
            <thead>
              <tr>
                <th scope="col">{t('db.colDay')}</th>
                <th scope="col">{t('db.colOpened')}</th>
                <th scope="col">{t('db.colClosed')}</th>
              </tr>
            </thead>
            <tbody>
              {d.per_day.map((row) => (
                <tr key={row.day}>
                  <th scope="row">{row.day}</th>
                  <td>{row.opened}</td>
                  <td>{row.closed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
