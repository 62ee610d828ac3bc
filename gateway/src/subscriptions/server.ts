import {
  AsyncQueue,
  createDocumentCache,
  ErrorCode,
  extractTraceContext,
  graphqlMetrics,
  injectTraceContext,
  operationLabel,
  serveGraphqlWs,
  tracer,
  type Logger,
  type Principal,
  type ServiceMetrics,
} from '@aula/runtime';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  specifiedRules,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { SpanKind, trace } from '@opentelemetry/api';
import { CloseCode } from 'graphql-ws';
import type { WebSocketServer } from 'ws';
import type { GatewayContext } from '../datasource';
import type { ResolvedOperation } from '../plugins/plugin';
import { serviceUnavailable } from '../errors';
import type { EventRequest, EventResolver } from './events';
import { isForwarded, type SubscriptionPlan, type SubscriptionPlanner } from './plan';
import {
  authenticateConnection,
  ConnectionWatch,
  gatewayContext,
  type Connection,
  type ConnectionAuthOptions,
  type ConnectionState,
} from './connection';
import { SharedSubscriptions, type SharedSubscriptionSpec } from './shared';
import { UpstreamPool, type UpstreamFailure, type UpstreamRequest } from './upstream';

/** Options for {@link useGatewaySubscriptions}. */
export interface GatewaySubscriptionOptions extends ConnectionAuthOptions {
  readonly planner: SubscriptionPlanner;
  readonly events: EventResolver;
  /** Rules beyond graphql's own that a subscription must pass (depth, aliases…). */
  readonly validationRules: readonly ValidationRule[];
  /** Options for parsing every document (the token limit). */
  readonly parseOptions?: ParseOptions;
  /**
   * The gateway plugins' checks once a subscription is valid and before it is planned (the
   * cost limit, the rate limit per root field); what it throws is sent instead.
   */
  readonly onResolvedOperation: (operation: ResolvedOperation) => Promise<void>;
  /** The gateway's error formatter, applied to everything sent on the socket. */
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Most operations one socket may have running at once. */
  readonly maxSubscriptions: number;
  /**
   * Checked before each operation the socket starts (subscription, query or mutation); the
   * error it throws (such as `RATE_LIMITED`) is sent for that operation instead. Unset: none.
   */
  readonly admitOperation?: (connection: Connection) => Promise<void>;
  /** Runs a query or mutation through the gateway's HTTP pipeline (same rules, same errors). */
  readonly executeOperation: (
    request: EventRequest,
    context: GatewayContext,
  ) => Promise<FormattedExecutionResult>;
  /** The graphql-ws URL of a subgraph, by name. */
  readonly wsUrl: (service: string) => string;
  /** A fresh `Authorization` naming the gateway, for its shared sockets to the subgraphs. */
  readonly serviceAuthorization: () => string;
  /** How long a lost subgraph socket is retried before its subscriptions fail. @default 30_000 */
  readonly upstreamRetryWindowMs?: number;
  /**
   * Most results queued for one client subscription that is not reading; past it the client's
   * socket is closed with 1013 (reconnect) so it resumes from a snapshot. @default 1000
   */
  readonly maxPendingPerSubscription?: number;
  /** Where subscription series are recorded (open, upstream, deliveries, drops). */
  readonly metrics?: ServiceMetrics;
}

/** The gateway's subscription series; see the dashboard in deploy/grafana. */
function subscriptionMetrics(metrics: ServiceMetrics | undefined) {
  if (!metrics) return undefined;
  return {
    requests: graphqlMetrics(metrics).requests,
    deliveries: metrics.counter({
      name: 'aula_gateway_subscription_deliveries_total',
      help: 'Subscription results queued for clients (one per client per event).',
    }),
    overflows: metrics.counter({
      name: 'aula_gateway_subscription_queue_overflows_total',
      help: 'Clients closed with 1013 because their subscription queue overflowed (events dropped for them).',
    }),
    upstreamFailures: metrics.counter({
      name: 'aula_gateway_upstream_subscription_failures_total',
      help: 'Upstream subscriptions that ended early, by subgraph and kind (refused, lost).',
      labelNames: ['subgraph', 'kind'],
    }),
  };
}

