import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import type { QueueEntry, QueueQuery } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { QUEUE_FILTERS as FILTERS, useFilters } from '../app/search';
import { useApi } from '../app/session';
import { Badge, ErrorNotice, Loading, severityTone, statusTone } from '../components/common';
import { type I18n, useI18n } from '../i18n/i18n';
import { LABELS } from '../i18n/labels';
import { AvailabilityEditor } from './appointments/AvailabilityEditor';

type Filter = (typeof FILTERS)[number];

/** "5 h 12 min" or "2 d 3 h": how long, in the reader's language. */
function duration(seconds: number, t: I18n['t']): string {
  const minutes = Math.floor(Math.abs(seconds) / 60);
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return t('rq.days', { d: Math.floor(hours / 24), h: hours % 24 });
  return t('rq.hours', { h: hours, m: minutes % 60 });
}

/** The query the API gets from the filters in the address. */
function queueQuery(filters: Record<Filter, string>): Partial<QueueQuery> {
  return {
    limit: 25,
    ...(filters.trigger ? { trigger: filters.trigger as QueueQuery['trigger'] } : {}),
    ...(filters.marketplace ? { marketplace: filters.marketplace } : {}),
    ...(filters.country ? { country: filters.country.toUpperCase() } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(filters.breached === 'true' ? { breached: 'true' as const } : {}),
    ...(filters.awaiting_second_reviewer === 'true' ? { awaiting_second_reviewer: 'true' as const } : {}),
  };
}

export function SlaCell({ entry }: { entry: QueueEntry }) {
  const { t, formatDateTime } = useI18n();
  const time = duration(entry.time_left_seconds, t);
  return (
    <td className={entry.breached ? 'late' : undefined} title={formatDateTime(entry.review_due_at)}>
      {entry.breached ? <Badge tone="bad">{t('rq.breachedAgo', { time })}</Badge> : t('rq.left', { time })}
    </td>
  );
}

/**
 * The review queue (`GET /v1/review/queue`): severity first, then the least SLA time left; filters
 * are kept in the address so a view can be shared and reloaded.
 */
export function ReviewQueuePage() {
  const api = useApi();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const filters = useFilters(FILTERS);
  const [draft, setDraft] = useState(filters);
  const key = FILTERS.map((f) => filters[f]).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filters
  useEffect(() => setDraft(filters), [key]);
  const params = queueQuery(filters);
  const queue = useInfiniteQuery({
    queryKey: queryKeys.reviewQueue(params),
    queryFn: ({ pageParam }) => api.reviewQueue(pageParam ? { ...params, cursor: pageParam } : params),
    initialPageParam: '',
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '/office/queue', search: draft });
  };
  const rows = queue.data?.pages.flatMap((page) => page.data) ?? [];
  const text = (name: 'marketplace' | 'country', placeholder: string) => (
    <input
      id={`rq-${name}`}
      value={draft[name]}
      placeholder={placeholder}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
    />
  );
  const flag = (name: 'breached' | 'awaiting_second_reviewer', words: string) => (
    <label className="choice">
      <input
        type="checkbox"
        checked={draft[name] === 'true'}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.checked ? 'true' : '' })}
      />{' '}
      {words}
    </label>
  );

  return (
    <div className="page wide">
      <h1>{t('rq.title')}</h1>
      <p className="muted">{t('rq.intro')}</p>
      <form className="filters card" onSubmit={apply} aria-label={t('office.filters')}>
        <div className="field">
          <label htmlFor="rq-trigger">{t('office.filterTrigger')}</label>
          <select
            id="rq-trigger"
            value={draft.trigger}
            onChange={(e) => setDraft({ ...draft, trigger: e.target.value })}
          >
            <option value="">{t('office.any')}</option>
            {Object.keys(LABELS.trigger).map((s) => (
              <option key={s} value={s}>
                {label('trigger', s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rq-marketplace">{t('rq.marketplace')}</label>
          {text('marketplace', 'GB')}
        </div>
        <div className="field">
          <label htmlFor="rq-country">{t('rq.country')}</label>
          {text('country', 'CN')}
        </div>
        <div className="field">
          <label htmlFor="rq-assignee">{t('rq.assignee')}</label>
          <select
            id="rq-assignee"
            value={draft.assignee}
            onChange={(e) => setDraft({ ...draft, assignee: e.target.value })}
          >
            <option value="">{t('office.any')}</option>
            <option value="me">{t('rq.me')}</option>
            <option value="unassigned">{t('rq.unassigned')}</option>
            {draft.assignee && !['me', 'unassigned'].includes(draft.assignee) && (
              <option value={draft.assignee}>
                {t('rq.heldBy', {
                  // The holder by name when a listed case shows it; the id only for someone not on this page.
                  id:
                    rows.find((r) => r.assignee?.id === draft.assignee)?.assignee?.display_name ??
                    draft.assignee,
                })}
              </option>
            )}
          </select>
        </div>
        <div className="field">
          {flag('breached', t('rq.breached'))}
          {flag('awaiting_second_reviewer', t('rq.awaiting'))}
        </div>
        <div className="buttons">
          <button type="submit">{t('office.apply')}</button>
          <button type="button" className="secondary" onClick={() => navigate({ to: '/office/queue' })}>
            {t('office.clear')}
          </button>
        </div>
      </form>
      {queue.error && <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />}
      {!queue.data && !queue.error && <Loading />}
      {queue.data && rows.length === 0 && <p>{t('rq.none')}</p>}
      {rows.length > 0 && (
        <>
          <p className="muted" role="status">
            {t('office.count', { count: rows.length })}
          </p>
          <div className="table-scroll">
            <table className="queue">
              <thead>
                <tr>
                  <th scope="col">{t('office.colSeller')}</th>
                  <th scope="col">{t('office.colSeverity')}</th>
                  <th scope="col">{t('office.colStatus')}</th>
                  <th scope="col">{t('office.colReasons')}</th>
                  <th scope="col">{t('rq.colMarket')}</th>
                  <th scope="col">{t('rq.colHolder')}</th>
                  <th scope="col">{t('rq.colSla')}</th>
                  <th scope="col">{t('rq.colPending')}</th>
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
                      {entry.is_appeal && (
                        <>
                          {' '}
                          <Badge tone="info">{t('rq.appeal', { n: entry.appeal_count })}</Badge>
                        </>
                      )}
                    </td>
                    <td>{entry.triggers.map((r) => label('trigger', r)).join(', ')}</td>
                    <td>{[entry.marketplace, entry.country].filter(Boolean).join(' · ') || '—'}</td>
                    <td>{entry.assignee?.display_name ?? <span className="muted">{t('rq.nobody')}</span>}</td>
                    <SlaCell entry={entry} />
                    <td>
                      {entry.pending_decision
                        ? t('rq.pending', {
                            decision: label('decision', entry.pending_decision.decision),
                            who: entry.pending_decision.proposed_by.display_name,
                          })
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {queue.hasNextPage && (
            <div>
              <button
                type="button"
                className="secondary"
                disabled={queue.isFetchingNextPage}
                onClick={() => void queue.fetchNextPage()}
              >
                {t('office.more')}
              </button>
            </div>
          )}
        </>
      )}
      <AvailabilityEditor />
    </div>
  );
}
