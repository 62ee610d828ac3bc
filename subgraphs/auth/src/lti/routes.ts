import type { Logger } from '@aula/runtime';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
      const location =
        path === LTI_PATHS.login
          ? await options.tool.login({
              iss: value('iss'),
              login_hint: value('login_hint'),
              target_link_uri: value('target_link_uri'),
              lti_message_hint: value('lti_message_hint'),
              client_id: value('client_id'),
              lti_deployment_id: value('lti_deployment_id'),
            })
          : req.method === 'POST'
            ? await options.tool.launch(value('id_token'), value('state'))
            : (() => {
                throw methodRefused();
              })();
      res.statusCode = 302;
      res.setHeader('location', location);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('referrer-policy', 'no-referrer');
      res.end();
    } catch (error) {
      refuse(req, res, error, options.logger);
    }
    return true;
  };
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
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Aula could not open</title></head>` +
      `<body><main><h1>Aula could not open</h1><p>${escapeHtml(message)}</p>` +
      `<p>Code: <code data-code="${code}">${code}</code></p></main></body></html>`,
  );
}
