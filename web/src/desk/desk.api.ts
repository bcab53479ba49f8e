import { createContext, useContext, useMemo } from 'react';
import { call as callApi } from '../api/http';
import type { paths } from '../api/schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type SearchHit = JsonOf<paths['/v1/search']['get']['responses'][200]>['data'][number];
type CaseListPage = JsonOf<paths['/v1/case-list']['get']['responses'][200]>;
export type CaseListRow = CaseListPage['data'][number];
export type CaseListQuery = NonNullable<paths['/v1/case-list']['get']['parameters']['query']>;
export type SavedFilter = JsonOf<paths['/v1/case-list/filters']['get']['responses'][200]>['data'][number];
export type BulkAnswer = JsonOf<paths['/v1/cases/bulk']['post']['responses'][200]>;
type BulkBody = NonNullable<paths['/v1/cases/bulk']['post']['requestBody']>['content']['application/json'];
type AuditPage = JsonOf<paths['/v1/audit/events']['get']['responses'][200]>;
export type AuditQuery = NonNullable<paths['/v1/audit/events']['get']['parameters']['query']>;
export type ExportKind = 'cases' | 'decisions' | 'requirements' | 'audit';

/** The risk desk's calls: search, the case list and its saved filters, bulk actions, exports, the audit viewer. */
export interface DeskApi {
  search(q: string): Promise<SearchHit[]>;
  caseList(query: CaseListQuery): Promise<CaseListPage>;
  savedFilters(): Promise<SavedFilter[]>;
  saveFilter(name: string, query: SavedFilter['query']): Promise<SavedFilter>;
  bulk(body: BulkBody): Promise<BulkAnswer>;
  auditEvents(query: AuditQuery): Promise<AuditPage>;
  /** The export file and the name the server gave it. */
  exportFile(
    kind: ExportKind,
    format: 'csv' | 'jsonl',
    filters?: Record<string, string>,
  ): Promise<{ blob: Blob; filename: string }>;
}

const queryString = (query: Record<string, unknown>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

function createDeskApi(baseUrl = ''): DeskApi {
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    callApi(method, `${baseUrl}${path}`, body);
  return {
    async search(q) {
      return ((await (await call('GET', `/v1/search${queryString({ q })}`)).json()) as { data: SearchHit[] })
        .data;
    },
    async caseList(query) {
      return (await call('GET', `/v1/case-list${queryString(query)}`)).json();
    },
    async savedFilters() {
      return ((await (await call('GET', '/v1/case-list/filters')).json()) as { data: SavedFilter[] }).data;
    },
    async saveFilter(name, query) {
      return (await call('POST', '/v1/case-list/filters', { name, query })).json();
    },
    async bulk(body) {
      return (await call('POST', '/v1/cases/bulk', body)).json();
    },
    async auditEvents(query) {
      return (await call('GET', `/v1/audit/events${queryString(query)}`)).json();
    },
    async exportFile(kind, format, filters = {}) {
      const response = await call('GET', `/v1/exports/${kind}${queryString({ format, ...filters })}`);
      const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
      return { blob: await response.blob(), filename: named?.[1] ?? `${kind}.${format}` };
    },
  };
}

/** Tests hand in a fake; the app uses the session's cookie. */
export const DeskApiContext = createContext<DeskApi | undefined>(undefined);

export function useDeskApi(): DeskApi {
  const given = useContext(DeskApiContext);
  return useMemo(() => given ?? createDeskApi(), [given]);
}
