import { keysetAfter, type CursorPosition, type Db } from '@aula/runtime';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { webhookAttempts, webhookDeliveries } from '../db/schema';
import { subscribedEndpoints, type WebhookEndpointRow, type WebhookEvent } from './endpoints';

/** A row of `monitoring.webhook_deliveries`. */
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
/** A row of `monitoring.webhook_attempts`. */
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;

/** The `type` each event carries in its JSON body. */
export const EVENT_TYPES: Record<WebhookEvent, string> = {
  FLAG_RAISED: 'flag.raised',
  ANSWER_FINISHED: 'answer.finished',
  CREDITS_LOW: 'credits.low',
  TEST: 'webhook.test',
};

/**
 * The body every attempt sends (and signs): `{ id, type, createdAt, data }`. Built once, stored,
 * and never rebuilt, so a retry is byte for byte the first attempt.
 */
function bodyOf(event: WebhookEvent, data: Record<string, unknown>, at: Date): string {
  return JSON.stringify({ id: randomUUID(), type: EVENT_TYPES[event], createdAt: at, data });
}

/**
 * Puts one happening in the outbox for every active endpoint subscribed to `event` (TEST: for
 * the given endpoint only). `eventKey` names the happening: every replica that heard it may
 * call this, and one row per endpoint wins. Returns the rows this call wrote.
 */
export async function enqueueEvent(
  db: Db,
  event: WebhookEvent,
  eventKey: string,
  data: Record<string, unknown>,
  only?: WebhookEndpointRow,
): Promise<WebhookDeliveryRow[]> {
  const endpoints = only ? [only] : await subscribedEndpoints(db, event);
  if (endpoints.length === 0) return [];
  const payload = bodyOf(event, data, new Date());
  return db
    .insert(webhookDeliveries)
    .values(endpoints.map((e) => ({ endpointId: e.id, event, eventKey, payload })))
    .onConflictDoNothing()
    .returning();
}

/** A page of one endpoint's deliveries, newest first. */
export async function deliveryPage(
  db: Db,
  endpointId: string,
  first: number,
  after: CursorPosition | null,
): Promise<WebhookDeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        keysetAfter(webhookDeliveries.createdAt, webhookDeliveries.id, after),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(first + 1);
}

/** The attempts of these deliveries, oldest first, by delivery. */
export async function attemptsOf(
  db: Db,
  deliveryIds: readonly string[],
): Promise<Map<string, WebhookAttemptRow[]>> {
  const byDelivery = new Map<string, WebhookAttemptRow[]>();
  if (deliveryIds.length === 0) return byDelivery;
  const rows = await db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, [...deliveryIds]))
    .orderBy(asc(webhookAttempts.number));
  for (const row of rows) {
    const list = byDelivery.get(row.deliveryId) ?? [];
    list.push(row);
    byDelivery.set(row.deliveryId, list);
  }
  return byDelivery;
}
