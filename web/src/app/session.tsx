import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Api, ApiError, createApi, type LoginResult } from '../api/client';
import { csrfToken } from '../api/http';
import { useI18n } from '../i18n/i18n';

export type SessionUser = LoginResult['user'];

interface Stored {
  user: SessionUser;
}

const STORAGE_KEY = 'secondlook.session';

/**
 * The session itself is the server's httpOnly cookie (shared by every tab, unreadable by scripts);
 * localStorage keeps only who is logged in, so a new tab draws its pages at once. The server is
 * asked (`/v1/me`) on start and whenever it answers 401, the hint is forgotten.
 */
function readStored(): Stored | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Stored>) : undefined;
    return parsed?.user ? { user: parsed.user } : undefined;
  } catch {
    return undefined;
  }
}

export interface Session {
  api: Api;
  user: SessionUser | undefined;
  /** Who is logged in at this instant, for the route guards (a login counts before the next render). */
  currentUser(): SessionUser | undefined;
  /** Set when the API said the session is no longer valid. */
  hasExpired: boolean;
  /** The session's CSRF token, for the few writes made outside `api`. */
  csrfToken(): string | undefined;
  logIn(email: string, password: string): Promise<SessionUser>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children, api: given }: { children: ReactNode; api?: Api }) {
  const [stored, setStored] = useState<Stored | undefined>(readStored);
  const [hasExpired, setHasExpired] = useState(false);
  const queryClient = useQueryClient();
  const { setLang } = useI18n();
  const userRef = useRef(stored?.user);
  userRef.current = stored?.user;
  const currentUser = useCallback(() => userRef.current, []);
  // Another login must never see what the last one loaded.
  const forget = useCallback(() => {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
    userRef.current = undefined;
    setStored(undefined);
    queryClient.clear();
  }, [queryClient]);
  const expire = useCallback(() => {
    if (!userRef.current) return;
    setHasExpired(true);
    forget();
  }, [forget]);
  const api = useMemo(() => given ?? createApi({ onUnauthenticated: expire }), [given, expire]);
  // A tab opened later, or after a logout elsewhere: the cookie decides, not the hint.
  useEffect(() => {
    if (!userRef.current) return;
    (async () => api.me())().catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) expire();
    });
  }, [api, expire]);
  const value = useMemo<Session>(
    () => ({
      api,
      user: stored?.user,
      currentUser,
      hasExpired,
      csrfToken,
      async logIn(email, password) {
        const result = await api.logIn(email, password);
        const next = { user: result.user };
        globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
        userRef.current = result.user;
        setHasExpired(false);
        setStored(next);
        // A language chosen in the settings follows the person to every browser they log in from.
        if (result.user.language) setLang(result.user.language);
        return result.user;
      },
      async logOut() {
        await api.logOut();
        forget();
      },
    }),
    [api, stored, currentUser, hasExpired, forget, setLang],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const useApi = (): Api => useSession().api;
