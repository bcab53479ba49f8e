import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Api } from '../api/client';
import { SessionProvider } from '../app/session';
import { I18nProvider, type Lang } from '../i18n/i18n';

/** A component with the providers the app gives it: a language and a session over a fake Api. */
export function renderWith(ui: ReactNode, { api, lang = 'en' }: { api: Api; lang?: Lang }) {
  return render(
    <I18nProvider lang={lang}>
      <SessionProvider api={api}>{ui}</SessionProvider>
    </I18nProvider>,
  );
}
