import type { GraphQLFormattedError, GraphQLSchema, ExecutionResult } from 'graphql';
import { execute, getOperationAST, GraphQLError, type ExecutionArgs } from 'graphql';
import { SpanKind, trace } from '@opentelemetry/api';
import { CloseCode } from 'graphql-ws';
import type { WebSocketServer } from 'ws';
import type { Principal } from './auth/principal';
import type { TokenVerifier } from './auth/tokens';
import { createDocumentCache } from './document-cache';
import type { TokenRevocation } from './auth/revocations';
import { ErrorCode } from './errors';
import { ExpirySchedule, type Expiring } from './expiry-schedule';
import { serveGraphqlWs } from './graphql-ws-server';
import type { Logger } from './logger';
import { operationLabel, type ServiceMetrics } from './metrics';
import { OperationStream, subscribeOperation } from './operation-stream';
import { extractTraceContext, tracer } from './tracing';
import type { BaseContext } from './subgraph';

/** Options for {@link serveSubgraphSubscriptions}. */
export interface SubgraphSubscriptionOptions<TContext extends BaseContext> {
  readonly schema: GraphQLSchema;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  readonly extendContext: (base: BaseContext) => TContext;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Where the open-operation gauge and socket counts are recorded. */
  readonly metrics?: ServiceMetrics;
}

/**
 * The caller of one operation on a socket and, on the gateway's shared socket, the operation's
 * stream, ended when the caller's token expires (one timer for all: see ExpirySchedule).
 */
class OperationCaller implements Expiring {
  stream?: OperationStream;
  expiresAtMs = 0;

  constructor(
    readonly principal: Principal | null,
    readonly authorization: string | undefined,
    readonly extensions: Readonly<Record<string, unknown>>,
  ) {}

  expire(): void {
    this.stream?.end(sessionExpired);
  }
}

/** What the server keeps per socket. */
type SocketState = {
  principal?: Principal | null;
  /** The gateway's shared socket: each operation names its own caller. */
  multiplexed?: boolean;
  expiry?: NodeJS.Timeout;
  /** Stops watching for the socket's caller's revocation. */
  stopRevocationWatch?: () => void;
  callers?: Map<string, OperationCaller>;
};

/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Serves graphql-ws for a subgraph. Two kinds of socket:
 * - a person's (or a test's) own socket: its `connection_init` token is the caller of every
 *   operation, and the socket closes with 4401 when that token expires;
 * - the gateway's shared socket (its `connection_init` carries the gateway's service token):
 *   every subscribe names its caller in `extensions.authorization`, verified and authorized
 *   per operation; an operation whose caller's token expires ends alone with UNAUTHENTICATED,
 *   leaving the other callers' subscriptions on the socket running.
 */
