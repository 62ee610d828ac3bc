import { decodeCursor, pageSize, requireRole, toConnection } from '@aula/runtime';
import type { MutationResolvers, QueryResolvers } from '../generated/graphql';
import {
  createEndpoint,
  disableEndpoint,
  endpointPage,
  findEndpoint,
  requireEndpoint,
} from '../webhooks/endpoints';
import { enqueueEvent } from '../webhooks/outbox';
import { randomUUID } from 'node:crypto';

/** Webhook endpoints and their delivery log: admins signed in (API keys refused). */
export const webhookQueries: Pick<QueryResolvers, 'webhookEndpoints' | 'webhookEndpoint'> = {
  webhookEndpoints: async (_parent, { first, after }, ctx) => {
    requireRole(ctx, 'ADMIN');
    const size = pageSize(first);
    const rows = await endpointPage(ctx.db, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
  webhookEndpoint: async (_parent, { id }, ctx) => {
    requireRole(ctx, 'ADMIN');
    return findEndpoint(ctx.db, id);
  },
};

/** Registering, disabling and testing webhook endpoints: admins signed in. */
export const webhookMutations: Pick<
  MutationResolvers,
  'createWebhookEndpoint' | 'disableWebhookEndpoint' | 'sendTestWebhook'
> = {
  createWebhookEndpoint: async (_parent, { input }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    return createEndpoint(ctx.db, input, admin.userId);
  },
  disableWebhookEndpoint: async (_parent, { id }, ctx) => {
    requireRole(ctx, 'ADMIN');
    return disableEndpoint(ctx.db, id);
  },
  sendTestWebhook: async (_parent, { endpointId }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const endpoint = await requireEndpoint(ctx.db, endpointId);
    const [delivery] = await enqueueEvent(
      ctx.db,
      'TEST',
      `test:${randomUUID()}`,
      { requestedBy: admin.userId, endpointId: endpoint.id },
      endpoint,
    );
    return delivery!;
  },
};
