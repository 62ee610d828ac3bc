import type { WebhookDeliveryResolvers } from '../generated/graphql';
import { attemptsOf } from '../webhooks/outbox';

/** A delivery over its row (`WebhookDeliveryRow`), with its attempts from the log. */
export const WebhookDelivery: WebhookDeliveryResolvers = {
  attemptCount: (delivery) => delivery.attempts,
  nextAttemptAt: (delivery) => (delivery.status === 'PENDING' ? delivery.nextAttemptAt : null),
  attempts: async (delivery, _args, ctx) =>
    (await attemptsOf(ctx.db, [delivery.id])).get(delivery.id) ?? [],
};
