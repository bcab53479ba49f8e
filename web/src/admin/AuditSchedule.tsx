import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { Badge, ErrorNotice, Loading } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

/** The latest scheduled verification of the audit chain: when, the result, and its signed checkpoint. */
export function AuditSchedule() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const latest = useQuery({
    queryKey: queryKeys.auditCheckpoint(),
    queryFn: async () => {
      try {
        return await api.latestAuditCheck();
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 404) return null;
        throw caught;
      }
    },
  });
  if (latest.error) return <ErrorNotice error={latest.error} onRetry={() => void latest.refetch()} />;
  if (latest.data === undefined) return <Loading />;
  const check = latest.data;
  return (
    <div className="stack" data-testid="audit-schedule">
      <h3>{t('auditJob.title')}</h3>
      {!check ? (
        <p className="muted">{t('auditJob.none')}</p>
      ) : (
        <>
          <p>
            <Badge tone={check.ok ? 'good' : 'bad'}>{check.ok ? t('au.intact') : t('au.broken')}</Badge>{' '}
            {t('auditJob.last', {
              at: formatDateTime(check.checked_at),
              result: check.ok
                ? t('auditJob.ok', { n: check.checkpoint.count })
                : t('auditJob.broken', {
                    position: check.problem?.position ?? 0,
                    kind: t(`au.kind.${check.problem?.kind ?? 'altered'}` as MessageKey),
                  }),
            })}
          </p>
          <code>{`${check.checkpoint.position}:${check.checkpoint.hash}`}</code>
        </>
      )}
    </div>
  );
}
