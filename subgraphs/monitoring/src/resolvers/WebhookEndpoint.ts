import { decodeCursor, pageSize, toConnection } from '@aula/runtime';
import type { WebhookEndpointResolvers } from '../generated/graphql';
import { deliveryPage } from '../webhooks/outbox';

/** An endpoint over its row (`WebhookEndpointRow`); its secret is never a field. */
export const WebhookEndpoint: WebhookEndpointResolvers = {
  createdBy: (endpoint) => ({ id: endpoint.createdBy }),
  active: (endpoint) => endpoint.disabledAt === null,
  deliveries: async (endpoint, { first, after }, ctx) => {
    const size = pageSize(first);
    const rows = await deliveryPage(ctx.db, endpoint.id, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
};
