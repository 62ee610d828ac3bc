import type { Logger } from '@aula/runtime';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { redirectBrowser } from '../browser-redirect';
import { LTI_PATHS } from './claims';
import { LtiError, LtiErrorCode } from './errors';
import type { LtiTool } from './tool';
import type { ToolKey } from './tool-key';

const MAX_FORM_BYTES = 64 * 1024;

/**
 * The tool's browser routes: `GET|POST /lti/login` (OIDC third-party initiated login, answered
 * with a redirect to the platform), `POST /lti/launch` (the platform's form post of the
 * id_token, answered with a redirect into the app) and `GET /lti/jwks` (the tool's public key).
 * A refusal is a page (or JSON, for `Accept: application/json`) with its `LTI_…` code.
 */
export function ltiRoutes(options: { tool: LtiTool; toolKey: ToolKey; logger: Logger }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path !== LTI_PATHS.login && path !== LTI_PATHS.launch && path !== LTI_PATHS.jwks)
      return false;
    try {
      if (path === LTI_PATHS.jwks) {
        if (req.method !== 'GET') throw methodRefused();
        res.statusCode = 200;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'public, max-age=300');
        res.end(JSON.stringify(await options.toolKey.jwks()));
        return true;
      }
      const params =
        req.method === 'POST'
          ? await readForm(req)
          : req.method === 'GET'
            ? url.searchParams
            : null;
      if (!params) throw methodRefused();
      const value = (name: string) => params.get(name) ?? undefined;
      if (path === LTI_PATHS.login) {
        const login = await options.tool.login({
          iss: value('iss'),
          login_hint: value('login_hint'),
          target_link_uri: value('target_link_uri'),
          lti_message_hint: value('lti_message_hint'),
          client_id: value('client_id'),
          lti_deployment_id: value('lti_deployment_id'),
        });
        res.setHeader(
          'set-cookie',
          stateCookie(login.state, login.state, login.secure, login.ttlSeconds),
        );
        redirectBrowser(res, login.location, 302);
        return true;
      }
      if (req.method !== 'POST') throw methodRefused();
      const state = value('state');
      const browserState = state ? cookieValue(req, stateCookieName(state)) : undefined;
      const location = await options.tool.launch(value('id_token'), state, browserState);
      // The login is used up: its cookie goes with it.
      if (state) res.setHeader('set-cookie', stateCookie(state, '', secureRequest(req), 0));
      redirectBrowser(res, location, 302);
    } catch (error) {
      refuse(req, res, error, options.logger);
    }
    return true;
  };
}

/** One cookie per login, so launches in several tabs at once do not overwrite each other. */
const stateCookieName = (state: string) =>
  `aula_lti_${createHash('sha256').update(state).digest('hex').slice(0, 16)}`;

/**
 * The cookie binding a login's state to the browser. The LMS posts the launch from its own site
 * (often inside an iframe), so over HTTPS it is `SameSite=None; Secure; Partitioned`: sent with
 * that cross-site post, and kept in the LMS page's partition where third-party cookies are
 * blocked. Plain HTTP (a local setup) can only be `SameSite=Lax`.
 */
function stateCookie(state: string, value: string, secure: boolean, maxAgeSeconds: number) {
  const site = secure ? 'SameSite=None; Secure; Partitioned' : 'SameSite=Lax';
  return `${stateCookieName(state)}=${value}; Path=${LTI_PATHS.launch}; Max-Age=${maxAgeSeconds}; HttpOnly; ${site}`;
}

/** Whether the browser reached Aula over HTTPS (the gateway says so in X-Forwarded-Proto). */
const secureRequest = (req: IncomingMessage) =>
  req.headers['x-forwarded-proto'] === 'https' || 'encrypted' in req.socket;

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

const methodRefused = () =>
  new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'This LTI address does not answer that method.');

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded'))
    throw new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'Expected a form post.');
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES)
      throw new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'The form post is too large.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refuse(req: IncomingMessage, res: ServerResponse, error: unknown, logger: Logger) {
  const known = error instanceof LtiError;
  if (!known) logger.error({ err: error }, 'LTI route failed');
  const code = known ? error.code : 'INTERNAL_SERVER_ERROR';
  const message = known ? error.message : 'Something went wrong on our side. Please try again.';
  if (res.headersSent) {
    res.destroy();
    return;
  }
  req.resume();
  res.statusCode = known ? error.status : 500;
  res.setHeader('cache-control', 'no-store');
  if ((req.headers.accept ?? '').includes('application/json')) {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: { code, message } }));
    return;
  }
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  res.end(refusalPage(code, message));
}

/**
 * The page a refused launch ends on, in the app's look (its colours and card, inline: the page
 * stands alone, outside the app). It says what failed, what to do, and the code to quote.
 */
function refusalPage(code: string, message: string): string {
  const style =
    'body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1b1f2a;background:#f6f7fb}' +
    'main{display:grid;place-items:center;min-height:100vh;padding:1rem;box-sizing:border-box}' +
    '.card{background:#fff;border:1px solid #d7dbe5;border-radius:10px;box-shadow:0 1px 2px rgb(16 24 40/6%),0 1px 3px rgb(16 24 40/10%);padding:1.25rem;width:100%;max-width:480px;box-sizing:border-box}' +
    '.brand{font-weight:700;font-size:1.15rem;display:flex;align-items:center;gap:.4rem;margin-bottom:1.25rem}' +
    '.mark{width:1.4rem;height:1.4rem;border-radius:6px;background:#2f5bd3;display:inline-block}' +
    'h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}p{margin:0 0 .75rem}' +
    '.banner{border-radius:8px;padding:.7rem .9rem;border:1px solid #f3b8b2;background:#fdecea;color:#b42318}' +
    '.muted{color:#555e70;font-size:.9rem}code{font-size:.85rem}';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Aula could not open · Aula</title><style>${style}</style></head>` +
    `<body><main><div class="card"><div class="brand"><span class="mark" aria-hidden="true"></span> Aula</div>` +
    `<h1>Aula could not open</h1><p class="banner" role="alert">${escapeHtml(message)}</p>` +
    `<p>Go back to your course and open the link again. If this keeps happening, tell your teacher or the school’s Aula administrator, quoting the code below.</p>` +
    `<p class="muted">Code: <code data-code="${code}">${code}</code></p></div></main></body></html>`
  );
}
