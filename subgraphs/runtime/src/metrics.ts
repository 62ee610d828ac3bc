import type { ApolloServerPlugin, BaseContext as ApolloBaseContext } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import type { Channel } from './contracts/channel';
import { ErrorCode } from './errors';
import type { EventBus, KeyWrite } from './pubsub';

/** Latency buckets in seconds, from a cached read to a long model call. */
export const LATENCY_BUCKETS_SECONDS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
] as const;

/**
 * One service's Prometheus metrics (prom-client). Each service has its own registry, so the
 * embedded process (six services in one) still serves each service's series on its own
 * endpoint, labelled `service`. Metrics are declared where they are counted; declaring a
 * name twice returns the first declaration, so two modules may share a series.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  constructor(
    readonly service: string,
    /** Also collect the process's CPU, memory, event-loop and GC series (one service per process). */
    options: { readonly processMetrics?: boolean } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  counter<L extends string = never>(
    config: Omit<CounterConfiguration<L>, 'registers'>,
  ): Counter<L> {
    return (this.existing(config.name) ??
      new Counter({ ...config, registers: [this.registry] })) as Counter<L>;
  }

  gauge<L extends string = never>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return (this.existing(config.name) ??
      new Gauge({ ...config, registers: [this.registry] })) as Gauge<L>;
  }

  histogram<L extends string = never>(
    config: Omit<HistogramConfiguration<L>, 'registers'>,
  ): Histogram<L> {
    return (this.existing(config.name) ??
      new Histogram({
        buckets: [...LATENCY_BUCKETS_SECONDS],
        ...config,
        registers: [this.registry],
      })) as Histogram<L>;
  }

  /** The text exposition format Prometheus scrapes. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private existing(name: string) {
    return this.registry.getSingleMetric(name);
  }
}

/** Error codes kept as label values; anything else is counted as `OTHER` (bounded labels). */
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** An error's `extensions.code` as a bounded label value. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/**
 * The label of a GraphQL operation: its type and first root field (`mutation sendMessage`),
 * which the schema bounds, unlike client-chosen operation names. `invalid` before validation.
 */
export function operationLabel(operation: OperationDefinitionNode | undefined | null): string {
  if (!operation) return 'invalid';
  const first = operation.selectionSet.selections.find((s) => s.kind === 'Field');
  return first && first.kind === 'Field'
    ? `${operation.operation} ${first.name.value}`
    : `${operation.operation} (fragment)`;
}

/** The request series every GraphQL server records, over HTTP and WebSocket alike. */
export function graphqlMetrics(metrics: ServiceMetrics) {
  return {
    requests: metrics.counter({
      name: 'aula_graphql_requests_total',
      help: 'GraphQL operations executed, by operation (type and first root field).',
      labelNames: ['operation'],
    }),
    duration: metrics.histogram({
      name: 'aula_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its response, by operation.',
      labelNames: ['operation'],
    }),
    errors: metrics.counter({
      name: 'aula_graphql_errors_total',
      help: 'Errors in GraphQL responses, by operation and extensions.code.',
      labelNames: ['operation', 'code'],
    }),
  };
}

/** An Apollo Server plugin recording {@link graphqlMetrics} for every operation. */
export function metricsPlugin<TContext extends ApolloBaseContext>(
  metrics: ServiceMetrics,
): ApolloServerPlugin<TContext> {
  const series = graphqlMetrics(metrics);
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'invalid';
      return {
        async didResolveOperation({ operation: resolved }) {
          operation = operationLabel(resolved);
        },
        async willSendResponse({ response }) {
          series.requests.inc({ operation });
          series.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors)
            series.errors.inc({ operation, code: errorCodeLabel(error.extensions?.code) });
        },
      };
    },
  };
}

/**
 * Counts what `bus` publishes and delivers to this service, by channel family (a session's
 * `chat.stream.<id>` is `chat.stream`), leaving the bus itself as it is.
 */
export function instrumentBus(bus: EventBus, metrics: ServiceMetrics): EventBus {
  const published = metrics.counter({
    name: 'aula_bus_published_total',
    help: 'Events this service published on the bus, by channel family.',
    labelNames: ['channel'],
  });
  const failed = metrics.counter({
    name: 'aula_bus_publish_failures_total',
    help: 'Bus publishes that failed (Redis unreachable), by channel family.',
    labelNames: ['channel'],
  });
  const received = metrics.counter({
    name: 'aula_bus_received_total',
    help: 'Events this service received from the bus, by channel family.',
    labelNames: ['channel'],
  });
  const family = (channel: Channel<unknown>) => channel.family ?? channel.name;
  const counted = async (channel: Channel<unknown>, publish: () => Promise<void>) => {
    const labels = { channel: family(channel) };
    try {
      await publish();
      published.inc(labels);
    } catch (error) {
      failed.inc(labels);
      throw error;
    }
  };
  return {
    ...bus,
    kind: bus.kind,
    keyPrefix: bus.keyPrefix,
    publish: (channel, payload) => counted(channel, () => bus.publish(channel, payload)),
    ...(bus.publishAfterWrite && {
      publishAfterWrite: (write: KeyWrite, channel: Channel<unknown>, payload: unknown) =>
        counted(channel, () => bus.publishAfterWrite!(write, channel, payload)),
    }),
    subscribe(channel, onMessage) {
      const labels = { channel: family(channel) };
      return bus.subscribe(channel, (payload) => {
        received.inc(labels);
        onMessage(payload);
      });
    },
    asyncIterator<T>(channels: Channel<T> | readonly Channel<T>[]) {
      const first = 'name' in channels ? channels : channels[0];
      const labels = { channel: first ? family(first) : 'none' };
      const source = bus.asyncIterator(channels);
      const iterator: AsyncIterableIterator<T> = {
        async next() {
          const result = await source.next();
          if (!result.done) received.inc(labels);
          return result;
        },
        return: source.return ? (value?: unknown) => source.return!(value) : undefined,
        throw: source.throw ? (error?: unknown) => source.throw!(error) : undefined,
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    ping: () => bus.ping(),
    onConnectionChange: bus.onConnectionChange?.bind(bus),
    close: () => bus.close(),
  };
}

/** A listening metrics endpoint. */
export interface RunningMetricsServer {
  readonly port: number;
  /** `http://host:port/metrics` */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves `GET /metrics` of one or more registries on an internal port of its own — for a
 * process whose main port is public (the gateway).
 */
export async function startMetricsServer(options: {
  readonly metrics: ServiceMetrics;
  readonly port: number;
  readonly host?: string;
}): Promise<RunningMetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/metrics') {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    serveMetrics(options.metrics, res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  return {
    port,
    url: `http://${shownHost}:${port}/metrics`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Answers a scrape with `metrics`' exposition. */
export function serveMetrics(
  metrics: ServiceMetrics,
  res: import('node:http').ServerResponse,
): void {
  metrics.exposition().then(
    ({ contentType, body }) => {
      res.statusCode = 200;
      res.setHeader('content-type', contentType);
      res.end(body);
    },
    () => {
      res.statusCode = 500;
      res.end('metrics unavailable');
    },
  );
}
