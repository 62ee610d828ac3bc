import type { Logger } from './logger';
import { flushTelemetry } from './tracing';

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits 0 (or 1 if stopping failed).
 * A second signal while draining exits at once — but not one arriving within a second
 * of the first: Ctrl-C reaches every process of the group, and npm and tsx relay it
 * again, so one keypress often arrives twice.
 */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stoppingSince = 0;
  const handler = (signal: NodeJS.Signals) => {
    if (stoppingSince && Date.now() - stoppingSince < 1000) return;
    if (stoppingSince) {
      logger.warn({ signal }, 'second signal: exiting without draining');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => flushTelemetry().then(() => process.exit(0)),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
