import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { type Api, createApi, type LoginResult } from '../api/client';

export type SessionUser = LoginResult['user'];

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
  /** Who is logged in at this instant, for the route guards (a login counts before the next render). */
  currentUser(): SessionUser | undefined;
  /** Set when the API said the token is no longer valid. */
  hasExpired: boolean;
  /** The bearer token, for the few calls made outside `api` (file downloads of new features). */
  token(): string | undefined;
  logIn(email: string, password: string): Promise<SessionUser>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children, api: given }: { children: ReactNode; api?: Api }) {
  const [stored, setStored] = useState<Stored | undefined>(readStored);
  const [hasExpired, setHasExpired] = useState(false);
  const queryClient = useQueryClient();
  const tokenRef = useRef(stored?.token);
  tokenRef.current = stored?.token;
  const userRef = useRef(stored?.user);
  userRef.current = stored?.user;
  const currentUser = useCallback(() => userRef.current, []);
  // Another login must never see what the last one loaded.
  const forget = useCallback(() => {
    globalThis.sessionStorage?.removeItem(STORAGE_KEY);
    userRef.current = undefined;
    setStored(undefined);
    queryClient.clear();
  }, [queryClient]);
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
      currentUser,
      hasExpired,
      token: () => tokenRef.current,
      async logIn(email, password) {
        const result = await api.logIn(email, password);
        const next = { token: result.token, user: result.user };
        globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
        tokenRef.current = result.token;
        userRef.current = result.user;
        setHasExpired(false);
        setStored(next);
        return result.user;
      },
      async logOut() {
        await api.logOut();
        forget();
      },
    }),
    [api, stored, currentUser, hasExpired, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const useApi = (): Api => useSession().api;
