import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import type { PublishAvailabilityBody } from '../../api/appointments.api';
import { queryKeys } from '../../app/queryKeys';
import { useApi, useSession } from '../../app/session';
import { ErrorNotice, Loading, Section } from '../../components/common';
import { browserZone, timeInZone } from '../../components/zonedTime';
import { useI18n } from '../../i18n/i18n';

type Language = PublishAvailabilityBody['languages'][number];
const LANGUAGES: Record<Language, 'avail.lang.en' | 'avail.lang.zh'> = {
  en: 'avail.lang.en',
  zh: 'avail.lang.zh',
};

/** Today's date in `zone`, as an `<input type=date>` wants it. */
const todayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());

/**
 * A reviewer publishes windows of their day for video calls, in their own time zone and with the
 * languages they speak; the server cuts them into calls. Their windows are listed to withdraw.
 */
export function AvailabilityEditor() {
  const api = useApi();
  const { user } = useSession();
  const { t, lang, formatDate } = useI18n();
  const id = useId();
  const [zone, setZone] = useState(browserZone);
  const [date, setDate] = useState(() => todayIn(browserZone()));
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('12:00');
  const [languages, setLanguages] = useState<Language[]>(lang === 'zh' ? ['zh'] : ['en']);
  const [published, setPublished] = useState<number>();
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  const windows = useQuery({
    queryKey: queryKeys.availability(user?.id),
    queryFn: () => api.availability(user?.id),
  });
  const act = async (work: () => Promise<void>) => {
    setIsBusy(true);
    setError(undefined);
    try {
      await work();
      await windows.refetch();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };
  const publish = () =>
    act(async () => {
      const answer = await api.publishAvailability({ date, from, to, time_zone: zone.trim(), languages });
      setPublished(answer.slots);
    });
  const field = (name: string, text: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{text}</label>
      {input}
    </div>
  );
  return (
    <Section title={t('avail.title')} id="availability">
      <p className="muted">{t('avail.intro')}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void publish();
        }}
      >
        <div className="filters">
          {field(
            'date',
            t('avail.date'),
            <input
              id={`${id}-date`}
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />,
          )}
          {field(
            'from',
            t('avail.from'),
            <input
              id={`${id}-from`}
              type="time"
              required
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />,
          )}
          {field(
            'to',
            t('avail.to'),
            <input id={`${id}-to`} type="time" required value={to} onChange={(e) => setTo(e.target.value)} />,
          )}
          {field(
            'zone',
            t('avail.zone'),
            <input id={`${id}-zone`} required value={zone} onChange={(e) => setZone(e.target.value)} />,
          )}
        </div>
        <fieldset>
          <legend>{t('avail.languages')}</legend>
          {(Object.keys(LANGUAGES) as Language[]).map((code) => (
            <label key={code} className="inline-check">
              <input
                type="checkbox"
                checked={languages.includes(code)}
                onChange={() =>
                  setLanguages((list) =>
                    list.includes(code) ? list.filter((l) => l !== code) : [...list, code],
                  )
                }
              />{' '}
              {t(LANGUAGES[code])}
            </label>
          ))}
        </fieldset>
        {error && <ErrorNotice error={error} />}
        {published !== undefined && <p role="status">{t('avail.published', { count: published })}</p>}
        <button type="submit" disabled={isBusy || languages.length === 0}>
          {t('avail.publish')}
        </button>
      </form>
      {windows.error && <ErrorNotice error={windows.error} onRetry={() => void windows.refetch()} />}
      {!windows.data && !windows.error && <Loading />}
      {windows.data && windows.data.length === 0 && <p className="muted">{t('avail.none')}</p>}
      {windows.data && windows.data.length > 0 && (
        <ul className="plain" data-testid="availability-windows">
          {windows.data.map((w) => (
            <li key={w.id}>
              {formatDate(w.starts_at)}{' '}
              {t('avail.window', {
                from: timeInZone(w.starts_at, w.time_zone, lang),
                to: timeInZone(w.ends_at, w.time_zone, lang),
                zone: w.time_zone,
                languages: w.languages.join(', '),
              })}{' '}
              <button
                type="button"
                className="secondary"
                disabled={isBusy}
                onClick={() => void act(() => api.withdrawAvailability(w.id))}
              >
                {t('avail.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
