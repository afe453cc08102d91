// SPDX-License-Identifier: EUPL-1.2
/** Who is signed in, for the whole app: loaded once at start, changed by sign-in and sign-out. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken } from '../../../lib/api-client.ts';
import { createSession, deleteSession, fetchSession, type Session, type SessionPerson } from '../api/session-api.ts';

type SessionValue = {
  /** 'loading' until GET /session has answered. */
  status: 'loading' | 'anonymous' | 'signedIn';
  person: SessionPerson | null;
  signIn: (email: string, password: string) => Promise<SessionPerson>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the session once and shares it with the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loaded, setLoaded] = useState(false);

  const remember = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal)
      .then(remember, (error: unknown) => {
        if (controller.signal.aborted) {
          return;
        }
        // 401 is the normal answer for visitors; other failures also leave them anonymous.
        if (!(error instanceof ApiError) || error.status !== 401) {
          console.warn('Could not load the session', error);
        }
        remember(null);
      })
      .finally(() => {
        if (!controller.signal.aborted) {
          setLoaded(true);
        }
      });
    return () => controller.abort();
  }, [remember]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const next = await createSession({ email, password });
      remember(next);
      return next.person;
    },
    [remember],
  );

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      remember(null);
    }
  }, [remember]);

  const value = useMemo<SessionValue>(
    () => ({
      status: !loaded ? 'loading' : session ? 'signedIn' : 'anonymous',
      person: session?.person ?? null,
      signIn,
      signOut,
    }),
    [loaded, session, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session of the surrounding SessionProvider. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession must be used inside SessionProvider');
  }
  return value;
}
