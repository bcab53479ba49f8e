import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppointmentView } from '../../api/appointments.api';
import type { RequirementView } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { useApi } from '../../app/session';
import { ErrorNotice, Loading } from '../../components/common';
import { formatInZone } from '../../components/zonedTime';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { callErrorKey } from './callError';
import { SlotPicker } from './SlotPicker';

/**
 * The seller's video verification call for one live requirement: free slots in the seller's own
 * time zone and a booking; once booked, the time, the join link, the `.ics` invite, and moving or
 * cancelling it (the server holds the policy's notice and limits and says why it refuses).
 */
export function BookingPanel({
  caseId,
  requirement,
  onChanged,
}: {
  caseId: string;
  requirement: RequirementView;
  onChanged(): void;
}) {
  const api = useApi();
  const { t, lang } = useI18n();
  const caseView = useQuery({ queryKey: queryKeys.caseView(caseId), queryFn: () => api.getCase(caseId) });
  const isOpen = caseView.data?.arranges_calls ?? false;
  const calls = useQuery({
    queryKey: queryKeys.appointments(caseId),
    queryFn: () => api.caseAppointments(caseId),
  });
  const mine = (calls.data ?? []).filter((c) => c.requirement_id === requirement.id);
  const booked = mine.find((c) => c.status === 'booked');
  const met = requirement.status === 'satisfied' || requirement.status === 'waived';
  const wantsSlots = isOpen && !met;
  const slots = useQuery({
    queryKey: [...queryKeys.freeSlots(caseId, requirement.material), booked?.id ?? ''],
    queryFn: () => api.freeSlots(caseId, requirement.material),
    enabled: wantsSlots,
  });
  const [isMoving, setIsMoving] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const act = async (work: () => Promise<unknown>) => {
    setIsBusy(true);
    setError(undefined);
    try {
      await work();
      setIsMoving(false);
      setIsConfirming(false);
      onChanged();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
      await Promise.all([calls.refetch(), wantsSlots ? slots.refetch() : undefined]);
    }
  };
  const download = async (call: AppointmentView) => {
    const url = URL.createObjectURL(await api.callInvite(call.id));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'secondlook-call.ics';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  if (calls.error) return <ErrorNotice error={calls.error} onRetry={() => void calls.refetch()} />;
  if (!calls.data) return <Loading />;
  const zone = slots.data?.time_zone ?? booked?.seller_time_zone ?? mine[0]?.seller_time_zone;
  const when = (call: AppointmentView) => formatInZone(call.starts_at, call.seller_time_zone, lang);
  const errorKey = error && callErrorKey(error);
  const history = mine.filter((c) => c.status !== 'booked');

  return (
    <div className="call-panel stack" data-testid="booking-panel">
      <h4 className="sub">{t('call.title')}</h4>
      {zone && !booked && wantsSlots && <p className="muted">{t('call.intro', { zone })}</p>}
      {booked && (
        <div className="notice" data-testid="booked-call">
          <p>{t('call.booked', { when: `${when(booked)} (${booked.seller_time_zone})` })}</p>
          <p>
            {booked.join_url ? (
              <a href={booked.join_url} target="_blank" rel="noreferrer">
                {t('call.join')}
              </a>
            ) : (
              t('call.noLink')
            )}
          </p>
          <p className="muted">{t('call.bring')}</p>
          <div className="buttons">
            <button type="button" className="secondary" onClick={() => void download(booked)}>
              {t('call.invite')}
            </button>
            {isOpen && (
              <>
                <button type="button" className="secondary" onClick={() => setIsMoving(!isMoving)}>
                  {t('call.move')}
                </button>
                <button type="button" className="secondary" onClick={() => setIsConfirming(true)}>
                  {t('call.cancel')}
                </button>
              </>
            )}
          </div>
          {isConfirming && (
            <div className="buttons">
              <span>{t('call.cancelConfirm', { when: when(booked) })}</span>
              <button
                type="button"
                disabled={isBusy}
                onClick={() => void act(() => api.cancelCall(booked.id))}
              >
                {t('call.cancel')}
              </button>
              <button type="button" className="secondary" onClick={() => setIsConfirming(false)}>
                {t('call.keep')}
              </button>
            </div>
          )}
        </div>
      )}
      {error &&
        (errorKey ? (
          <p className="notice notice-error" role="alert">
            {t(errorKey)}
          </p>
        ) : (
          <ErrorNotice error={error} />
        ))}
      {wantsSlots && (!booked || isMoving) && (
        <>
          {slots.error && <ErrorNotice error={slots.error} onRetry={() => void slots.refetch()} />}
          {slots.data ? (
            <SlotPicker
              slots={slots.data.data}
              zone={slots.data.time_zone}
              isBusy={isBusy}
              action={booked ? t('call.moveTo') : t('call.book')}
              onPick={(slotId) =>
                void act(() =>
                  booked
                    ? api.rescheduleCall(booked.id, slotId)
                    : api.bookCall(caseId, requirement.material, slotId),
                )
              }
            />
          ) : (
            !slots.error && <Loading />
          )}
        </>
      )}
      {history.length > 0 && (
        <>
          <h5>{t('call.history')}</h5>
          <ul className="plain">
            {history.map((call) => (
              <li key={call.id} className="muted">
                {when(call)} · {t(`call.status.${call.status}` as MessageKey)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
