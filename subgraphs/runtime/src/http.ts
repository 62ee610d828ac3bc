import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { ErrorCode } from './errors';
import { serveMetrics, type ServiceMetrics } from './metrics';
import { extractTraceContext } from './tracing';
import { context as otelContext } from '@opentelemetry/api';

/** A readiness probe: resolves when a dependency is reachable. */
export type ReadinessCheck = { readonly name: string; readonly check: () => Promise<void> };

/** Options for {@link startHttpServer}. */
export interface HttpServerOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  /** Builds the per-request context; may throw a coded GraphQLError (such as a bad token). */
  readonly context: (req: IncomingMessage) => Promise<TContext>;
  /** Dependencies that `/readyz` checks. */
  readonly readiness: readonly ReadinessCheck[];
  /** Attaches a WebSocket handler (graphql-ws) to `/graphql`; returns its disposer. */
  readonly websocket?: (wss: WebSocketServer) => () => Promise<void>;
  /** Extra routes tried before the GraphQL endpoint (static files, JWKS…); `true` when handled. */
  readonly routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
  /**
   * Served on `GET /metrics` (Prometheus) when set. Only for servers on an internal network:
   * the public gateway serves its metrics on a port of its own instead.
   */
  readonly metrics?: ServiceMetrics;
  /**
   * Accepts a JSON array of operations in one POST (Aula's services batch the calls of one
   * event-loop turn, see service-client.ts) from callers `allowed` admits, at most
   * `maxOperations` at once. Each runs as its own request, with its own context and the trace
   * context in its `extensions`; the answer is the array of their responses, in order. Without
   * it, or for anyone else, an array is refused with 400 before anything runs.
   */
  readonly batch?: {
    readonly maxOperations: number;
    readonly allowed: (req: IncomingMessage) => boolean;
  };
  /** Largest accepted request body in bytes. @default 1_000_000 */
  readonly maxBodyBytes?: number;
  readonly port: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
}

/** A listening server. */
export interface RunningHttpServer {
  readonly port: number;
  /** `http://host:port/graphql` */
  readonly url: string;
  /** `ws://host:port/graphql` */
  readonly wsUrl: string;
  readonly server: Server;
  /** Stops accepting, closes sockets, drains Apollo. */
  stop(): Promise<void>;
}

/**
 * Serves `POST/GET /graphql` through Apollo Server, `GET /healthz`, `GET /readyz`, `GET /metrics`
 * (when given metrics), and
 * optionally graphql-ws on the same path — on plain `node:http`, no framework.
 */
export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  await options.apollo.start();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [
            { message: 'Internal error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
          ],
        });
      else res.end();
    });
  });

  // Idle keep-alive sockets stay open longer than any client or load balancer keeps them
  // (ALB: 60 s), so the client always closes first: a server closing a socket just as the
  // client sends on it is a reset request (ECONNRESET) on a busy machine.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return readiness(res);
    if (url.pathname === '/metrics' && options.metrics) return serveMetrics(options.metrics, res);
    if (options.routes && (await options.routes(req, res))) return;
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBody);
      if (raw === null)
        return sendJson(
          res,
          413,
          graphqlError(`Request body exceeds ${maxBody} bytes.`, ErrorCode.BAD_USER_INPUT),
        );
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, graphqlError('Request body is not valid JSON.', 'BAD_REQUEST'));
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    if (Array.isArray(body)) return handleBatch(req, res, headers, url.search, body);
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(req),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handleBatch(
    req: IncomingMessage,
    res: ServerResponse,
    headers: HeaderMap,
    search: string,
    operations: unknown[],
  ) {
    const batch = options.batch;
    const refusal = !batch
      ? 'This endpoint takes one operation per request.'
      : operations.length === 0 || operations.length > batch.maxOperations
        ? `A batch holds 1 to ${batch.maxOperations} operations.`
        : !batch.allowed(req)
          ? "Batched requests are only for Aula's own services."
          : null;
    if (refusal) return sendJson(res, 400, graphqlError(refusal, 'BAD_REQUEST'));
    const responses = await Promise.all(
      operations.map(async (operation) => {
        const extensions = (operation as { extensions?: unknown } | null)?.extensions;
        const run = () =>
          options.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: 'POST', headers, search, body: operation },
            context: () => options.context(req),
          });
        const result = await otelContext.with(
          extractTraceContext(
            extensions && typeof extensions === 'object'
              ? (extensions as Record<string, unknown>)
              : undefined,
          ),
          run,
        );
        // Incremental delivery cannot be one element of an array.
        return result.body.kind === 'complete'
          ? result.body.string
          : JSON.stringify(
              graphqlError('Incremental delivery is not available in a batch.', 'BAD_REQUEST'),
            );
      }),
    );
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(`[${responses.join(',')}]`);
  }

  async function readiness(res: ServerResponse) {
    const results = await Promise.all(
      options.readiness.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), 2000);
          return { name, ok: true };
        } catch {
          return { name, ok: false };
        }
      }),
    );
    const ok = results.every((r) => r.ok);
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', checks: results });
  }

  let disposeWs: (() => Promise<void>) | undefined;
  let wss: WebSocketServer | undefined;
  if (options.websocket) {
    wss = new WebSocketServer({ server, path: '/graphql', maxPayload: maxBody });
    disposeWs = options.websocket(wss);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;

  return {
    port,
    server,
    url: `http://${shownHost}:${port}/graphql`,
    wsUrl: `ws://${shownHost}:${port}/graphql`,
    async stop() {
      await disposeWs?.();
      for (const client of wss?.clients ?? []) client.terminate();
      wss?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await options.apollo.stop();
    },
  };
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(res: ServerResponse, status: number, payload: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), ms);
    }),
  ]);
}
