import { context, propagation, trace } from '@opentelemetry/api';
import { node } from '@opentelemetry/sdk-node';
import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { extractTraceContext, injectTraceContext, traceFields, tracer } from './tracing';

/**
 * The tracing helpers with a real SDK tracer provider registered (as tracing-preload.ts does
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set), and without one (the default: no-ops).
 */
describe('tracing helpers', () => {
  it('are no-ops while no SDK is registered', () => {
    const carrier: Record<string, unknown> = {};
    injectTraceContext(carrier);
    expect(carrier).toEqual({});
    tracer.startActiveSpan('untraced', (span) => {
      expect(traceFields()).toEqual({});
      span.end();
    });
  });

  describe('with a registered provider', () => {
    let provider: InstanceType<typeof node.NodeTracerProvider>;
    beforeAll(() => {
      provider = new node.NodeTracerProvider();
      provider.register();
    });
    afterAll(async () => {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    });

    it('carries W3C trace context through graphql-ws extensions', () => {
      const carrier: Record<string, unknown> = { authorization: 'Bearer x' };
      tracer.startActiveSpan('gateway', (span) => {
        injectTraceContext(carrier);
        const { traceId, spanId } = span.spanContext();
        expect(carrier.traceparent).toBe(`00-${traceId}-${spanId}-01`);
        span.end();
      });
      const remote = trace.getSpan(extractTraceContext(carrier))!.spanContext();
      expect(remote.traceId).toBe(String(carrier.traceparent).split('-')[1]);
      expect(trace.getSpan(extractTraceContext({ authorization: 'Bearer x' }))).toBeUndefined();
    });

    it('writes the trace and span ids on every log line inside a span', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      const buffered = createLogger('probe', 'info', sink);
      let ids: { traceId: string; spanId: string } | undefined;
      tracer.startActiveSpan('work', (span) => {
        ids = span.spanContext();
        buffered.info('inside');
        span.end();
      });
      buffered.info('outside');
      const [inside, outside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(inside).toMatchObject({ msg: 'inside', trace_id: ids!.traceId, span_id: ids!.spanId });
      expect(outside!.trace_id).toBeUndefined();
    });
  });
});
