import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../../app/queryKeys';
import { useApi } from '../../app/session';
import { Badge, ErrorNotice, Loading, Section, statusTone } from '../../components/common';
import { browserZone, formatInZone } from '../../components/zonedTime';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { OutcomeForm } from './OutcomeForm';

/**
 * The case's video calls for staff: when (in the reviewer's zone and the seller's), the join link,
 * and, once a booked call has begun, the outcome form. Held and missed calls show what was recorded.
 */
export function CallsPanel({ caseId, onChanged }: { caseId: string; onChanged(): void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const calls = useQuery({
    queryKey: queryKeys.appointments(caseId),
    queryFn: () => api.caseAppointments(caseId),
  });
  const [now, setNow] = useState(() => Date.now());
  const waiting = (calls.data ?? []).some((c) => c.status === 'booked' && Date.parse(c.starts_at) > now);
  // A booked call's outcome form opens once it has begun: the clock ticks while one is ahead.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, [waiting]);
  if (calls.error) return <ErrorNotice error={calls.error} onRetry={() => void calls.refetch()} />;
  if (!calls.data) return <Loading />;
  if (calls.data.length === 0) return null;
  const mine = browserZone();
  return (
    <Section title={t('calls.title')} id="calls">
      <ul className="plain stack">
        {calls.data.map((call) => {
          const hasBegun = Date.parse(call.starts_at) <= now;
          return (
            <li key={call.id} className="call" data-testid="staff-call">
              <div>
                <strong>{formatInZone(call.starts_at, mine, lang)}</strong>{' '}
                <Badge tone={call.status === 'booked' ? 'info' : statusTone(call.status)}>
                  {t(`call.status.${call.status}` as MessageKey)}
                </Badge>
              </div>
              <div className="muted small">
                {t('calls.sellerTime', {
                  when: formatInZone(call.starts_at, call.seller_time_zone, lang),
                  zone: call.seller_time_zone,
                  lang: call.language,
                })}
              </div>
              {call.status === 'booked' && call.join_url && (
                <a href={call.join_url} target="_blank" rel="noreferrer">
                  {t('call.join')}
                </a>
              )}
              {call.status === 'booked' &&
                (hasBegun ? (
                  <OutcomeForm
                    call={call}
                    onRecorded={() => {
                      void calls.refetch();
                      onChanged();
                    }}
                  />
                ) : (
                  <p className="muted">
                    {t('calls.notYet', { when: formatInZone(call.starts_at, mine, lang) })}
                  </p>
                ))}
              {call.outcome && typeof call.outcome.notes === 'string' && call.outcome.notes && (
                <p className="small">{call.outcome.notes}</p>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
