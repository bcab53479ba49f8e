import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../app/queryKeys';
import { ErrorNotice, Loading } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { type AuditQuery, useDeskApi } from './desk.api';
import { ExportButtons } from './ExportButtons';

type Field = 'actor' | 'action' | 'entity_type' | 'entity_id' | 'from' | 'to';
const FIELDS: [Field, MessageKey][] = [
  ['actor', 'desk.auditActor'],
  ['action', 'desk.auditAction'],
  ['entity_type', 'desk.auditEntityType'],
  ['entity_id', 'desk.auditEntityId'],
  ['from', 'desk.auditFrom'],
  ['to', 'desk.auditTo'],
];
const PAGE = 50;

/** A date field's value (`YYYY-MM-DD`) as the start of that day, UTC, as the API takes it. */
const instant = (day: string) => `${day}T00:00:00Z`;

/** The whole audit trail, newest first, filtered by actor, action, entity and days; older pages on demand. */
export function AuditPage() {
  const api = useDeskApi();
  const { t, formatDateTime } = useI18n();
  const [filters, setFilters] = useState<Record<Field, string>>({
    actor: '',
    action: '',
    entity_type: '',
    entity_id: '',
    from: '',
    to: '',
  });
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1);
  const query: AuditQuery = { limit: PAGE };
  for (const [field] of FIELDS) {
    const value = filters[field].trim();
    if (!value) continue;
    (query as Record<string, string>)[field] = field === 'from' || field === 'to' ? instant(value) : value;
  }
  const exportFilters = { ...(query as Record<string, string>) };
  delete exportFilters.limit;
  if (before !== undefined) query.before = before;
  const events = useQuery({ queryKey: queryKeys.auditEvents(query), queryFn: () => api.auditEvents(query) });
  const change = (field: Field, value: string) => {
    setFilters({ ...filters, [field]: value });
    setPages([]);
  };
  return (
    <div className="page wide">
      <h1>{t('desk.auditTitle')}</h1>
      <fieldset className="filters card">
        <legend className="sr-only">{t('office.filters')}</legend>
        {FIELDS.map(([field, key]) => (
          <div className="field" key={field}>
            <label htmlFor={`audit-${field}`}>{t(key)}</label>
            <input
              id={`audit-${field}`}
              type={field === 'from' || field === 'to' ? 'date' : 'text'}
              maxLength={200}
              value={filters[field]}
              onChange={(e) => change(field, e.target.value)}
            />
          </div>
        ))}
        <ExportButtons
          kind="audit"
          filters={exportFilters}
          formats={['jsonl']}
          labels={{ jsonl: t('desk.auditExport') }}
        />
      </fieldset>
      {events.error && <ErrorNotice error={events.error} onRetry={() => void events.refetch()} />}
      {!events.data && !events.error && <Loading />}
      {events.data?.data.length === 0 && <p>{t('desk.auditNone')}</p>}
      {events.data && events.data.data.length > 0 && (
        <div className="table-scroll">
          <table className="queue">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('desk.auditAt')}</th>
                <th scope="col">{t('desk.auditActor')}</th>
                <th scope="col">{t('desk.auditAction')}</th>
                <th scope="col">{t('desk.auditEntity')}</th>
                <th scope="col">{t('desk.auditData')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.data.map((e) => (
                <tr key={e.id}>
                  <td>{e.position ?? '…'}</td>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.entity_type} {e.entity_id}
                  </td>
                  <td>
                    <code className="audit-data">{JSON.stringify(e.data)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="buttons">
        {pages.length > 0 && (
          <button type="button" className="secondary" onClick={() => setPages(pages.slice(0, -1))}>
            {t('desk.prev')}
          </button>
        )}
        {events.data?.next_before != null && (
          <button
            type="button"
            className="secondary"
            onClick={() => setPages([...pages, events.data!.next_before!])}
          >
            {t('desk.auditOlder')}
          </button>
        )}
      </div>
    </div>
  );
}
