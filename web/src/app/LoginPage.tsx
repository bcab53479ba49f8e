import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client';
import { ErrorNotice } from '../components/common';
import { useI18n } from '../i18n/i18n';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useI18n();
  const { logIn, hasExpired } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      const user = await logIn(email.trim(), password);
      await navigate({ to: user.role === 'seller' ? '/seller' : '/office', replace: true });
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };

  const isWrongLogin = error instanceof ApiError && (error.status === 401 || error.status === 400);
  return (
    <div className="page narrow">
      <section className="card" aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {hasExpired && (
          <p className="notice notice-warn" role="status">
            {t('app.sessionEnded')}
          </p>
        )}
        <form onSubmit={submit} className="stack">
          <div className="field">
            <label htmlFor="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {isWrongLogin ? (
            <p className="notice notice-error" role="alert">
              {t('login.failed')}
            </p>
          ) : (
            error && <ErrorNotice error={error} />
          )}
          <button type="submit" disabled={isBusy}>
            {isBusy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
        <p className="muted small">{t('login.demo')}</p>
      </section>
    </div>
  );
}
