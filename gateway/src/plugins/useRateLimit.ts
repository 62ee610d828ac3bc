import type { Logger } from '@aula/runtime';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import type { GatewayContext } from '../datasource';
import { enforceRateLimit, rateLimitKey, type RateLimiter } from '../rate-limit';
import type { GatewayPlugin, ResolvedOperation } from './plugin';

/** Options for {@link useRateLimit}. */
export interface RateLimitPluginOptions {
  /** The token buckets (see rate-limit.ts). */
  readonly limiter: RateLimiter;
  readonly logger: Logger;
}

/** The rate limit as the gateway applies it: per request, per root field, per address. */
export interface RateLimitPlugin extends GatewayPlugin {
  /**
   * Spends the first token of a request (HTTP) or operation (WebSocket) as it arrives,
   * before anything is parsed, so even refused documents cost their sender something.
   */
  admitRequest(context: Pick<GatewayContext, 'principal' | 'clientAddress'>): Promise<void>;
  /** Spends one token of the client address's bucket, for work done before a caller is known. */
  chargeAddress(clientAddress: string | undefined): Promise<void>;
}

/**
 * How many root fields an operation executes: one per response key, after fragments and
 * `@skip`/`@include` (the same collection graphql-js executes), so 2,000 aliases of one
 * mutation count 2,000.
 */
export function rootFieldCount(operation: ResolvedOperation): number {
  const root =
    operation.operation.operation === 'mutation'
      ? operation.schema.getMutationType()
      : operation.operation.operation === 'subscription'
        ? operation.schema.getSubscriptionType()
        : operation.schema.getQueryType();
  if (!root) return 1;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of operation.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const fields = collectFields(
    operation.schema,
    fragments,
    // `@skip(if: $x)` reads booleans only, which the raw variables already are.
    { ...operation.variables },
    root,
    operation.operation.selectionSet as SelectionSetNode,
  );
  return Math.max(fields.size, 1);
}

/**
 * Counts the rate limit per root field executed, not per HTTP request: a request spends one
 * token when it arrives ({@link RateLimitPlugin.admitRequest}) and the rest of its root
 * fields once they are known, before planning. Callers are keyed by {@link rateLimitKey}.
 */
export function useRateLimit(options: RateLimitPluginOptions): RateLimitPlugin {
  const { limiter, logger } = options;
  return {
    admitRequest: (context) =>
      enforceRateLimit(limiter, rateLimitKey(context.principal, context.clientAddress), logger),
    chargeAddress: (clientAddress) =>
      enforceRateLimit(limiter, rateLimitKey(null, clientAddress), logger),
    async onResolvedOperation(operation) {
      const more = rootFieldCount(operation) - 1;
      if (more <= 0) return;
      const { principal, clientAddress } = operation.context;
      await enforceRateLimit(limiter, rateLimitKey(principal, clientAddress), logger, more);
    },
  };
}