export function serveSubgraphSubscriptions<TContext extends BaseContext>(
  wss: WebSocketServer,
  options: SubgraphSubscriptionOptions<TContext>,
): () => Promise<void> {
  const { verifier, logger, formatError } = options;
  // Every watcher of a stream sends the same document: parse and validate it once.
  const documents = createDocumentCache();
  // When each caller's token expires on the shared sockets.
  const expiries = new ExpirySchedule();
  // Open operations are counted from the live sockets at scrape time, so nothing can drift.
  const sockets = new Set<SocketState>();
  options.metrics?.gauge({
    name: 'aula_subgraph_ws_operations_open',
    help: 'Operations (mostly subscriptions) open on this subgraph’s graphql-ws sockets.',
    collect() {
      let open = 0;
      for (const socket of sockets) open += socket.callers?.size ?? 0;
      this.set(open);
    },
  });
  options.metrics?.gauge({
    name: 'aula_subgraph_ws_sockets_open',
    help: 'graphql-ws sockets open on this subgraph (the gateway shares one per replica).',
    collect() {
      this.set(sockets.size);
    },
  });
  const dispose = serveGraphqlWs<{ authorization?: string }, SocketState>(
    {
      schema: options.schema,
      parse: (source) => documents.parse(typeof source === 'string' ? source : source.body),
      validate: (schema, document) => [...documents.validate(schema, document)],
      // Each operation runs in the trace its caller sent in `extensions.traceparent` (W3C).
      execute: (args: ExecutionArgs) => traced(args, execute),
      subscribe: (args: ExecutionArgs) => traced(args, subscribeOperation),
      onConnect: (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          const principal = verifier.principalFromHeader(
            typeof authorization === 'string' ? authorization : undefined,
          );
          ctx.extra.principal = principal;
          sockets.add(ctx.extra);
          if (principal?.kind === 'service' && principal.service === 'gateway') {
            ctx.extra.multiplexed = true;
            const callers = new Map<string, OperationCaller>();
            ctx.extra.callers = callers;
            // A revocation of a caller's tokens ends that caller's operations alone (the
            // gateway closes the caller's socket too): one listener per socket, not per operation.
            ctx.extra.stopRevocationWatch = verifier.revocationList?.onRevoked((event) =>
              endRevoked(callers, event),
            );
          } else if (principal && principal.kind !== 'service') {
            const ms = principal.expiresAt * 1000 - Date.now();
            ctx.extra.expiry = setTimeout(
              () => ctx.extra.socket.close(CloseCode.Unauthorized, 'Access token expired'),
              // setTimeout overflows past ~24.8 days: such a socket is closed then and reconnects.
              Math.min(Math.max(ms, 0), MAX_TIMER_MS),
            );
            // A revocation (suspension, role change, password reset) ends every subscription
            // on the socket at once, a supervisor's watch included.
            ctx.extra.stopRevocationWatch = watchRevocation(verifier, principal, () =>
              ctx.extra.socket.close(CloseCode.Unauthorized, 'Your session was ended'),
            );
          }
          return true;
        } catch {
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Invalid access token');
          return false;
        }
      },
      onSubscribe: (ctx, id, payload) => {
        const extensions = payload.extensions ?? {};
        if (!ctx.extra.multiplexed) {
          const authorization = ctx.connectionParams?.authorization;
          ctx.extra.callers ??= new Map();
          ctx.extra.callers.set(
            id,
            new OperationCaller(
              ctx.extra.principal ?? null,
              typeof authorization === 'string' ? authorization : undefined,
              extensions,
            ),
          );
          return;
        }
        const authorization = extensions.authorization;
        try {
          const principal = verifier.principalFromHeader(
            typeof authorization === 'string' ? authorization : undefined,
          );
          if (!principal) throw new Error('no caller');
          ctx.extra.callers?.set(
            id,
            new OperationCaller(principal, authorization as string, extensions),
          );
          return;
        } catch (error) {
          // Revocations that cannot be checked right now (the bus away too long) are not the
          // caller's fault: SERVICE_UNAVAILABLE, never "sign in again".
          if (
            error instanceof GraphQLError &&
            error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE
          )
            return [error];
          return [
            new GraphQLError('Sign in again: the access token is missing, invalid or expired.', {
              extensions: { code: ErrorCode.UNAUTHENTICATED },
            }),
          ];
        }
      },
      context: (ctx, id) => {
        const caller = ctx.extra.callers?.get(id);
        return options.extendContext({
          principal: caller?.principal ?? null,
          logger,
          authorization: caller?.authorization,
          operationExtensions: caller?.extensions,
        });
      },
      onOperation: (ctx, id, _payload, _args, result) => {
        const caller = ctx.extra.callers?.get(id);
        const principal = caller?.principal;
        if (!ctx.extra.multiplexed || !caller || !principal || principal.kind === 'service') return;
        if (!(result instanceof OperationStream)) return;
        // The caller's token expiring ends this operation alone, with a coded error.
        caller.stream = result;
        caller.expiresAtMs = principal.expiresAt * 1000;
        expiries.add(caller);
      },
      onComplete: (ctx, id) => {
        const caller = ctx.extra.callers?.get(id);
        if (caller) expiries.delete(caller);
        ctx.extra.callers?.delete(id);
      },
      onClose: (ctx) => {
        sockets.delete(ctx.extra);
        clearTimeout(ctx.extra.expiry);
        ctx.extra.stopRevocationWatch?.();
        for (const caller of ctx.extra.callers?.values() ?? []) expiries.delete(caller);
        ctx.extra.callers?.clear();
      },
      // Subscription results bypass Apollo's formatError: mask them the same way.
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error)),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wss,
  );
  return async () => {
    expiries.clear();
    await dispose();
  };
}

/** Ends the operations of the caller whose tokens `event` revokes. */
function endRevoked(callers: Map<string, OperationCaller>, event: TokenRevocation): void {
  for (const caller of callers.values()) {
    const principal = caller.principal;
    if (!caller.stream || !principal || principal.kind === 'service') continue;
    if (principal.userId === event.userId && (principal.issuedAt ?? 0) <= event.revokedAt)
      caller.stream.end(sessionEnded);
  }
}

/**
 * Runs `run` inside the caller's trace (its `traceparent` in the operation's extensions), in a
 * span of its own until the operation has started; untraced callers cost nothing.
 */
function traced<T>(args: ExecutionArgs, run: (args: ExecutionArgs) => T): T {
  const parent = extractTraceContext(
    (args.contextValue as BaseContext | undefined)?.operationExtensions ?? undefined,
  );
  if (!trace.getSpan(parent)) return run(args);
  const operation = operationLabel(getOperationAST(args.document, args.operationName));
  return tracer.startActiveSpan(
    `graphql-ws ${operation}`,
    { kind: SpanKind.SERVER },
    parent,
    (span) => {
      const result = run(args);
      void Promise.resolve(result).finally(() => span.end());
      return result;
    },
  );
}

/** Calls `onRevoked` once the person behind `principal` has their tokens revoked. */
function watchRevocation(
  verifier: TokenVerifier,
  principal: Principal,
  onRevoked: () => void,
): (() => void) | undefined {
  if (principal.kind === 'service') return undefined;
  const issuedAt = principal.issuedAt ?? 0;
  return verifier.revocationList?.onRevoked((event) => {
    if (event.userId === principal.userId && issuedAt <= event.revokedAt) onRevoked();
  });
}

/** The last result of an operation whose caller's tokens were revoked. */
function sessionEnded(): ExecutionResult {
  return {
    errors: [
      new GraphQLError('Your session was ended. Sign in again.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      }),
    ],
  };
}

/**
 * The last result of an operation whose caller's token expired. Built only when it happens:
 * a GraphQLError captures a stack, too much to hold ready for every idle subscription.
 */
function sessionExpired(): ExecutionResult {
  return {
    errors: [
      new GraphQLError('Your session has expired. Sign in again.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      }),
    ],
  };
}
