import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { queryKeys } from '../app/queryKeys';
import { Badge, ErrorNotice, Loading, severityTone, statusTone } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { LABELS } from '../i18n/labels';
import { BulkBar } from './BulkBar';
import { type CaseListQuery, type SavedFilter, useDeskApi } from './desk.api';
import { ExportButtons } from './ExportButtons';

const PAGE = 50;
type Sort = NonNullable<CaseListQuery['sort']>;
type Column =
  | 'seller_name'
  | 'country'
  | 'marketplace'
  | 'severity'
  | 'status'
  | 'opened_at'
  | 'due'
  | 'holder';
const COLUMNS: [Column, MessageKey][] = [
  ['seller_name', 'desk.colName'],
  ['country', 'desk.colCountry'],
  ['marketplace', 'desk.colMarketplace'],
  ['severity', 'office.colSeverity'],
  ['status', 'office.colStatus'],
  ['opened_at', 'office.colOpened'],
  ['due', 'office.colDue'],
  ['holder', 'desk.colHolder'],
];

interface Filters {
  status: string;
  severity: string;
  trigger: string;
  marketplace: string;
  country: string;
  holder: string;
}
const NO_FILTERS: Filters = {
  status: '',
  severity: '',
  trigger: '',
  marketplace: '',
  country: '',
  holder: '',
};

const definedOnly = (filters: Filters): Record<string, string> =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v));

