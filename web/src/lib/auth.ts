import { graphql } from '../generated';
import type { Problem } from './errors';
import { request } from './http';
import { getSession, setSession, subscribeSession, type Session } from './session';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresAt
      user {
        id
        email
        displayName
        role
      }
    }
  }
`);

const RefreshMutation = graphql(`
  mutation Refresh($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresAt
      user {
        id
        email
        displayName
        role
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

/** Signs in; on success the session is stored and every screen sees it. */
export async function signIn(email: string, password: string): Promise<Problem | null> {
  const result = await request(LoginMutation, { email, password });
  if (result.problem) return result.problem;
  setSession(result.data.login);
  return null;
}

/** Ends the session on the server (best effort) and locally. */
export async function signOut(): Promise<void> {
  const session = getSession();
  setSession(null);
  if (session)
    await request(LogoutMutation, { refreshToken: session.refreshToken }, session.accessToken);
}

let inFlight: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Concurrent callers share one request: refresh
 * tokens work once, so two parallel refreshes would end the session as "stolen".
 * Resolves true when a fresh access token is in place.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= doRefresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function doRefresh(): Promise<boolean> {
  const session = getSession();
  if (!session) return false;
  const result = await request(RefreshMutation, { refreshToken: session.refreshToken });
  if (getSession() !== session) return getSession() !== null; // signed out or in meanwhile
  if (result.data) {
    setSession(result.data.refreshToken);
    return true;
  }
  if (result.problem.kind === 'graphql') {
    // The server refused the refresh token (expired, reused, account suspended): the session is over.
    setSession(null, `Your session has ended: ${result.problem.message} Please sign in again.`);
    return false;
  }
  // Network trouble: keep the session; the token may still be valid and the timer tries again.
  return Date.parse(session.expiresAt) > Date.now();
}

/** Milliseconds before expiry at which the access token is renewed. */
const REFRESH_MARGIN_MS = 60_000;

/** Whether the access token is about to expire and should be renewed before use. */
export function tokenNeedsRefresh(session: Session | null = getSession()): boolean {
  return !!session && Date.parse(session.expiresAt) - Date.now() < REFRESH_MARGIN_MS / 2;
}

/**
 * Keeps the access token fresh: renews it a minute before it expires, and again after a
 * failed attempt. Returns a stop function.
 */
export function startTokenRefresher(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const session = getSession();
    if (!session) return;
    const due = Date.parse(session.expiresAt) - Date.now() - REFRESH_MARGIN_MS;
    timer = setTimeout(
      () => {
        void refreshSession().then(() => {
          // Success re-schedules through the session change; a network failure retries soon.
          if (getSession() === session) timer = setTimeout(schedule, 10_000);
        });
      },
      Math.max(due, 1_000),
    );
  };
  const unsubscribe = subscribeSession(schedule);
  schedule();
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