/** Close code for a client too slow to keep up: 1013 "Try Again Later", which clients retry. */
export const SLOW_CLIENT_CLOSE = { code: 1013, reason: 'Too slow to keep up: reconnect' } as const;

/** What `onSubscribe` hands to `subscribe`/`execute` as the context value. */
interface OperationScope {
  readonly connection: Connection;
  readonly request: EventRequest;
}

/**
 * Serves graphql-ws on the gateway's `/graphql`. The connection is authenticated in
 * `connection_init` before anything is planned (close 4401 when the token is missing or
 * invalid, and again the moment it expires). Subscriptions are validated against the API
 * schema, planned, forwarded to the owning subgraph over graphql-ws, and each event is
 * completed through the plan's `rest`. Queries and mutations sent on the socket run
 * through the gateway's HTTP pipeline, so they get the same validation and errors.
 * Returns the disposer.
 */
export function useGatewaySubscriptions(wss: WebSocketServer, options: GatewaySubscriptionOptions) {
  const { formatError } = options;
  const upstream = new UpstreamPool({
    wsUrl: options.wsUrl,
    serviceAuthorization: options.serviceAuthorization,
    retryWindowMs: options.upstreamRetryWindowMs,
    logger: options.logger,
  });
  const series = subscriptionMetrics(options.metrics);
  const shared = new SharedSubscriptions(upstream, (count) => series?.deliveries.inc(count));
  options.metrics?.gauge({
    name: 'aula_gateway_subscriptions_open',
    help: 'Client subscriptions open on this gateway.',
    collect() {
      this.set(shared.stats.subscribers);
    },
  });
  options.metrics?.gauge({
    name: 'aula_gateway_upstream_subscriptions_open',
    help: 'Upstream subscriptions to subgraphs that serve them (identical ones share one).',
    collect() {
      this.set(shared.stats.upstream);
    },
  });
  options.metrics?.gauge({
    name: 'aula_gateway_ws_connections_open',
    help: 'Client graphql-ws sockets open on this gateway.',
    collect() {
      this.set(wss.clients.size);
    },
  });
  /** Results that Apollo Server already formatted; formatting them again would re-mask them. */
  const preformatted = new WeakSet<object>();
  // Watchers of a stream send the app's one document: parse and validate it once for all.
  // Token expiries and revocations of every client socket.
  const watch = new ConnectionWatch(options.verifier);
  const documents = createDocumentCache({
    rules: [...specifiedRules, ...options.validationRules],
    parseOptions: options.parseOptions,
  });

  const dispose = serveGraphqlWs<Record<string, unknown>, ConnectionState>(
    {
      onConnect: (ctx) => authenticateConnection(ctx.extra, ctx.connectionParams, options, watch),
      onSubscribe: async (ctx, _id, payload) => {
        try {
          await options.admitOperation?.(ctx.extra);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        // graphql-ws has already registered this one, hence `>`.
        if (Object.keys(ctx.subscriptions).length > options.maxSubscriptions) {
          return [
            new GraphQLError(
              `This connection already has ${options.maxSubscriptions} operations running; complete some first.`,
              { extensions: { code: ErrorCode.RATE_LIMITED } },
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = documents.parse(payload.query);
        } catch (error) {
          return [coded(error, 'GRAPHQL_PARSE_FAILED')];
        }
        const operationName = payload.operationName ?? undefined;
        const request: EventRequest = {
          query: payload.query,
          operationName,
          variables: payload.variables ?? {},
          extensions: payload.extensions ?? undefined,
        };
        const scope: OperationScope = { connection: ctx.extra, request };
        const args: ExecutionArgs = {
          schema: options.planner.apiSchema,
          document,
          operationName,
          variableValues: request.variables,
          contextValue: scope,
        };
        const operation = getOperationAST(document, operationName);
        if (!operation) {
          const message = operationName
            ? `The document has no operation named "${operationName}".`
            : 'The document has several operations: send operationName to pick one.';
          return [new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
        }
        // Queries and mutations are validated by the HTTP pipeline they are handed to.
        if (operation.operation !== 'subscription') return args;

        const errors = documents.validate(options.planner.apiSchema, document);
        if (errors.length) return errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
        const coerced = getVariableValues(
          options.planner.apiSchema,
          operation.variableDefinitions ?? [],
          request.variables,
        );
        if (coerced.errors)
          return coerced.errors.map((error) => coded(error, ErrorCode.BAD_USER_INPUT));
        try {
          await options.onResolvedOperation({
            schema: options.planner.apiSchema,
            document,
            operation,
            variables: request.variables,
            context: gatewayContext(ctx.extra),
          });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return args;
      },
      subscribe: (args) => subscribeThroughPlan(args, options, shared, series),
      execute: async (args) => {
        const { connection, request } = args.contextValue as OperationScope;
        const result = await options.executeOperation(request, gatewayContext(connection));
        preformatted.add(result);
        // Already formatted by Apollo Server; onNext passes it through untouched.
        return result as ExecutionResult;
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (preformatted.has(result)) return result as FormattedExecutionResult;
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error)),
        };
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => formatError(error.toJSON(), error)),
      onClose: (ctx) => watch.release(ctx.extra),
    },
    wss,
  );
  return Object.assign(
    async () => {
      await dispose();
      watch.close();
      await upstream.close();
    },
    { shared },
  );
}

/**
 * Plans one subscription and joins the shared upstream subscription for it (the same
 * operation, variables and caller scope share one); returns the client's bounded stream.
 */
function subscribeThroughPlan(
  args: ExecutionArgs,
  options: GatewaySubscriptionOptions,
  shared: SharedSubscriptions,
  series: ReturnType<typeof subscriptionMetrics>,
): ExecutionResult | AsyncQueue<ExecutionResult> {
  const { connection, request } = args.contextValue as OperationScope;
  const { principal, authorization } = connection;
  if (!principal || !authorization)
    return { errors: [new GraphQLError('This connection was not initialised.')] };
  let plan;
  try {
    plan = options.planner.plan(args.document, args.operationName);
  } catch (error) {
    // The operation validated against the API schema, so this is a planner failure: masked and logged.
    return {
      errors: [
        new GraphQLError('The subscription could not be planned.', {
          originalError: error as Error,
        }),
      ],
    };
  }
  const operation = operationLabel(getOperationAST(args.document, args.operationName));
  series?.requests.inc({ operation });
  // The client's trace (W3C `traceparent` in its extensions) continues through this span to the
  // subgraph, which gets it in the upstream operation's extensions.
  const parent = extractTraceContext(request.extensions);
  const span = tracer.startSpan(
    `graphql-ws ${operation}`,
    { kind: SpanKind.SERVER, attributes: { 'graphql.operation.type': 'subscription' } },
    parent,
  );
  const traceContext: Record<string, unknown> = {};
  injectTraceContext(traceContext, trace.setSpan(parent, span));
  span.end();
  // The client's bounded queue: a client that stops reading never slows the others.
  const stream = new AsyncQueue<ExecutionResult>({
    maxPending: options.maxPendingPerSubscription ?? 1000,
    // A bound function, not a named closure (see PlannedSubscription).
    onOverflow: closeSlowClient.bind(undefined, connection, options.logger, plan.service, series),
  });
  const variables = Object.fromEntries(
    (plan.primary.variableUsages ?? [])
      .filter((name) => request.variables[name] !== undefined)
      .map((name) => [name, request.variables[name]]),
  );
  const service = plan.service;
  const spec = new PlannedSubscription(
    sharingKey(service, request, principal),
    service,
    {
      query: plan.primary.operation,
      operationName: plan.primary.operationName,
      variables,
      authorization,
      traceContext,
    },
    plan,
    request,
    options,
    series,
  );
  stream.releaseWith(shared.join(spec, { stream, context: gatewayContext(connection) }));
  return stream;
}

/** Closes the socket of a client too slow to keep up with its subscription. */
function closeSlowClient(
  connection: Connection,
  logger: Logger,
  service: string,
  series: ReturnType<typeof subscriptionMetrics>,
): void {
  series?.overflows.inc();
  logger.warn({ service }, 'closing a client too slow to keep up');
  connection.socket.close(SLOW_CLIENT_CLOSE.code, SLOW_CLIENT_CLOSE.reason);
}

/**
 * A planned subscription as the shared subscriptions see it. Methods rather than closures per
 * subscription: under tsx every named closure carries its own property dictionary.
 */
class PlannedSubscription implements SharedSubscriptionSpec {
  constructor(
    readonly key: string,
    readonly service: string,
    readonly request: UpstreamRequest,
    private readonly plan: SubscriptionPlan,
    private readonly event: EventRequest,
    private readonly options: GatewaySubscriptionOptions,
    private readonly series: ReturnType<typeof subscriptionMetrics>,
  ) {}

  resolve(event: FormattedExecutionResult, context: GatewayContext): Promise<ExecutionResult> {
    // Nothing to add to it and asked in the client's own shape: the event is the result.
    if (isForwarded(this.plan, event))
      return Promise.resolve({ data: event.data } as ExecutionResult);
    return this.options.events
      .resolve(this.plan, event, this.event, context)
      .catch((error: unknown) => ({
        errors: [
          new GraphQLError('An event could not be completed.', { originalError: error as Error }),
        ],
      }));
  }

  failed(failure: UpstreamFailure): ExecutionResult {
    this.series?.upstreamFailures.inc({ subgraph: this.service, kind: failure.kind });
    if (failure.kind === 'lost')
      this.options.logger.warn(
        { service: this.service, code: failure.code },
        'upstream subscription lost',
      );
    return { errors: failureErrors(failure, this.service) };
  }
}

/**
 * What makes two client subscriptions identical: the subgraph, the client's whole operation
 * and variables (they decide the entity fields of each event), and who asks — the person and
 * role, or the API key — not the token string, which differs per sign-in.
 */
function sharingKey(service: string, request: EventRequest, principal: Principal): string {
  const scope =
    principal.kind === 'user'
      ? `user:${principal.userId}:${principal.role}`
      : principal.kind === 'apiKey'
        ? `key:${principal.keyId}:${principal.role}:${[...principal.scopes].sort().join(',')}`
        : `service:${principal.service}`;
  return JSON.stringify([
    service,
    scope,
    request.operationName ?? null,
    request.query,
    request.variables,
  ]);
}

/** The errors a client gets when its upstream subscription ends early. */
function failureErrors(failure: UpstreamFailure, serviceName: string): GraphQLError[] {
  if (failure.kind === 'refused') {
    return failure.errors.map(
      (error) =>
        new GraphQLError(error.message, {
          path: error.path,
          extensions: { ...error.extensions, serviceName },
        }),
    );
  }
  if (failure.code === CloseCode.Unauthorized) {
    return [
      new GraphQLError('Your session has expired. Sign in again.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, serviceName },
      }),
    ];
  }
  return [serviceUnavailable(serviceName)];
}

/** Gives graphql-js's own errors (parse, validation, variables) a code from the closed set. */
function coded(error: unknown, code: string): GraphQLError {
  if (!(error instanceof GraphQLError))
    return new GraphQLError('The operation could not be read.', { extensions: { code } });
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: error.extensions.code ?? code },
  });
}