/** Every case with its seller's name and market, sorted and counted by the server; select cases to act on many. */
export function CaseListPage() {
  const api = useDeskApi();
  const { t, label, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>('-opened_at');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [filterName, setFilterName] = useState('');
  const query = { ...definedOnly(filters), sort, offset, limit: PAGE } as CaseListQuery;
  const list = useQuery({ queryKey: queryKeys.caseList(query), queryFn: () => api.caseList(query) });
  const saved = useQuery({ queryKey: queryKeys.savedFilters(), queryFn: () => api.savedFilters() });
  const save = useMutation({
    mutationFn: () =>
      api.saveFilter(filterName, {
        ...(filters.status ? { status: filters.status.split(',') as never } : {}),
        ...(filters.severity ? { severity: filters.severity as never } : {}),
        ...(filters.trigger ? { trigger: filters.trigger } : {}),
        ...(filters.marketplace ? { marketplace: filters.marketplace } : {}),
        ...(filters.country ? { country: filters.country } : {}),
        ...(filters.holder ? { holder: filters.holder } : {}),
        sort,
      }),
    onSuccess: () => {
      setFilterName('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.savedFilters() });
    },
  });
  const apply = (f: SavedFilter) => {
    const q = f.query;
    setFilters({
      status: q.status?.join(',') ?? '',
      severity: q.severity ?? '',
      trigger: q.trigger ?? '',
      marketplace: q.marketplace ?? '',
      country: q.country ?? '',
      holder: q.holder ?? '',
    });
    setSort((q.sort as Sort | undefined) ?? '-opened_at');
    setOffset(0);
  };
  const change = (name: keyof Filters, value: string) => {
    setFilters({ ...filters, [name]: value });
    setOffset(0);
  };
  const rows = list.data?.data ?? [];
  const toggle = (id: string) => {
    const next = new Set(selected);
    next.has(id) ? next.delete(id) : next.add(id);
    setSelected(next);
  };
  const sortBy = (column: Column) => {
    setSort((sort === column ? `-${column}` : column) as Sort);
    setOffset(0);
  };
  const ariaSort = (column: Column) =>
    sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const select = (name: keyof Filters, options: [string, string][], text: string) => (
    <div className="field">
      <label htmlFor={`list-${name}`}>{text}</label>
      <select id={`list-${name}`} value={filters[name]} onChange={(e) => change(name, e.target.value)}>
        <option value="">{t('office.any')}</option>
        {options.map(([value, shown]) => (
          <option key={value} value={value}>
            {shown}
          </option>
        ))}
      </select>
    </div>
  );
  const text = (name: keyof Filters, shown: string) => (
    <div className="field">
      <label htmlFor={`list-${name}`}>{shown}</label>
      <input
        id={`list-${name}`}
        value={filters[name]}
        maxLength={64}
        onChange={(e) => change(name, e.target.value)}
      />
    </div>
  );

  return (
    <div className="page wide">
      <h1>{t('desk.listTitle')}</h1>
      <fieldset className="filters card">
        <legend className="sr-only">{t('office.filters')}</legend>
        {select(
          'status',
          Object.keys(LABELS.status).map((s) => [s, label('status', s)]),
          t('office.filterStatus'),
        )}
        {select(
          'trigger',
          Object.keys(LABELS.trigger).map((s) => [s, label('trigger', s)]),
          t('office.filterTrigger'),
        )}
        {select(
          'severity',
          Object.keys(LABELS.severity).map((s) => [s, label('severity', s)]),
          t('office.filterSeverity'),
        )}
        {text('marketplace', t('desk.marketplace'))}
        {text('country', t('desk.country'))}
        {select('holder', [['none', t('desk.nobody')]], t('desk.colHolder'))}
      </fieldset>
      <div className="saved-filters card">
        <strong>{t('desk.savedFilters')}</strong>{' '}
        {saved.data?.length === 0 && <span className="muted">{t('desk.noSaved')}</span>}
        {saved.data?.map((f) => (
          <button key={f.id} type="button" className="secondary" onClick={() => apply(f)}>
            {f.name}
          </button>
        ))}
        <label>
          <span className="sr-only">{t('desk.filterName')}</span>
          <input
            value={filterName}
            maxLength={100}
            placeholder={t('desk.filterName')}
            onChange={(e) => setFilterName(e.target.value)}
          />
        </label>
        <button type="button" disabled={!filterName.trim() || save.isPending} onClick={() => save.mutate()}>
          {t('desk.saveFilter')}
        </button>
        <ExportButtons
          kind="cases"
          filters={filters.status ? { status: filters.status } : {}}
          labels={{ csv: t('desk.exportCsv'), jsonl: t('desk.exportJsonl') }}
        />
      </div>
      <BulkBar selected={rows.filter((r) => selected.has(r.id))} onDone={() => setSelected(new Set())} />
      {list.error && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <p className="muted" role="status">
          {t('desk.total', { shown: rows.length, total: list.data.total })}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="queue">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('desk.selectAll')}
                    checked={rows.every((r) => selected.has(r.id))}
                    onChange={(e) => setSelected(new Set(e.target.checked ? rows.map((r) => r.id) : []))}
                  />
                </th>
                <th scope="col">{t('office.colSeller')}</th>
                {COLUMNS.map(([column, key]) => (
                  <th key={column} scope="col" aria-sort={ariaSort(column)}>
                    <button
                      type="button"
                      className="link-button"
                      title={t('desk.sortBy', { column: t(key) })}
                      onClick={() => sortBy(column)}
                    >
                      {t(key)}
                      {sort === column ? ' ▲' : sort === `-${column}` ? ' ▼' : ''}
                    </button>
                  </th>
                ))}
                <th scope="col">{t('office.colReasons')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('desk.select', { seller: c.seller_id })}
                      checked={selected.has(c.id)}
                      onChange={() => toggle(c.id)}
                    />
                  </td>
                  <td>
                    <Link to="/office/cases/$caseId" params={{ caseId: c.id }}>
                      {c.seller_id}
                    </Link>
                  </td>
                  <td>{c.seller_name}</td>
                  <td>{c.country}</td>
                  <td>{c.marketplace}</td>
                  <td>
                    <Badge tone={severityTone(c.severity)}>{label('severity', c.severity)}</Badge>
                  </td>
                  <td>
                    <Badge tone={statusTone(c.status)}>{label('status', c.status)}</Badge>
                  </td>
                  <td>{formatDate(c.opened_at)}</td>
                  <td>{c.due_at ? formatDate(c.due_at) : ''}</td>
                  <td>{c.holder_id ? c.holder_id.slice(0, 8) : t('desk.nobody')}</td>
                  <td>{c.triggers.map((tr) => label('trigger', tr)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="buttons">
        <button
          type="button"
          className="secondary"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          {t('desk.prev')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!list.data || offset + PAGE >= list.data.total}
          onClick={() => setOffset(offset + PAGE)}
        >
          {t('desk.next')}
        </button>
      </div>
    </div>
  );
}
