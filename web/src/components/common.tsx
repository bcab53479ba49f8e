import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/** An error as a person can read it: the API's message and code, and a retry when there is one. */
export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const code = error instanceof ApiError ? ` (${error.code})` : '';
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('app.error', { message: `${error.message}${code}` })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

export type Tone = 'good' | 'bad' | 'warn' | 'neutral' | 'info';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Section({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={`${id}-title`} id={id}>
      <div className="card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export const statusTone = (status: string): Tone =>
  status === 'approved' || status === 'withdrawn' || status === 'satisfied'
    ? 'good'
    : status === 'rejected' ||
        status === 'rejected_final' ||
        status === 'expired' ||
        status === 'errored' ||
        status === 'past_due'
      ? 'bad'
      : status === 'awaiting_documents' || status === 'info_requested' || status === 'currently_due'
        ? 'warn'
        : 'info';

export const severityTone = (severity: string): Tone =>
  severity === 'high' ? 'bad' : severity === 'medium' ? 'warn' : 'neutral';

/**
 * Who acted, as the API names them (`{id, name}`): a person by name, the seller's own words
 * (`you`, `support`) and the system (`system`, `system:deadlines`…) in the reader's language.
 */
export function useActorName() {
  const { t } = useI18n();
  return (actor: { id: string; name: string | null } | undefined | null): string => {
    if (!actor) return t('actor.system');
    if (actor.name) return actor.name;
    if (actor.id === 'you') return t('actor.you');
    if (actor.id === 'support') return t('actor.support');
    if (actor.id === 'system' || actor.id.startsWith('system:')) return t('actor.system');
    return actor.id.startsWith('user:') ? t('actor.formerStaff') : actor.id;
  };
}
