import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { type Api, createApi, type LoginResult } from '../api/client';

type SessionUser = LoginResult['user'];

interface Stored {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'secondlook.session';

/** The bearer token lives in sessionStorage: it ends with the tab, and is never in a cookie. */
function readStored(): Stored | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  } catch {
    return undefined;
  }
}

export interface Session {
  api: Api;
  user: SessionUser | undefined;
  /** Set when the API said the token is no longer valid. */
  hasExpired: boolean;
  logIn(email: string, password: string): Promise<SessionUser>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children, api: given }: { children: ReactNode; api?: Api }) {
  const [stored, setStored] = useState<Stored | undefined>(readStored);
  const [hasExpired, setHasExpired] = useState(false);
  const tokenRef = useRef(stored?.token);
  tokenRef.current = stored?.token;
  const forget = useCallback(() => {
    globalThis.sessionStorage?.removeItem(STORAGE_KEY);
    setStored(undefined);
  }, []);
  const api = useMemo(
    () =>
      given ??
      createApi({
        token: () => tokenRef.current,
        onUnauthenticated() {
          if (!tokenRef.current) return;
          setHasExpired(true);
          forget();
        },
      }),
    [given, forget],
  );
  const value = useMemo<Session>(
    () => ({
      api,
      user: stored?.user,
      hasExpired,
      async logIn(email, password) {
        const result = await api.logIn(email, password);
        const next = { token: result.token, user: result.user };
        globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
        tokenRef.current = result.token;
        setHasExpired(false);
        setStored(next);
        return result.user;
      },
      async logOut() {
        await api.logOut();
        forget();
      },
    }),
    [api, stored, hasExpired, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const useApi = (): Api => useSession().api;
