import type { Db, Logger } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { webhookAttempts } from '../db/schema';
import { rowsOf } from '../db/rows';
import { EVENT_TYPES } from './outbox';
import type { WebhookEvent } from './endpoints';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

/** How deliveries are sent and retried (monitoring's `WEBHOOK_*` settings). */
export interface DispatcherSettings {
  /** How often the outbox is polled for due deliveries. */
  readonly pollMs: number;
  /** The wait before the second attempt; each later wait doubles, up to 64 times this. */
  readonly retryBaseMs: number;
  /** Attempts before a delivery is given up as FAILED. */
  readonly maxAttempts: number;
  /** How long one attempt may take before it counts as failed. */
  readonly timeoutMs: number;
}

/** Deliveries one poll claims at most. */
const BATCH = 20;

interface Claimed {
  id: string;
  endpoint_id: string;
  event: WebhookEvent;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
  disabled: boolean;
}

/** The wait before attempt `next` (2 and later): base x 2^(next - 2), at most base x 64. */
export const retryDelayMs = (retryBaseMs: number, next: number) =>
  retryBaseMs * 2 ** Math.min(Math.max(next - 2, 0), 6);

/**
 * Sends due deliveries from the PostgreSQL outbox. Each poll claims a batch with
 * `FOR UPDATE SKIP LOCKED` and, in the same statement, counts the attempt and moves its next
 * due time past the attempt's timeout, so replicas never send one delivery at once and a
 * delivery a crashed replica was sending is tried again after that lease: nothing lives only in
 * memory, so deliveries survive restarts. A 2xx answer delivers; anything else is retried with
 * exponential backoff until `maxAttempts`, then FAILED. Every attempt is logged.
 */
export function startWebhookDispatcher(options: {
  db: Db;
  logger: Logger;
  settings: DispatcherSettings;
}): { close(): Promise<void>; runOnce(): Promise<number> } {
  const { db, logger, settings } = options;
  let running: Promise<number> | null = null;
  let closed = false;

  const attempt = async (delivery: Claimed): Promise<void> => {
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Aula-Webhooks/1',
          'aula-event': EVENT_TYPES[delivery.event],
          'aula-delivery': delivery.id,
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.payload, started),
        },
        body: delivery.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (e) {
      error =
        (e as Error).name === 'TimeoutError'
          ? `no answer within ${settings.timeoutMs} ms`
          : 'could not connect';
    }
    const durationMs = Date.now() - started;
    await db.insert(webhookAttempts).values({
      deliveryId: delivery.id,
      number: delivery.attempts,
      at: new Date(started),
      statusCode,
      error,
      durationMs,
    });
    if (error === null) {
      await db.execute(
        sql`update monitoring.webhook_deliveries set status = 'DELIVERED', delivered_at = now()
            where id = ${delivery.id}`,
      );
    } else if (delivery.attempts >= settings.maxAttempts) {
      await db.execute(
        sql`update monitoring.webhook_deliveries set status = 'FAILED' where id = ${delivery.id}`,
      );
    } else {
      const waitMs = retryDelayMs(settings.retryBaseMs, delivery.attempts + 1);
      await db.execute(
        sql`update monitoring.webhook_deliveries
            set next_attempt_at = now() + make_interval(secs => ${waitMs / 1000}::float8)
            where id = ${delivery.id}`,
      );
    }
  };

  const poll = async (): Promise<number> => {
    const lease = Math.ceil(settings.timeoutMs / 1000) + 30;
    const claimed = rowsOf<Claimed>(
      await db.execute(sql`with due as (
            select d.id from monitoring.webhook_deliveries d
            where d.status = 'PENDING' and d.next_attempt_at <= now()
            order by d.next_attempt_at limit ${BATCH}
            for update skip locked
          )
          update monitoring.webhook_deliveries d
          set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${lease})
          from due, monitoring.webhook_endpoints e
          where d.id = due.id and e.id = d.endpoint_id
          returning d.id, d.endpoint_id, d.event, d.payload, d.attempts, e.url, e.secret,
            e.disabled_at is not null as disabled`),
    );
    await Promise.all(
      claimed.map(async (delivery) => {
        if (delivery.disabled) {
          await db.execute(
            sql`update monitoring.webhook_deliveries set status = 'FAILED' where id = ${delivery.id}`,
          );
          return;
        }
        await attempt(delivery).catch((error: unknown) =>
          logger.error({ err: error, deliveryId: delivery.id }, 'webhook attempt not recorded'),
        );
      }),
    );
    return claimed.length;
  };

  const runOnce = () => {
    running ??= poll().finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => {
    if (!closed)
      void runOnce().catch((error: unknown) =>
        logger.error({ err: error }, 'webhook outbox poll failed'),
      );
  }, settings.pollMs);
  timer.unref();
  return {
    runOnce,
    async close() {
      closed = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
