import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { Logger } from '@aula/runtime';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from '../datasource';
import { EVENT_SOURCE, type SubscriptionPlan, type SubscriptionPlanner } from './plan';

/** The client's request, as the event plan needs it for variables and introspection. */
export interface EventRequest {
  readonly query: string;
  readonly operationName?: string;
  readonly variables: Record<string, unknown>;
  /** The client's own extensions (a `traceparent` among them, when it traces). */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Options for {@link EventResolver}. */
export interface EventResolverOptions {
  readonly planner: SubscriptionPlanner;
  /** HTTP data sources of every subgraph, by name, for the entity fetches in `rest`. */
  readonly services: Readonly<Record<string, GraphQLDataSource<GatewayContext>>>;
  readonly logger: Logger;
}

/**
 * Turns one upstream subscription event into the client's result by running the event
 * plan through `@apollo/gateway`'s own executor: the primary fetch is answered with the
 * event, then the `rest` fetches entity fields from the other subgraphs over HTTP.
 */
export class EventResolver {
  constructor(private readonly options: EventResolverOptions) {}

  /** Resolves one event for one subscription. */
  async resolve(
    plan: SubscriptionPlan,
    event: FormattedExecutionResult,
    request: EventRequest,
    context: GatewayContext,
  ): Promise<ExecutionResult> {
    const { planner } = this.options;
    const serviceMap: ServiceMap = { ...this.options.services, [EVENT_SOURCE]: eventSource(event) };
    // executeQueryPlan reads only the request, the context, the logger and metrics from
    // the request context; the other fields Apollo Server would set do not apply here.
    const requestContext = {
      request: {
        query: request.query,
        operationName: request.operationName,
        variables: request.variables,
      },
      context,
      logger: this.options.logger,
      metrics: {},
      operationName: request.operationName ?? null,
      // The data sources label their fetches with it (`subscription classActivity`) for the audit trail.
      operation: plan.operationContext.operation,
    } as unknown as Parameters<typeof executeQueryPlan>[2];
    const result = await executeQueryPlan(
      plan.eventPlan,
      serviceMap,
      requestContext,
      plan.operationContext,
      planner.supergraphSchema,
      planner.apiSchemaInternal,
    );
    if (!result.errors?.length) return result as ExecutionResult;
    return {
      ...result,
      errors: result.errors.map((error) => renameSource(error, plan.service)),
    } as ExecutionResult;
  }
}

/** A data source that answers the primary fetch with the event itself. */
function eventSource(event: FormattedExecutionResult): GraphQLDataSource {
  return {
    process: async () => ({
      data: event.data ?? null,
      ...(event.errors?.length ? { errors: event.errors } : {}),
    }),
  } as GraphQLDataSource;
}

/** Errors in the event itself are tagged with the stand-in's name; put the real one back. */
function renameSource(error: GraphQLError, service: string): GraphQLError {
  if (error.extensions?.serviceName !== EVENT_SOURCE) return error;
  return new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: { ...error.extensions, serviceName: service },
  });
}
