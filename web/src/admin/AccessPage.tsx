import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { NewApiKey, NewUserBody } from '../api/client';
import { queryKeys } from '../app/queryKeys';
import { useApi, useSession } from '../app/session';
import { Badge, ErrorNotice, Loading, Section } from '../components/common';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { KeyActions, UserActions } from './AccessActions';
import { AuditPanel } from './AuditPanel';

const USER_ROLES = ['reviewer', 'supervisor', 'admin', 'seller'] as const;
type UserRole = (typeof USER_ROLES)[number];

function useRoleWord() {
  const { t } = useI18n();
  return (role: string) =>
    ['seller', 'reviewer', 'supervisor', 'admin', 'integration'].includes(role)
      ? t(`ac.role.${role}` as MessageKey)
      : role;
}

function NewUserForm({ onCreated }: { onCreated(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const roleWord = useRoleWord();
  const id = useId();
  const empty = { email: '', password: '', role: 'reviewer' as UserRole, display_name: '', seller_id: '' };
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const body: NewUserBody = {
        email: draft.email.trim(),
        password: draft.password,
        role: draft.role,
        ...(draft.display_name.trim() ? { display_name: draft.display_name.trim() } : {}),
        ...(draft.role === 'seller' && draft.seller_id.trim() ? { seller_id: draft.seller_id.trim() } : {}),
      };
      const created = await api.createUser(body);
      setDraft(empty);
      setDone(t('ac.userCreated', { email: created.email, role: roleWord(created.role) }));
      onCreated();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };
  const field = (name: 'email' | 'password' | 'display_name' | 'seller_id', words: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{words}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        required={name === 'email' || name === 'password' || name === 'seller_id'}
        {...(name === 'password' ? { minLength: 10, autoComplete: 'new-password' } : {})}
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="stack" onSubmit={submit} aria-label={t('ac.newUser')}>
      <h3>{t('ac.newUser')}</h3>
      {field('email', t('ac.email'), 'email')}
      {field('password', t('ac.password'), 'password')}
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('ac.role')}</label>
        <select
          id={`${id}-role`}
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value as UserRole })}
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleWord(role)}
            </option>
          ))}
        </select>
      </div>
      {field('display_name', t('ac.displayName'))}
      {draft.role === 'seller' && field('seller_id', t('ac.sellerId'))}
      {error && <ErrorNotice error={error} />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <button type="submit" disabled={isBusy}>
        {isBusy ? t('ac.busy') : t('ac.createUser')}
      </button>
    </form>
  );
}

function NewKeyForm({ onCreated }: { onCreated(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<NewApiKey>();
  const [error, setError] = useState<Error>();
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(undefined);
    try {
      setCreated(await api.createApiKey(name.trim()));
      setName('');
      onCreated();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('ac.createKey')}>
      <div className="field">
        <label htmlFor={id}>{t('ac.keyName')}</label>
        <input id={id} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {error && <ErrorNotice error={error} />}
      {created && (
        <div className="notice" role="status">
          <p>{t('ac.keyOnce', { name: created.name })}</p>
          <code data-testid="api-key">{created.key}</code>
        </div>
      )}
      <button type="submit" disabled={isBusy || !name.trim()}>
        {isBusy ? t('ac.busy') : t('ac.createKey')}
      </button>
    </form>
  );
}

/** Users and API keys (`/office/access`, admins): who logs in, the integrations' keys, and making new ones. */
export function AccessPage() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const roleWord = useRoleWord();
  const { user } = useSession();
  const allowed = user?.role === 'admin';
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: queryKeys.users(), queryFn: () => api.users(), enabled: allowed });
  const keys = useQuery({ queryKey: queryKeys.apiKeys(), queryFn: () => api.apiKeys(), enabled: allowed });
  const usersChanged = () => void queryClient.invalidateQueries({ queryKey: queryKeys.users() });
  const keysChanged = () => void queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys() });
  if (!allowed)
    return (
      <div className="page">
        <h1>{t('ac.title')}</h1>
        <p>{t('ac.notAllowed')}</p>
      </div>
    );
  return (
    <div className="page wide">
      <h1>{t('ac.title')}</h1>
      <p className="muted">{t('ac.intro')}</p>
      <Section id="ac-users" title={t('ac.users')}>
        {users.error && <ErrorNotice error={users.error} onRetry={usersChanged} />}
        {!users.data && !users.error && <Loading />}
        {users.data && users.data.length === 0 && <p>{t('ac.noUsers')}</p>}
        {users.data && users.data.length > 0 && (
          <div className="table-scroll">
            <table className="queue" aria-labelledby="ac-users-title">
              <thead>
                <tr>
                  <th scope="col">{t('ac.colEmail')}</th>
                  <th scope="col">{t('ac.colName')}</th>
                  <th scope="col">{t('ac.colRole')}</th>
                  <th scope="col">{t('ac.colSeller')}</th>
                  <th scope="col">{t('ac.colCreated')}</th>
                  <th scope="col">{t('ac.colState')}</th>
                  <th scope="col">{t('ac.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((u) => (
                  <tr key={u.id}>
                    <td>{u.email}</td>
                    <td>{u.display_name}</td>
                    <td>{roleWord(u.role)}</td>
                    <td>{u.seller_id ?? '—'}</td>
                    <td>{formatDateTime(u.created_at)}</td>
                    <td>
                      {u.disabled_at ? (
                        <Badge tone="bad">{t('ac.disabled')}</Badge>
                      ) : (
                        <Badge tone="good">{t('ac.active')}</Badge>
                      )}
                    </td>
                    <td>
                      <UserActions user={u} isSelf={u.id === user?.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <NewUserForm onCreated={usersChanged} />
      </Section>
      <Section id="ac-keys" title={t('ac.keys')}>
        {keys.error && <ErrorNotice error={keys.error} onRetry={keysChanged} />}
        {!keys.data && !keys.error && <Loading />}
        {keys.data && keys.data.length === 0 && <p>{t('ac.noKeys')}</p>}
        {keys.data && keys.data.length > 0 && (
          <div className="table-scroll">
            <table className="queue" aria-labelledby="ac-keys-title">
              <thead>
                <tr>
                  <th scope="col">{t('ac.colKeyName')}</th>
                  <th scope="col">{t('ac.colPrefix')}</th>
                  <th scope="col">{t('ac.colRole')}</th>
                  <th scope="col">{t('ac.colBy')}</th>
                  <th scope="col">{t('ac.colCreated')}</th>
                  <th scope="col">{t('ac.colState')}</th>
                  <th scope="col">{t('ac.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.id}>
                    <td>{k.name}</td>
                    <td>
                      <code>{k.prefix}…</code>
                    </td>
                    <td>{roleWord(k.role)}</td>
                    <td>
                      <code>{k.created_by}</code>
                    </td>
                    <td>{formatDateTime(k.created_at)}</td>
                    <td>
                      {k.revoked_at ? (
                        <Badge tone="bad">{t('ac.revoked')}</Badge>
                      ) : (
                        <Badge tone="good">{t('ac.active')}</Badge>
                      )}
                      {!k.revoked_at && k.expires_at && (
                        <span className="muted">
                          {' '}
                          {t('ac.expires', { at: formatDateTime(k.expires_at) })}
                        </span>
                      )}
                    </td>
                    <td>
                      <KeyActions apiKey={k} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <NewKeyForm onCreated={keysChanged} />
      </Section>
      <Section id="ac-audit" title={t('ac.audit')}>
        <AuditPanel />
      </Section>
    </div>
  );
}
