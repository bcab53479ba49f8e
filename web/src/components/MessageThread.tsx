import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, type MessageView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
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
}: {
  caseId: string;
  isStaff?: boolean;
  isClosed?: boolean;
}) {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const messages = useQuery({ queryKey: queryKeys.messages(caseId), queryFn: () => api.messages(caseId) });
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const bodyId = useId();
  // A message or note is on the thread and on the case's timeline.
  const post = useMutation({
    mutationFn: (text: string) => api.postMessage(caseId, text, isStaff ? internal : undefined),
    onSuccess: async () => {
      setBody('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.messages(caseId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.timeline(caseId) }),
      ]);
    },
  });
  const { error, isPending: isSending } = post;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) post.mutate(body.trim());
  };

  return (
    <div className="messages">
      {messages.error && <ErrorNotice error={messages.error} onRetry={() => void messages.refetch()} />}
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
