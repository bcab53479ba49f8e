import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { DeliveryView, NewSubscription } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi, useSession } from '../app/session';
import { Badge, ErrorNotice, Loading, Section } from '../components/common';
import { useI18n } from '../i18n/i18n';

/** The event types a subscription may name (the API's list; `*` is every type). */
const EVENT_TYPES = [
  'case.opened',
  'case.reasons_added',
  'case.reminder_due',
  'case.transitioned',
  'document.checked',
  'seller.restrictions_changed',
] as const;

function SubscribeForm({ onCreated }: { onCreated(created: NewSubscription): void }) {
  const api = useApi();
  const { t } = useI18n();
  const urlId = useId();
  const descriptionId = useId();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<string[]>(['*']);
  const subscribe = useMutation({
    mutationFn: (input: Parameters<typeof api.subscribe>[0]) => api.subscribe(input),
    onSuccess: (created) => {
      setUrl('');
      setDescription('');
      onCreated(created);
    },
  });
  const { error, isPending: isBusy } = subscribe;
  const toggle = (type: string, on: boolean) =>
    setTypes(
      on
        ? [...types.filter((x) => (type === '*' ? false : x !== '*')), type]
        : types.filter((x) => x !== type),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate({
      url: url.trim(),
      event_types: types,
      ...(description.trim() ? { description: description.trim() } : {}),
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('wh.create')}>
      <div className="field">
        <label htmlFor={urlId}>{t('wh.url')}</label>
        <input
          id={urlId}
          type="url"
          required
          value={url}
          placeholder="https://example.com/hooks/second-look"
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <fieldset className="choices">
        <legend>{t('wh.events')}</legend>
        {['*', ...EVENT_TYPES].map((type) => (
          <label key={type} className="choice">
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />{' '}
            {type === '*' ? t('wh.all') : <code>{type}</code>}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={descriptionId}>{t('wh.description')}</label>
        <input id={descriptionId} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      {error && <ErrorNotice error={error} />}
      <button type="submit" disabled={isBusy || !url.trim() || types.length === 0}>
        {isBusy ? t('wh.busy') : t('wh.create')}
      </button>
    </form>
  );
}

function DeliveryRow({ delivery }: { delivery: DeliveryView }) {
  const api = useApi();
  const { t, label, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const replay = useMutation({
    mutationFn: () => api.replayDelivery(delivery.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.deliveries() }),
  });
  const { error, isPending: isBusy } = replay;
  const tone = delivery.status === 'succeeded' ? 'good' : delivery.status === 'failed' ? 'bad' : 'info';
  return (
    <tr>
      <td>{formatDateTime(delivery.created_at)}</td>
      <td>
        <code>{delivery.event_type}</code>
      </td>
      <td>
        <Badge tone={tone}>{label('deliveryStatus', delivery.status)}</Badge>
      </td>
      <td>{delivery.attempt_count}</td>
      <td className="small">
        {delivery.last_status_code ?? ''} {delivery.last_error ?? ''}
      </td>
      <td>
        <button type="button" className="secondary" disabled={isBusy} onClick={() => replay.mutate()}>
          {t('wh.replay')}
        </button>
        {error && <ErrorNotice error={error} />}
      </td>
    </tr>
  );
}

/** Webhook subscriptions (create, the secret shown once, delete) and the delivery log with replay. */
export function WebhooksPage() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const { user } = useSession();
  const allowed = user?.role === 'admin' || user?.role === 'integration';
  const queryClient = useQueryClient();
  const subscriptions = useQuery({
    queryKey: queryKeys.subscriptions(),
    queryFn: () => api.subscriptions(),
    enabled: allowed,
  });
  const deliveries = useQuery({
    queryKey: queryKeys.deliveries(),
    queryFn: () => api.deliveries({}),
    enabled: allowed,
  });
  const subscriptionsChanged = () => queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions() });
  const [created, setCreated] = useState<NewSubscription>();
  const [error, setError] = useState<Error>();
  if (!allowed)
    return (
      <div className="page">
        <p>{t('wh.notAllowed')}</p>
      </div>
    );
  return (
    <div className="page wide">
      <h1>{t('wh.title')}</h1>
      <p className="muted">{t('wh.intro')}</p>
      <div className="two-columns">
        <Section title={t('wh.create')} id="subscribe">
          <SubscribeForm
            onCreated={(next) => {
              setCreated(next);
              void subscriptionsChanged();
            }}
          />
          {created && (
            <div className="notice notice-warn" role="status" data-testid="secret">
              <p>{t('wh.secret')}</p>
              <p>
                <code className="secret">{created.secret}</code>
              </p>
            </div>
          )}
        </Section>
        <Section title={t('wh.title')} id="subscriptions">
          {subscriptions.error && (
            <ErrorNotice error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
          )}
          {error && <ErrorNotice error={error} />}
          {!subscriptions.data && !subscriptions.error && <Loading />}
          {subscriptions.data?.length === 0 && <p className="muted">{t('wh.none')}</p>}
          <ul className="plain subscriptions">
            {subscriptions.data?.map((s) => (
              <li key={s.id}>
                <strong className="break">{s.url}</strong>
                <div className="muted small">
                  {s.event_types.join(', ')} · {t('wh.prefix', { prefix: s.secret_prefix })} ·{' '}
                  {formatDateTime(s.created_at)}
                  {s.description && <> · {s.description}</>}
                </div>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('wh.delete', { url: s.url })}
                  onClick={async () => {
                    if (!globalThis.confirm?.(t('wh.confirm', { url: s.url }))) return;
                    try {
                      await api.unsubscribe(s.id);
                      if (created?.id === s.id) setCreated(undefined);
                      await subscriptionsChanged();
                    } catch (caught) {
                      setError(caught as Error);
                    }
                  }}
                >
                  {t('wh.deleteShort')}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      </div>
      <Section title={t('wh.log')} id="deliveries">
        {deliveries.error && (
          <ErrorNotice error={deliveries.error} onRetry={() => void deliveries.refetch()} />
        )}
        {!deliveries.data && !deliveries.error && <Loading />}
        {deliveries.data?.data.length === 0 && <p className="muted">{t('wh.logNone')}</p>}
        {deliveries.data && deliveries.data.data.length > 0 && (
          <div className="table-scroll">
            <table className="queue">
              <thead>
                <tr>
                  <th scope="col">{t('wh.colWhen')}</th>
                  <th scope="col">{t('wh.colEvent')}</th>
                  <th scope="col">{t('wh.colStatus')}</th>
                  <th scope="col">{t('wh.colAttempts')}</th>
                  <th scope="col">{t('wh.colLast')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('wh.replay')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.data.map((d) => (
                  <DeliveryRow key={d.id} delivery={d} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
