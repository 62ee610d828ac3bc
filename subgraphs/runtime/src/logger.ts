import pino, { type Logger } from 'pino';
import { traceFields } from './tracing';

export type { Logger };

/** Structured JSON logs, one logger per service, tagged with the service name. */
export function createLogger(
  service: string,
  level: string = 'info',
  /** Where lines go; stdout by default. */
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    // trace_id and span_id of the active span on every line written inside a trace.
    mixin: traceFields,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authorization',
        '*.authorization',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
