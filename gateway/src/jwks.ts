import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the signing keys are published (RFC 8414 / OpenID discovery convention). */
export const JWKS_PATH = '/.well-known/jwks.json';

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/** Options for {@link withJwksRoute}. */
export interface JwksRouteOptions {
  /** How long a key set fetched from auth is served before it is fetched again. @default 300_000 */
  readonly maxAgeMs?: number;
}

/**
 * Serves `GET /.well-known/jwks.json` from the gateway's cache of auth's key set (auth owns
 * the keys), then falls through to `next`. Integrators verifying Aula's RS256 tokens need only
 * the public gateway address, and polling it never reaches auth more than once per `maxAgeMs`:
 * concurrent misses share one fetch, and when auth cannot answer the last key set is served
 * while it lasts. Auth unreachable with nothing cached gives 503.
 */
export function withJwksRoute(
  authGraphqlUrl: string | undefined,
  next?: Route,
  options: JwksRouteOptions = {},
): Route {
  const maxAgeMs = options.maxAgeMs ?? 300_000;
  let cached: { body: string; until: number } | undefined;
  let fetching: Promise<string | undefined> | undefined;

  const fetchKeySet = async (url: string): Promise<string | undefined> => {
    try {
      const upstream = await fetch(new URL(JWKS_PATH, url), { signal: AbortSignal.timeout(5000) });
      if (!upstream.ok) return undefined;
      const body = await upstream.text();
      cached = { body, until: Date.now() + maxAgeMs };
      return body;
    } catch {
      return undefined;
    }
  };

  const keySet = async (url: string): Promise<string | undefined> => {
    if (cached && cached.until > Date.now()) return cached.body;
    fetching ??= fetchKeySet(url).finally(() => (fetching = undefined));
    // A key set past its age is still better than a 503 while auth is down.
    return (await fetching) ?? cached?.body;
  };

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' || path !== JWKS_PATH || !authGraphqlUrl)
      return next ? next(req, res) : false;
    const body = await keySet(authGraphqlUrl);
    res.statusCode = body === undefined ? 503 : 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (body !== undefined) res.setHeader('cache-control', `public, max-age=${maxAgeMs / 1000}`);
    res.end(body ?? JSON.stringify({ error: 'The auth service is not available right now.' }));
    return true;
  };
}
