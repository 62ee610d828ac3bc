import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request headers a browser integration may send. */
const ALLOWED_HEADERS =
  'authorization, content-type, accept, apollo-require-preflight, traceparent';
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for browser integrations served from other origins: an origin on `allowed` (exact
 * `scheme://host[:port]`, as browsers send it) gets `Access-Control-Allow-Origin` on every
 * answer and its preflights answered; any other origin gets no CORS headers, so its browser
 * refuses the response. Credentials are bearer tokens, never cookies, so none are allowed.
 * Returns `true` when it answered the request itself (a preflight).
 */
export function applyCors(
  allowed: ReadonlySet<string>,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const origin = req.headers.origin;
  if (!origin || allowed.size === 0) return false;
  res.setHeader('vary', 'Origin');
  const permitted = allowed.has(origin);
  if (permitted) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'retry-after, content-disposition');
  }
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  if (permitted) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
  }
  res.statusCode = permitted ? 204 : 403;
  res.end();
  return true;
}
