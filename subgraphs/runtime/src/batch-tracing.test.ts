import { context, propagation, trace } from '@opentelemetry/api';
import { node } from '@opentelemetry/sdk-node';
import { parse } from 'graphql';
import type { RunningHttpServer } from './http';
import { createLogger } from './logger';
import { ServiceMetrics } from './metrics';
import { createServiceClient } from './service-client';
import { createSubgraph, type BaseContext } from './subgraph';
import { TEST_TOKENS as tokens } from './testing';
import { TokenVerifier } from './auth/tokens';
import { tracer } from './tracing';

/**
 * Batched service calls with tracing on (a registered SDK provider, as tracing-preload.ts
 * registers when OTEL_EXPORTER_OTLP_ENDPOINT is set): calls made together in one turn share one
 * HTTP request, yet each runs on the subgraph inside its own caller's trace.
 */
describe('batched service calls keep each caller’s trace', () => {
  let provider: InstanceType<typeof node.NodeTracerProvider>;
  let server: RunningHttpServer;
  let requests = 0;

  beforeAll(async () => {
    provider = new node.NodeTracerProvider();
    provider.register();
    const subgraph = createSubgraph<BaseContext>({
      name: 'probe',
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
        type Query { traceId: String }
      `),
      resolvers: {
        Query: { traceId: () => trace.getSpanContext(context.active())?.traceId ?? null },
      },
      verifier: new TokenVerifier(tokens),
      logger: createLogger('probe', 'silent'),
      metrics: new ServiceMetrics('probe'),
      extendContext: (base) => base,
      readiness: [],
    });
    server = await subgraph.listen({ port: 0 });
    server.server.on('request', () => (requests += 1));
  });

  afterAll(async () => {
    await server.stop();
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('runs each call of a batch in the trace of the span it was made in', async () => {
    const client = createServiceClient({ service: 'chat', tokens, serviceUrl: () => server.url });
    const operation = {
      owner: 'monitoring',
      name: 'TraceId',
      document: 'query TraceId { traceId }',
    } as const;
    const call = (name: string) =>
      tracer.startActiveSpan(name, async (span) => {
        try {
          const { traceId } = await client.request<{ traceId: string | null }, object>(
            operation,
            {},
          );
          return { mine: span.spanContext().traceId, seen: traceId };
        } finally {
          span.end();
        }
      });
    const before = requests;
    const results = await Promise.all([call('first'), call('second'), call('third')]);
    expect(requests - before).toBe(1);
    expect(new Set(results.map((r) => r.mine)).size).toBe(3);
    for (const { mine, seen } of results) expect(seen).toBe(mine);

    // A call alone carries its trace in the `traceparent` header, put there by the undici and
    // http instrumentations (platform/test/observability/traces.test.ts follows one end to end).
  });
});
