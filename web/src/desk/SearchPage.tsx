import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queryKeys } from '../app/queryKeys';
import { Badge, ErrorNotice, Loading, statusTone } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { useDeskApi } from './desk.api';
import { SearchBox } from './SearchBox';

/** Sellers and cases found by name (any script), identifier, seller or case id. */
export function SearchPage({ q }: { q: string }) {
  const api = useDeskApi();
  const { t, label } = useI18n();
  const length = [...q.trim()].length;
  const isSearchable = length >= 2 && length <= 200;
  const hits = useQuery({
    queryKey: queryKeys.search(q),
    queryFn: () => api.search(q),
    enabled: isSearchable,
  });
  return (
    <div className="page wide">
      <h1>{t('desk.searchTitle')}</h1>
      <SearchBox key={q} initial={q} />
      {q && length < 2 && <p role="status">{t('desk.searchShort')}</p>}
      {length > 200 && <p role="status">{t('desk.searchLong')}</p>}
      {hits.error && <ErrorNotice error={hits.error} onRetry={() => void hits.refetch()} />}
      {isSearchable && hits.isLoading && <Loading />}
      {hits.data && (
        <>
          <p role="status" className="muted">
            {hits.data.length
              ? t('desk.searchHits', { count: hits.data.length, q })
              : t('desk.searchNone', { q })}
          </p>
          <ul className="search-hits">
            {hits.data.map((hit) => (
              <li key={hit.seller_id} className="card">
                <strong>{hit.name ?? hit.seller_id}</strong> <span className="muted">{hit.seller_id}</span>{' '}
                {[hit.country, hit.marketplace].filter(Boolean).join(' · ')}
                <ul>
                  {hit.cases.length === 0 && <li className="muted">{t('desk.noCases')}</li>}
                  {hit.cases.map((c) => (
                    <li key={c.id}>
                      <Link to="/office/cases/$caseId" params={{ caseId: c.id }}>
                        {c.id.slice(0, 8)}
                      </Link>{' '}
                      <Badge tone={statusTone(c.status)}>{label('status', c.status)}</Badge>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
