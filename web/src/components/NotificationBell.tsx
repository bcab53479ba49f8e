import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { StaffNotification } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Badge } from './common';

/** How often the bell asks again while the page is open. */
const REFRESH_MS = 60_000;

/**
 * The back office's bell: the unread count, and a list of my notifications (an SLA about to breach,
 * an appeal filed, a case assigned to me), unread first, each linking to its case.
 */
export function NotificationBell() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const page = useQuery({
    queryKey: queryKeys.myNotifications(),
    queryFn: () => api.myNotifications({ limit: 20 }),
    refetchInterval: REFRESH_MS,
  });
  const read = useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) => api.readNotifications(which),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myNotifications() }),
  });
  const unread = page.data?.unread ?? 0;
  const items = page.data?.items ?? [];
  const kindText = (n: StaffNotification) => t(`bell.kind.${n.kind}` as MessageKey);
  return (
    <div className="bell">
      <button
        type="button"
        className="link-button bell-button"
        aria-expanded={open}
        aria-controls="bell-panel"
        aria-label={unread > 0 ? t('bell.labelUnread', { count: unread }) : t('bell.label')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span className="bell-count" data-testid="bell-count" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <section id="bell-panel" className="bell-panel" aria-label={t('bell.title')}>
          <div className="bell-head">
            <h2>{t('bell.title')}</h2>
            {unread > 0 && (
              <button type="button" className="link-button" onClick={() => read.mutate({ all: true })}>
                {t('bell.markAll')}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p>{t('bell.empty')}</p>
          ) : (
            <ul className="bell-list">
              {items.map((n) => (
                <li key={n.id} className={n.read_at ? 'bell-read' : 'bell-unread'}>
                  {!n.read_at && <Badge tone="info">{t('bell.unread')}</Badge>} <strong>{kindText(n)}</strong>
                  <br />
                  <Link
                    to="/office/cases/$caseId"
                    params={{ caseId: n.case_id }}
                    onClick={() => {
                      setOpen(false);
                      if (!n.read_at) read.mutate({ ids: [n.id] });
                    }}
                  >
                    {t('bell.case', { id: n.case_id.slice(0, 8) })}
                  </Link>{' '}
                  <time dateTime={n.created_at}>{formatDateTime(n.created_at)}</time>
                  {!n.read_at && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => read.mutate({ ids: [n.id] })}
                      >
                        {t('bell.markRead')}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {page.data && page.data.total > items.length && (
            <p className="muted">{t('bell.more', { shown: items.length, total: page.data.total })}</p>
          )}
        </section>
      )}
    </div>
  );
}
