/**
 * Starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set. Imported FIRST by every
 * process entry (gateway/src/index.ts, each subgraph's src/index.ts, platform/src/embedded.ts):
 * the http, undici, graphql, pg and ioredis instrumentations patch those modules as they are
 * first required, so nothing may load them before this runs. Unset: nothing is loaded or
 * patched and the `@opentelemetry/api` calls elsewhere stay no-ops.
 */
import { basename, dirname } from 'node:path';
import { loadTracingConfig } from './config';
import { setTelemetryFlush } from './tracing';

const config = loadTracingConfig();

if (config.OTEL_EXPORTER_OTLP_ENDPOINT) {
  // Required lazily so an untraced process never loads the SDK at all.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } =
    require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } =
    require('@opentelemetry/instrumentation-ioredis') as typeof import('@opentelemetry/instrumentation-ioredis');
  /* eslint-enable @typescript-eslint/no-require-imports */

  // …/subgraphs/chat/src/index.ts → chat; …/gateway/src/index.ts → gateway.
  const entry = process.argv[1] ? basename(dirname(dirname(process.argv[1]))) : 'aula';
  const sdk = new NodeSDK({
    serviceName: config.OTEL_SERVICE_NAME ?? entry,
    traceExporter: new OTLPTraceExporter(),
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would drown the traces that matter.
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
      }),
      new UndiciInstrumentation(),
      // Resolver spans for every field would cost more than the request; operations only.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, depth: 1, mergeItems: true }),
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  // onShutdown drains the service, then flushes the spans still batched, then exits.
  setTelemetryFlush(() => sdk.shutdown());
}
