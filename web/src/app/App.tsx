import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { Api } from '../api/client';
import { I18nProvider, type Lang } from '../i18n/i18n';
import { createQueryClient } from './query';
import { createAppRouter } from './routes';
import { SessionProvider, useSession } from './session';

/** The router, whose guards run again when someone logs in or out (or the session expires). */
function Pages() {
  const { user, currentUser } = useSession();
  const [router] = useState(() => createAppRouter({ currentUser }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new user (or none) is what the guards read
  useEffect(() => {
    void router.invalidate();
  }, [router, user]);
  return <RouterProvider router={router} />;
}

export function App({ api, lang }: { api?: Api; lang?: Lang }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider {...(lang ? { lang } : {})}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider {...(api ? { api } : {})}>
          <Pages />
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
