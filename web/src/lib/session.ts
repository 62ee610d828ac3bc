import { useSyncExternalStore } from 'react';

/** The role names the API uses. */
export type RoleName = 'STUDENT' | 'SUPERVISOR' | 'ADMIN';

/** Who is signed in, as the login answer described them. */
export interface SignedInUser {
  readonly id: string;
  /** Null only if the API withheld it; a person always sees their own. */
  readonly email: string | null;
  readonly displayName: string;
  readonly role: RoleName;
  /** The language the person chose for the app; null follows the browser. */
  readonly locale?: string | null;
}

/** A signed-in session: the token pair from `login`/`refreshToken` and its owner. */
export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** ISO instant when the access token stops working. */
  readonly expiresAt: string;
  readonly user: SignedInUser;
  /** When this client received the pair (ms since epoch), to know the token's lifetime. */
  readonly obtainedAt: number;
}

// sessionStorage, not localStorage: refresh tokens rotate on every use, and two tabs sharing
// one token would race and trip the server's reuse detection, ending the session for both.
// Each tab keeps its own session; it survives reloads but not closing the tab.
const KEY = 'aula.session';
const listeners = new Set<() => void>();
let current: Session | null = load();
let endedReason: string | null = null;

function load(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

/** The current session, or null when signed out. */
export function getSession(): Session | null {
  return current;
}

/** Replaces the session (null signs out) and tells every subscriber. */
export function setSession(session: Session | null, reason?: string): void {
  current = session;
  endedReason = session ? null : (reason ?? null);
  if (session) window.sessionStorage.setItem(KEY, JSON.stringify(session));
  else window.sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

/**
 * Why the last session ended on its own (expired, revoked: the server's technical words), for
 * the sign-in screen's details; read once.
 */
export function takeEndedReason(): string | null {
  const reason = endedReason;
  endedReason = null;
  return reason;
}

/** Updates the signed-in person's details (a new locale) without touching the tokens. */
export function updateSessionUser(changes: Partial<SignedInUser>): void {
  if (current) setSession({ ...current, user: { ...current.user, ...changes } });
}

/** Calls `listener` on every session change; returns the unsubscribe function. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current session, re-rendering the caller when it changes. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession);
}
