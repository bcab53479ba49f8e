import { type FormEvent, useId, useState } from 'react';
import { ApiError, type MessageView } from '../api/client';
import { useApi } from '../app/session';
import { useResource } from '../app/useResource';
import { useI18n } from '../i18n/i18n';
import { Badge, ErrorNotice, Loading } from './common';

/** The 429 answer to a seller who wrote more than the policy allows while support works. */
function Throttled({ error }: { error: ApiError }) {
  const { t, formatDateTime } = useI18n();
  const d = error.details;
  const retryAt = typeof d.retry_at === 'string' ? d.retry_at : undefined;
  const answerAt = typeof d.estimated_answer_at === 'string' ? d.estimated_answer_at : undefined;
  return (
    <div className="notice notice-warn" role="alert" data-testid="throttled">
      <p>{t('messages.limit', { perDay: typeof d.per_day === 'number' ? d.per_day : '?' })}</p>
      <p>{retryAt ? t('messages.retryAt', { date: formatDateTime(retryAt) }) : t('messages.supportFirst')}</p>
      {answerAt && <p>{t('messages.answerBy', { date: formatDateTime(answerAt) })}</p>}
    </div>
  );
}

function author(message: MessageView, t: ReturnType<typeof useI18n>['t'], isStaff: boolean) {
  if (message.author === 'you') return t('messages.you');
  if (!isStaff) return message.side === 'support' ? t('messages.support') : t('messages.seller');
  return `${message.side === 'support' ? t('messages.support') : t('messages.seller')} · ${message.author}`;
}

export function MessageThread({
  caseId,
  isStaff = false,
  isClosed = false,
  onPosted,
}: {
  caseId: string;
  isStaff?: boolean;
  isClosed?: boolean;
  /** After a message or note is stored (the page refreshes its timeline). */
  onPosted?(): void;
}) {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const messages = useResource(() => api.messages(caseId), caseId);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<Error>();
  const bodyId = useId();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setIsSending(true);
    setError(undefined);
    try {
      await api.postMessage(caseId, body.trim(), isStaff ? internal : undefined);
      setBody('');
      await messages.reload();
      onPosted?.();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsSending(false);
    }
  };

  return (
    <div className="messages">
      {messages.error && <ErrorNotice error={messages.error} onRetry={messages.reload} />}
      {!messages.data && !messages.error && <Loading />}
      {messages.data?.length === 0 && <p className="muted">{t('messages.empty')}</p>}
      {messages.data && messages.data.length > 0 && (
        <ol className="thread">
          {messages.data.map((message) => (
            <li
              key={message.id}
              className={`message message-${message.side}${message.visibility === 'internal' ? ' message-internal' : ''}`}
            >
              <div className="message-meta">
                <strong>{author(message, t, isStaff)}</strong>{' '}
                <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>{' '}
                {message.visibility === 'internal' && <Badge tone="warn">{t('messages.internal')}</Badge>}
              </div>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {isClosed && !isStaff ? (
        <p className="muted">{t('messages.closed')}</p>
      ) : (
        <form onSubmit={send} className="message-form">
          <label htmlFor={bodyId}>{t('messages.body')}</label>
          <textarea
            id={bodyId}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            rows={3}
            maxLength={5000}
            required
          />
          {isStaff && (
            <label className="inline">
              <input
                type="checkbox"
                checked={internal}
                onChange={(event) => setInternal(event.target.checked)}
              />
              {t('messages.asNote')}
            </label>
          )}
          {error instanceof ApiError && error.code === 'RATE_LIMITED' ? (
            <Throttled error={error} />
          ) : (
            error && <ErrorNotice error={error} />
          )}
          <button type="submit" disabled={isSending || !body.trim()}>
            {isSending ? t('messages.sending') : t('messages.send')}
          </button>
        </form>
      )}
    </div>
  );
}
