import { graphql } from '../generated';
import type { Problem } from './errors';
import { request } from './http';
import { setSession } from './session';

/** Where the browser key of a single sign-on under way is kept, for this tab only. */
const BROWSER_KEY = 'aula.sso.browserKey';

export const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
      signInPath
    }
  }
`);

const CompleteSingleSignOnMutation = graphql(`
  mutation CompleteSingleSignOn($code: String!, $browserKey: String!) {
    completeSingleSignOn(code: $code, browserKey: $browserKey) {
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

/**
 * Leaves for the identity provider. A fresh random key stays in this tab; only a browser holding
 * it can collect the sign-in when the provider sends the person back.
 */
export function startSingleSignOn(signInPath: string): void {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const key = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  window.sessionStorage.setItem(BROWSER_KEY, key);
  window.location.assign(`${signInPath}?browser=${encodeURIComponent(key)}`);
}

/** The one-time code the callback left in the address (`#sso=<code>`), read once at load. */
let pendingCode: string | null = (() => {
  const match = /^#sso=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  if (!match) return null;
  // Out of the address at once: it must not stay in the history or be bookmarked.
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return match[1] ?? null;
})();

/** The code the callback left for this page load, once (null afterwards and when none). */
export function takeSingleSignOnCode(): string | null {
  const code = pendingCode;
  pendingCode = null;
  return code;
}

/** Trades the callback's code for a session; on success every screen sees it. */
export async function completeSingleSignOn(code: string): Promise<Problem | null> {
  const browserKey = window.sessionStorage.getItem(BROWSER_KEY) ?? '';
  window.sessionStorage.removeItem(BROWSER_KEY);
  const result = await request(CompleteSingleSignOnMutation, { code, browserKey });
  if (result.problem) return result.problem;
  setSession({ ...result.data.completeSingleSignOn, obtainedAt: Date.now() });
  return null;
}
