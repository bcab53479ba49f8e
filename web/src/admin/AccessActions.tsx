import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiKeyView, RotatedApiKey, UserView } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi } from '../app/session';
import { ErrorNotice } from '../components/common';
import { useI18n } from '../i18n/i18n';

/** One admin write at a time: its error stays shown, and a success invalidates the list it changed. */
function useAction(changed: QueryKey) {
  const queryClient = useQueryClient();
  const action = useMutation({
    mutationFn: (write: () => Promise<unknown>) => write(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changed }),
  });
  return { error: action.error ?? undefined, isBusy: action.isPending, run: action.mutate };
}

/** Disable or enable a login, and end its sessions. */
export function UserActions({ user, isSelf }: { user: UserView; isSelf: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const { error, isBusy, run } = useAction(queryKeys.users());
  const [signedOut, setSignedOut] = useState<number>();
  const isDisabled = user.disabled_at !== null;
  return (
    <div className="actions">
      <button
        type="button"
        className="secondary"
        disabled={isBusy || (isSelf && !isDisabled)}
        onClick={() => run(() => api.setUserDisabled(user.id, !isDisabled))}
        aria-label={t(isDisabled ? 'ac.enableUser' : 'ac.disableUser', { email: user.email })}
      >
        {t(isDisabled ? 'ac.enable' : 'ac.disable')}
      </button>
      {!isDisabled && (
        <button
          type="button"
          className="secondary"
          disabled={isBusy}
          onClick={() => run(async () => setSignedOut(await api.signOutUser(user.id)))}
          aria-label={t('ac.signOutUser', { email: user.email })}
        >
          {t('ac.signOut')}
        </button>
      )}
      {signedOut !== undefined && (
        <span role="status" className="muted">
          {t('ac.sessionsEnded', { n: signedOut })}
        </span>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

/** Revoke a key at once, or rotate it: a new key shown once, the old one working through the overlap. */
export function KeyActions({ apiKey }: { apiKey: ApiKeyView }) {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const { error, isBusy, run } = useAction(queryKeys.apiKeys());
  const [rotated, setRotated] = useState<RotatedApiKey>();
  if (apiKey.revoked_at) return null;
  return (
    <div className="actions">
      <button
        type="button"
        className="secondary"
        disabled={isBusy}
        onClick={() => run(async () => setRotated(await api.rotateApiKey(apiKey.id, 24)))}
        aria-label={t('ac.rotateKey', { name: apiKey.name })}
      >
        {t('ac.rotate')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={isBusy}
        onClick={() => run(() => api.revokeApiKey(apiKey.id))}
        aria-label={t('ac.revokeKey', { name: apiKey.name })}
      >
        {t('ac.revoke')}
      </button>
      {rotated && (
        <div className="notice" role="status">
          <p>{t('ac.rotated', { until: formatDateTime(rotated.replaces.expires_at) })}</p>
          <code data-testid="rotated-key">{rotated.key}</code>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
