import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useSession } from '../app/session';
import { SearchBox } from '../desk/SearchBox';
import { LANGUAGES, type Lang, useI18n } from '../i18n/i18n';
import { NotificationBell } from './NotificationBell';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/**
 * The page's language. For staff it is also their setting (`PATCH /v1/me`): their emails and
 * notifications use it from then on, whatever language another browser of theirs asks for.
 */
function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const { api, user } = useSession();
  const staff = user !== undefined && user.role !== 'seller' && user.role !== 'integration';
  const choose = (next: Lang) => {
    setLang(next);
    if (staff) void api.updateMe({ language: next }).catch(() => undefined);
  };
  return (
    <label className="language" title={staff ? t('app.languageStaff') : undefined}>
      <span>{t('app.language')}</span>
      <select value={lang} onChange={(event) => choose(event.target.value as Lang)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option === 'zh' ? 'zh-CN' : 'en'}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

type OfficePath =
  | '/office'
  | '/office/queue'
  | '/office/supervision'
  | '/office/dashboard'
  | '/office/webhooks'
  | '/office/policy'
  | '/office/access'
  | '/office/list'
  | '/office/audit';

/** The back office's areas: the review queue, every case, and webhooks for those who manage them. */
function OfficeNav({ role }: { role: string }) {
  const { t } = useI18n();
  const links: [OfficePath, string][] = [
    ['/office/queue', t('nav.queue')],
    ['/office', t('nav.cases')],
    ['/office/list', t('nav.caseList')],
    ...(role === 'supervisor' || role === 'admin'
      ? [
          ['/office/supervision', t('nav.supervision')] as [OfficePath, string],
          ['/office/dashboard', t('nav.dashboard')] as [OfficePath, string],
        ]
      : []),
    ...(role === 'admin' || role === 'integration'
      ? [['/office/webhooks', t('nav.webhooks')] as [OfficePath, string]]
      : []),
    ['/office/policy', t('nav.policy')],
    ...(role === 'admin' ? [['/office/access', t('nav.access')] as [OfficePath, string]] : []),
    ...(role === 'supervisor' || role === 'admin'
      ? [['/office/audit', t('nav.audit')] as [OfficePath, string]]
      : []),
  ];
  return (
    <nav className="office-nav" aria-label={t('app.office')}>
      {links.map(([to, text]) => (
        // The link to the page shown gets aria-current="page" from the router.
        <Link key={to} to={to} activeOptions={{ exact: true, includeSearch: false }}>
          {text}
        </Link>
      ))}
      <SearchBox />
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, logOut } = useSession();
  const navigate = useNavigate();
  const area = user ? (user.role === 'seller' ? t('app.seller') : t('app.office')) : undefined;
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <Link to="/">{t('app.name')}</Link>
          {area && <span className="area">{area}</span>}
        </div>
        <div className="topbar-tools">
          <LanguageSwitch />
          {user && (
            <>
              {user.role !== 'seller' && user.role !== 'integration' && <NotificationBell />}
              <span className="who">{t('app.signedInAs', { who: user.email })}</span>
              <button
                type="button"
                className="link-button"
                onClick={async () => {
                  await logOut();
                  await navigate({ to: '/login' });
                }}
              >
                {t('app.logout')}
              </button>
            </>
          )}
        </div>
      </header>
      {user && user.role !== 'seller' && <OfficeNav role={user.role} />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
