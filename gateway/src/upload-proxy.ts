import { ErrorCode, type Logger, type Principal } from '@aula/runtime';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, request } from 'undici';

/** Who sent a request, as the gateway established it for `/graphql`. */
export interface Caller {
  readonly principal: Principal | null;
  /** The `Authorization` to forward (an API key already exchanged for an access token). */
  readonly authorization: string | undefined;
  readonly clientAddress: string | undefined;
  /** Why the credentials were refused, thrown after the rate limit is charged. */
  readonly refusal?: unknown;
}

/** Options for {@link createUploadProxy}. */
export interface UploadProxyOptions {
  /**
   * Path prefixes served by a subgraph's own HTTP routes, with the subgraph's `/graphql` URL
   * (such as `{ '/uploads/materials': 'http://content:4005/graphql' }`).
   */
  readonly routes: Readonly<Record<string, string>>;
  /** The same authentication as `/graphql` (API keys exchanged for access tokens). */
  readonly authenticate: (req: IncomingMessage) => Promise<Caller>;
  /** Charges the caller's rate limit, as one operation on `/graphql` would. */
  readonly admit?: (caller: Caller) => Promise<void>;
  readonly logger: Logger;
  /** Longest wait for the subgraph's answer (an upload's extraction included). @default 120_000 */
  readonly timeoutMs?: number;
}

/** A proxy route, and a way to close its sockets. */
export interface UploadProxy {
  readonly route: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  close(): Promise<void>;
}

// The LTI tool binds a login's state to the browser with a cookie (subgraphs/auth/src/lti/routes.ts).
const FORWARDED_REQUEST = ['content-type', 'content-length', 'accept', 'cookie'];
const FORWARDED_RESPONSE = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'connection',
  // Single sign-on's start and callback answer with redirects (subgraphs/auth/src/oidc/routes.ts).
  'location',
  'referrer-policy',
  'set-cookie',
  'content-security-policy',
];

/**
 * Streams file uploads and downloads (and single sign-on's browser redirects) between clients
 * and the subgraph that owns them, so they work at the one public address in every topology
 * (embedded or a container per service). The body is piped, never buffered here; the subgraph enforces its own limits.
 * The caller is authenticated and charged like a GraphQL request first: a bad token or an
 * exhausted rate limit never reaches the subgraph.
 */
export function createUploadProxy(options: UploadProxyOptions): UploadProxy {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const agent = new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 4000 });
  const prefixes = Object.entries(options.routes);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = prefixes.find(
      ([prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`),
    );
    if (!target) return false;
    const caller = await options.authenticate(req);
    try {
      await options.admit?.(caller);
      if (caller.refusal) throw caller.refusal;
    } catch (error) {
      sendRefusal(res, error, options.logger);
      req.resume();
      return true;
    }
    const { authorization, clientAddress } = caller;
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (authorization) headers.authorization = authorization;
    if (clientAddress) headers['x-forwarded-for'] = clientAddress;
    // The public address as the client used it: single sign-on builds its redirect URI from it.
    if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
    const proto = req.headers['x-forwarded-proto'];
    headers['x-forwarded-proto'] =
      typeof proto === 'string' ? proto : 'encrypted' in req.socket ? 'https' : 'http';
    try {
      const upstream = await request(new URL(url.pathname + url.search, target[1]), {
        method: req.method === 'POST' ? 'POST' : 'GET',
        headers,
        body: req.method === 'POST' ? req : undefined,
        dispatcher: agent,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      res.statusCode = upstream.statusCode;
      for (const name of FORWARDED_RESPONSE) {
        const value = upstream.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      for await (const chunk of upstream.body) res.write(chunk);
      res.end();
    } catch (error) {
      options.logger.warn({ err: error, path: url.pathname }, 'upload proxy failed');
      sendRefusal(
        res,
        new GraphQLError('The upload service is not available right now. Try again shortly.', {
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
        }),
        options.logger,
      );
    }
    return true;
  };
  return { route, close: () => agent.close() };
}

const statusOf: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

function sendRefusal(res: ServerResponse, error: unknown, logger: Logger) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const status = typeof code === 'string' ? statusOf[code] : undefined;
  if (!(error instanceof GraphQLError) || status === undefined) {
    logger.error({ err: error }, 'upload proxy: unexpected refusal');
  }
  const { http: _http, ...extensions } =
    error instanceof GraphQLError && status !== undefined
      ? error.extensions
      : { code: ErrorCode.INTERNAL_SERVER_ERROR };
  res.statusCode = status ?? 500;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('connection', 'close');
  res.end(
    JSON.stringify({
      errors: [
        {
          message:
            status !== undefined && error instanceof Error
              ? error.message
              : 'Something went wrong on our side. Please try again.',
          extensions,
        },
      ],
    }),
  );
}
