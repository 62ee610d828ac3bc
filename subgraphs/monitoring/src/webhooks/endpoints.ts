import { badInput, keysetAfter, notFound, type CursorPosition, type Db } from '@aula/runtime';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { webhookEndpoints } from '../db/schema';
import { isUuid } from '../classes';

/** A row of `monitoring.webhook_endpoints`. */
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

/** What an endpoint may be sent. */
export type WebhookEvent = WebhookEndpointRow['events'][number];

/** Every endpoint secret starts with this, so a leaked one is recognised at a glance. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** Checks an endpoint URL: absolute http(s), no credentials in it, at most 2,000 characters. */
function checkUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput('url must be an absolute http:// or https:// address.', { field: 'url' });
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password)
    throw badInput('url must be an http:// or https:// address without credentials.', {
      field: 'url',
    });
  if (url.href.length > 2000) throw badInput('url is too long.', { field: 'url' });
  return url.href;
}

/** Registers an endpoint with a new secret; returns both (the secret is never shown again). */
export async function createEndpoint(
  db: Db,
  input: { url: string; events: readonly WebhookEvent[]; description?: string | null },
  adminId: string,
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const url = checkUrl(input.url);
  const events = [...new Set(input.events)].filter((e) => e !== 'TEST');
  if (events.length === 0) throw badInput('Choose at least one event.', { field: 'events' });
  const description = (input.description ?? '').trim();
  if (description.length > 200)
    throw badInput('description must be at most 200 characters.', { field: 'description' });
  const secret = WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64url');
  const [endpoint] = await db
    .insert(webhookEndpoints)
    .values({ url, events, description, secret, createdBy: adminId })
    .returning();
  return { endpoint: endpoint!, secret };
}

/** One endpoint, or null. */
export async function findEndpoint(db: Db, id: string): Promise<WebhookEndpointRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row ?? null;
}

/** An endpoint, or NOT_FOUND. */
export async function requireEndpoint(db: Db, id: string): Promise<WebhookEndpointRow> {
  const row = await findEndpoint(db, id);
  if (!row) throw notFound('That webhook endpoint');
  return row;
}

/** Stops sending to an endpoint (pending deliveries are dropped by the dispatcher). */
export async function disableEndpoint(db: Db, id: string): Promise<WebhookEndpointRow> {
  await requireEndpoint(db, id);
  const [row] = await db
    .update(webhookEndpoints)
    .set({ disabledAt: sql`coalesce(${webhookEndpoints.disabledAt}, now())` })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return row!;
}

/** A page of endpoints, newest first. */
export async function endpointPage(
  db: Db,
  first: number,
  after: CursorPosition | null,
): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(keysetAfter(webhookEndpoints.createdAt, webhookEndpoints.id, after))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
    .limit(first + 1);
}

/** The active endpoints subscribed to `event`. */
export async function subscribedEndpoints(
  db: Db,
  event: WebhookEvent,
): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        isNull(webhookEndpoints.disabledAt),
        sql`${event}::monitoring.webhook_event = any(${webhookEndpoints.events})`,
      ),
    );
}
