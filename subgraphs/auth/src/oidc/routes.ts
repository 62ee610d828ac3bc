import type { Logger } from '@aula/runtime';
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import { redirectBrowser } from '../browser-redirect';
import type { SingleSignOn } from './sign-in';

/** Where single sign-on's browser routes live, at auth and (proxied) at the gateway. */
export const SSO_PATH_PREFIX = '/auth/sso';
/** The redirect URI path every provider is registered with. */
export const SSO_CALLBACK_PATH = `${SSO_PATH_PREFIX}/callback`;
/** The app's sign-in page, which collects a callback's outcome from `#sso=<code>`. */
const APP_SIGN_IN_PATH = '/login';

const START = new RegExp(`^${SSO_PATH_PREFIX}/([^/]+)/start$`);

/** Options for {@link singleSignOnRoutes}. */
export interface SingleSignOnRoutesOptions {
  readonly sso: SingleSignOn;
  /** `AUTH_PUBLIC_URL`: the public address, when configured. */
  readonly publicUrl?: string;
  /** `AUTH_TRUSTED_PROXIES`: whose `X-Forwarded-Host`/`-Proto` are believed. */
  readonly trustedProxies: string;
  readonly logger: Logger;
}

/**
 * The two browser routes of single sign-on: `GET /auth/sso/<providerId>/start?browser=<key>`
 * redirects to the provider, and `GET /auth/sso/callback` (the provider's redirect back) ends
 * at the app's sign-in page with a one-time code (`/login#sso=<code>`) that the app trades for
 * a session with `completeSingleSignOn`. Failures end there too, the code carrying the error,
 * so a person always lands on a page that says what happened.
 */
export function singleSignOnRoutes(options: SingleSignOnRoutesOptions) {
  const trust = proxyaddr.compile(
    options.trustedProxies
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
  const publicOrigin = (req: IncomingMessage): string => {
    if (options.publicUrl) return options.publicUrl;
    const forwardedHost = header(req, 'x-forwarded-host');
    const fromProxy = req.socket.remoteAddress ? trust(req.socket.remoteAddress, 0) : false;
    if (fromProxy && forwardedHost) {
      const proto = header(req, 'x-forwarded-proto') === 'https' ? 'https' : 'http';
      return `${proto}://${forwardedHost}`;
    }
    return `http://${header(req, 'host') ?? 'localhost'}`;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${SSO_PATH_PREFIX}/`) || req.method !== 'GET') return false;
    const origin = publicOrigin(req);
    const land = async (outcome: Parameters<SingleSignOn['handOff']>[0]) => {
      const code = await options.sso.handOff(outcome);
      redirectBrowser(res, `${options.publicUrl ?? ''}${APP_SIGN_IN_PATH}#sso=${code}`);
    };
    try {
      const start = START.exec(url.pathname);
      if (start?.[1]) {
        try {
          const { authorizationUrl } = await options.sso.start(
            decodeURIComponent(start[1]),
            url.searchParams.get('browser') ?? '',
            `${origin}${SSO_CALLBACK_PATH}`,
          );
          redirectBrowser(res, authorizationUrl.href);
        } catch (error) {
          if (!isCoded(error)) throw error;
          await land({ kind: 'error', error });
        }
        return true;
      }
      if (url.pathname === SSO_CALLBACK_PATH) {
        await land(await options.sso.callback(url.searchParams));
        return true;
      }
      return false;
    } catch (error) {
      options.logger.error({ err: error, path: url.pathname }, 'single sign-on route failed');
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Signing in failed on our side. Go back to the sign-in page and try again.');
      return true;
    }
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',')[0]?.trim() || undefined;
}

function isCoded(error: unknown): error is import('graphql').GraphQLError {
  return (
    error instanceof Error &&
    'extensions' in error &&
    typeof (error as { extensions?: { code?: unknown } }).extensions?.code === 'string'
  );
}
