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
        locale
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
        locale
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
  setSession({ ...result.data.login, obtainedAt: Date.now() });
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
    setSession({ ...result.data.refreshToken, obtainedAt: Date.now() });
    return true;
  }
  if (result.problem.kind === 'graphql') {
    // The server refused the refresh token (expired, reused, account suspended): the session is over.
    setSession(null, result.problem.message || (result.problem.code ?? 'refused'));
    return false;
  }
  // Network trouble: keep the session; the token may still be valid and the timer tries again.
  return msUntilExpiry(session) > 0;
}

/**
 * The access token's lifetime by the server's clock (`exp - iat` in its claims), so the
 * client's own clock only has to measure elapsed time: a skewed clock cannot make a fresh
 * token look expired. Falls back to `expiresAt` when the token is not a readable JWT.
 */
function lifetimeMs(session: Session): number {
  try {
    const payload = session.accessToken.split('.')[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      iat?: number;
      exp?: number;
    };
    if (typeof claims.iat === 'number' && typeof claims.exp === 'number')
      return (claims.exp - claims.iat) * 1000;
  } catch {
    // not a JWT we can read; use the server's expiresAt below
  }
  return Date.parse(session.expiresAt) - session.obtainedAt;
}

/** Milliseconds until the access token expires, measured on this client's clock. */
function msUntilExpiry(session: Session): number {
  return session.obtainedAt + lifetimeMs(session) - Date.now();
}

/** Renew a minute before expiry, or a quarter of the lifetime for short-lived tokens. */
function refreshMargin(session: Session): number {
  return Math.min(60_000, Math.max(lifetimeMs(session) / 4, 1_000));
}

/** Whether the access token is about to expire and should be renewed before use. */
export function tokenNeedsRefresh(session: Session | null = getSession()): boolean {
  return !!session && msUntilExpiry(session) < refreshMargin(session) / 2;
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
    const due = msUntilExpiry(session) - refreshMargin(session);
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
