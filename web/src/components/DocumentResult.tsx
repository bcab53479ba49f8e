import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { DocumentView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { CheckList } from './Checks';
import { Badge } from './common';

const POLL_MS = 1500;

/**
 * One uploaded document and its checks. While its checks run it asks again every 1.5 s, and tells
 * `onChecked` once they are done (so the page can refresh the requirement and the submission).
 */
export function DocumentResult({
  document: initial,
  onChecked,
  audience = 'seller',
  pollMs = POLL_MS,
}: {
  document: DocumentView;
  onChecked?(document: DocumentView): void;
  audience?: 'seller' | 'staff';
  pollMs?: number;
}) {
  const api = useApi();
  const { t, formatDateTime, label } = useI18n();
  // Polls only while the document the page gave is being checked, or checked against an earlier
  // profile (a job is running its checks again), and stops when an answer is done.
  const waiting = initial.status === 'checking' || initial.stale;
  const done = (d: DocumentView | undefined) => d !== undefined && d.status !== 'checking' && !d.stale;
  const polled = useQuery({
    queryKey: queryKeys.document(initial.id),
    queryFn: () => api.document(initial.id),
    enabled: waiting,
    refetchInterval: (query) => (done(query.state.data) ? false : pollMs),
  });
  const fresh = waiting && done(polled.data) ? polled.data : undefined;
  const document = fresh ?? initial;
  const isChecking = document.status === 'checking';
  const latest = useRef(onChecked);
  latest.current = onChecked;
  useEffect(() => {
    if (fresh && fresh.status !== 'checking') latest.current?.(fresh);
  }, [fresh]);
  const failed = document.checks.filter((c) => c.status === 'fail').length;
  const warned = document.checks.filter((c) => c.status === 'warn').length;
  const names = document.files.map((f) => f.name).join(', ');
  return (
    <article className="document" aria-label={names} data-document-id={document.id}>
      <header className="document-head">
        <h4>
          {label('variant', document.variant ?? document.type)}:{' '}
          {t('doc.title', { name: names, date: formatDateTime(document.uploaded_at) })}
        </h4>
        <div aria-live="polite">
          {isChecking && <Badge tone="info">{t('doc.checking')}</Badge>}
          {document.status === 'checked' && document.verdict === 'pass' && (
            <Badge tone="good">{t('doc.pass')}</Badge>
          )}
          {document.status === 'checked' && document.verdict === 'fail' && (
            <Badge tone="bad">{t('doc.fail', { count: failed })}</Badge>
          )}
          {warned > 0 && <Badge tone="warn">{t('doc.warnings', { count: warned })}</Badge>}
          {document.stale && <Badge tone="warn">{t('doc.stale')}</Badge>}
        </div>
      </header>
      {document.stale && <p className="notice notice-warn">{t('doc.staleNotice')}</p>}
      {document.status === 'check_failed' && (
        <p className="notice notice-error">{t('doc.checkFailed', { reason: document.failure ?? '' })}</p>
      )}
      {!isChecking && <CheckList checks={document.checks} audience={audience} />}
    </article>
  );
}
