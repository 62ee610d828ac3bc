import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the signing keys are published (RFC 8414 / OpenID discovery convention). */
export const JWKS_PATH = '/.well-known/jwks.json';

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/**
 * Serves `GET /.well-known/jwks.json` by fetching it from the auth subgraph (which owns the
 * keys), then falls through to `next`. Integrators verifying Aula's RS256 tokens need only the
 * public gateway address. Auth being unreachable gives 503.
 */
export function withJwksRoute(authGraphqlUrl: string | undefined, next?: Route): Route {
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' || path !== JWKS_PATH || !authGraphqlUrl)
      return next ? next(req, res) : false;
    let status = 503;
    let body = JSON.stringify({ error: 'The auth service is not available right now.' });
    try {
      const upstream = await fetch(new URL(JWKS_PATH, authGraphqlUrl), {
        signal: AbortSignal.timeout(5000),
      });
      if (upstream.ok) {
        status = 200;
        body = await upstream.text();
      }
    } catch {
      // Falls through to the 503 above.
    }
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (status === 200) res.setHeader('cache-control', 'public, max-age=300');
    res.end(body);
    return true;
  };
}
