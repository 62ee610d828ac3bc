import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';

/**
 * Aula's own spans (one per streamed answer, one per model call, the gateway's subscription
 * planning) and W3C trace context carried in graphql-ws operation extensions. Everything here
 * goes through `@opentelemetry/api`: without a started SDK (tracing-preload.ts, only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set) every call is a no-op.
 */
export const tracer: Tracer = trace.getTracer('aula');

/** Copies the active trace context into `carrier` (`traceparent`, `tracestate`). */
export function injectTraceContext(
  carrier: Record<string, unknown>,
  from: Context = context.active(),
) {
  propagation.inject(from, carrier, {
    set: (target, key, value) => {
      (target as Record<string, unknown>)[key] = value;
    },
  });
}

/** The trace context a remote caller put in `carrier` (graphql-ws extensions), else none. */
export function extractTraceContext(
  carrier: Readonly<Record<string, unknown>> | undefined,
): Context {
  if (!carrier || typeof carrier.traceparent !== 'string') return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, carrier, {
    get: (source, key) => {
      const value = (source as Record<string, unknown>)[key];
      return typeof value === 'string' ? value : undefined;
    },
    keys: (source) => Object.keys(source as object),
  });
}

/** Ends `span` with an error status naming `error` (never its message text: it may hold data). */
export function failSpan(span: Span, error: unknown): void {
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.name : 'error',
  });
}

/** The active span's ids for a log line, or nothing outside a trace. */
export function traceFields(): { trace_id: string; span_id: string } | Record<string, never> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return traceFlags === undefined ? {} : { trace_id: traceId, span_id: spanId };
}

let flush: () => Promise<void> = async () => undefined;

/** Registers how the started SDK flushes its spans (tracing-preload.ts). */
export function setTelemetryFlush(fn: () => Promise<void>): void {
  flush = fn;
}

/** Sends the spans still batched; called by onShutdown before the process exits. */
export function flushTelemetry(): Promise<void> {
  return flush().catch(() => undefined);
}
