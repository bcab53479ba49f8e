import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import type { CaseQuery } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { CASE_FILTERS as FILTERS, useFilters } from '../app/search';
import { useApi } from '../app/session';
import { Badge, ErrorNotice, Loading, severityTone, statusTone } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { LABELS } from '../i18n/labels';

const OPEN = 'awaiting_documents,submitted,in_review,info_requested,rejected,appealed';

const DUE_WORDS = {
  seller_deadline: 'office.sellerDeadline',
  review: 'office.reviewDue',
  appeal_window: 'office.appealWindow',
} as const;

/** The case list with filters kept in the address, so a filtered view can be shared and reloaded. */
export function QueuePage({ now = Date.now() }: { now?: number }) {
  const api = useApi();
  const { t, label, formatDate } = useI18n();
  const navigate = useNavigate();
  const filters = useFilters(FILTERS);
  const [draft, setDraft] = useState(filters);
  const key = FILTERS.map((f) => filters[f]).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filters
  useEffect(() => setDraft(filters), [key]);
  const params: Partial<CaseQuery> = {
    limit: 25,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.trigger ? { trigger: filters.trigger as CaseQuery['trigger'] } : {}),
    ...(filters.severity ? { severity: filters.severity as CaseQuery['severity'] } : {}),
    ...(filters.seller_id ? { seller_id: filters.seller_id } : {}),
  };
  const cases = useInfiniteQuery({
    queryKey: queryKeys.cases(params),
    queryFn: ({ pageParam }) => api.listCases(pageParam ? { ...params, cursor: pageParam } : params),
    initialPageParam: '',
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '/office', search: draft });
  };
  const rows = cases.data?.pages.flatMap((page) => page.data) ?? [];
  const select = (name: (typeof FILTERS)[number], options: [string, string][]) => (
    <select
      id={`filter-${name}`}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
    >
      <option value="">{t('office.any')}</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );

  return (
    <div className="page wide">
      <h1>{t('office.queue')}</h1>
      <form className="filters card" onSubmit={apply} aria-label={t('office.filters')}>
        <div className="field">
          <label htmlFor="filter-status">{t('office.filterStatus')}</label>
          {select('status', [
            [OPEN, t('office.open')],
            ...Object.keys(LABELS.status).map((s): [string, string] => [s, label('status', s)]),
          ])}
        </div>
        <div className="field">
          <label htmlFor="filter-trigger">{t('office.filterTrigger')}</label>
          {select(
            'trigger',
            Object.keys(LABELS.trigger).map((s): [string, string] => [s, label('trigger', s)]),
          )}
        </div>
        <div className="field">
          <label htmlFor="filter-severity">{t('office.filterSeverity')}</label>
          {select(
            'severity',
            Object.keys(LABELS.severity).map((s): [string, string] => [s, label('severity', s)]),
          )}
        </div>
        <div className="field">
          <label htmlFor="filter-seller_id">{t('office.filterSeller')}</label>
          <input
            id="filter-seller_id"
            value={draft.seller_id}
            onChange={(e) => setDraft({ ...draft, seller_id: e.target.value })}
            placeholder="S000031"
          />
        </div>
        <div className="buttons">
          <button type="submit">{t('office.apply')}</button>
          <button type="button" className="secondary" onClick={() => navigate({ to: '/office' })}>
            {t('office.clear')}
          </button>
        </div>
      </form>
      {cases.error && <ErrorNotice error={cases.error} onRetry={() => void cases.refetch()} />}
      {!cases.data && !cases.error && <Loading />}
      {cases.data && rows.length === 0 && <p>{t('office.none')}</p>}
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
                  <th scope="col">{t('office.colOpened')}</th>
                  <th scope="col">{t('office.colDue')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => {
                  // The server's due date, from the case's stored timestamps.
                  const due = c.due;
                  const isLate = due && new Date(due.at).getTime() < now;
                  return (
                    <tr key={c.id}>
                      <td>
                        <Link to="/office/cases/$caseId" params={{ caseId: c.id }}>
                          {c.seller_id}
                        </Link>
                      </td>
                      <td>
                        <Badge tone={severityTone(c.severity)}>{label('severity', c.severity)}</Badge>
                      </td>
                      <td>
                        <Badge tone={statusTone(c.status)}>{label('status', c.status)}</Badge>
                      </td>
                      <td>{c.reasons.map((r) => label('trigger', r.trigger)).join(', ')}</td>
                      <td>{formatDate(c.opened_at)}</td>
                      <td className={isLate ? 'late' : undefined}>
                        {due && t(DUE_WORDS[due.kind], { date: formatDate(due.at) })}
                        {isLate && (
                          <>
                            {' '}
                            <Badge tone="bad">{t('office.overdue')}</Badge>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {cases.hasNextPage && (
            <div>
              <button
                type="button"
                className="secondary"
                disabled={cases.isFetchingNextPage}
                onClick={() => void cases.fetchNextPage()}
              >
                {t('office.more')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
