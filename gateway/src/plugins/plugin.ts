import type { ApolloServerPlugin } from '@apollo/server';
import type {
  DocumentNode,
  GraphQLSchema,
  OperationDefinitionNode,
  ParseOptions,
  ValidationRule,
} from 'graphql';
import type { GatewayContext } from '../datasource';

/** An operation the gateway has parsed and validated and is about to plan. */
export interface ResolvedOperation {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** The variables as the client sent them (not yet coerced). */
  readonly variables: Readonly<Record<string, unknown>>;
  readonly context: GatewayContext;
}

/**
 * One cross-cutting concern of the gateway's request path (limits, rate, API keys…), in
 * the shape Hive Gateway and envelop use: each `useX(options)` returns the hooks it needs and
 * the gateway runs them on HTTP and WebSocket operations alike.
 */
export interface GatewayPlugin {
  /** Options for parsing every document (for example a token limit). */
  readonly parseOptions?: ParseOptions;
  /** Validation rules beyond graphql's own. */
  readonly validationRules?: readonly ValidationRule[];
  /**
   * Runs once the operation is parsed and validated, before it is planned. Throw a coded
   * `GraphQLError` to refuse it; nothing has reached a subgraph yet.
   */
  readonly onResolvedOperation?: (operation: ResolvedOperation) => Promise<void> | void;
}

/** Every plugin's `onResolvedOperation`, in order. */
export function resolvedOperationHook(
  plugins: readonly GatewayPlugin[],
): (operation: ResolvedOperation) => Promise<void> {
  const hooks = plugins.flatMap((plugin) =>
    plugin.onResolvedOperation ? [plugin.onResolvedOperation] : [],
  );
  return async (operation) => {
    for (const hook of hooks) await hook(operation);
  };
}

/** The Apollo Server plugin that runs {@link resolvedOperationHook} before the gateway plans. */
export function apolloPluginOf(
  plugins: readonly GatewayPlugin[],
): ApolloServerPlugin<GatewayContext> {
  const onResolved = resolvedOperationHook(plugins);
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operation, request, contextValue }) => {
        if (!operation) return;
        await onResolved({
          schema,
          document,
          operation,
          variables: request.variables ?? {},
          context: contextValue,
        });
      },
    }),
  };
}
