import { graphql } from '../generated';
import type { Problem } from './errors';
import { request } from './http';
import { setSession } from './session';

const CompleteLtiLaunchMutation = graphql(`
  mutation CompleteLtiLaunch($code: String!) {
    completeLtiLaunch(code: $code) {
      id
      kind
      chatbotId
      classId
      session {
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
  }
`);

/** Where an LMS launch lands (`/lti-launch#code=<code>`, see subgraphs/auth/src/lti/claims.ts). */
const LAUNCH_PATH = '/lti-launch';

/** The launch's one-time code, read once at load and taken out of the address at once. */
let pendingCode: string | null = (() => {
  if (window.location.pathname !== LAUNCH_PATH) return null;
  const match = /^#code=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  window.history.replaceState(null, '', '/');
  return match?.[1] ?? null;
})();

/** The code an LMS launch left for this page load, once (null afterwards and when none). */
export function takeLtiLaunchCode(): string | null {
  const code = pendingCode;
  pendingCode = null;
  return code;
}

/**
 * Trades a launch's code for a session (replacing whoever was signed in: the LMS says who this
 * is) and returns where to go: the linked chatbot, the Deep Linking picker, or home.
 */
export async function completeLtiLaunch(
  code: string,
): Promise<{ problem: Problem } | { to: string }> {
  const result = await request(CompleteLtiLaunchMutation, { code });
  if (result.problem) return { problem: result.problem };
  const launch = result.data.completeLtiLaunch;
  setSession({ ...launch.session, obtainedAt: Date.now() });
  if (launch.kind === 'DEEP_LINKING') return { to: `/lti-deep-link/${launch.id}` };
  if (!launch.chatbotId) return { to: '/' };
  return {
    to:
      launch.session.user.role === 'STUDENT'
        ? `/chat/new/${launch.chatbotId}`
        : `/chatbots/${launch.chatbotId}/try`,
  };
}

/** Posts a signed Deep Linking response back to the LMS, as the spec wants: a form the browser submits. */
export function postToLms(returnUrl: string, jwt: string): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = returnUrl;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = 'JWT';
  field.value = jwt;
  form.append(field);
  document.body.append(form);
  form.submit();
}
