import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@aula/runtime';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Options for {@link CostLimit}. */
export interface CostLimitOptions {
  /** Highest estimated cost accepted. */
  readonly maxCost: number;
  /**
   * Items assumed for a list field whose size the operation does not bound with a
   * `first`, `last` or `limit` argument. @default 10
   */
  readonly defaultListSize?: number;
}

/** Arguments that bound how many items a list field returns. */
const SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

/**
 * Refuses operations whose estimated cost exceeds `maxCost`, so one request cannot fan out
 * into millions of subgraph rows while staying under the depth limit. Every field costs 1
 * plus the cost of its selection, times the list size for list fields: the `first`/`last`/
 * `limit` argument (literal, or the variable's value, or its default), else
 * `defaultListSize`. `__typename` is free and introspection is not counted, as in the depth
 * limit. It runs once the variables are known, which a validation rule never sees.
 */
export class CostLimit {
  private readonly defaultListSize: number;

  constructor(private readonly options: CostLimitOptions) {
    this.defaultListSize = options.defaultListSize ?? 10;
  }

  /** The `QUERY_TOO_COMPLEX` error for an operation over the limit, else `undefined`. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>> = {},
  ): GraphQLError | undefined {
    const cost = this.estimate(schema, document, operation, variables);
    if (cost <= this.options.maxCost) return undefined;
    return new GraphQLError(
      `This operation's estimated cost is ${cost}; the limit is ${this.options.maxCost}. Ask for fewer fields or smaller pages (first/limit).`,
      // The status is for Apollo Server's response; the error formatter does not show it.
      {
        nodes: [operation],
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
      },
    );
  }

  /** An Apollo Server plugin applying the limit to every operation it runs. */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, operation, request }) => {
          if (!operation) return;
          const error = this.check(schema, document, operation, request.variables);
          if (error) throw error;
        },
      }),
    };
  }

  /** The estimated cost of `operation` with these variables. */
  estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): number {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of document.definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    // Memoized: a fragment spread many times at many levels must not make this exponential.
    const fragmentCosts = new Map<string, number>();

    const listSize = (args: readonly { name: { value: string }; value: ValueNode }[]) => {
      for (const arg of args) {
        if (!SIZE_ARGUMENTS.has(arg.name.value)) continue;
        if (arg.value.kind === Kind.INT) return Math.max(Number(arg.value.value), 0);
        if (arg.value.kind !== Kind.VARIABLE) continue;
        const name = arg.value.name.value;
        const given = variables[name];
        if (typeof given === 'number') return Math.max(given, 0);
        const fallback = operation.variableDefinitions?.find(
          (d) => d.variable.name.value === name,
        )?.defaultValue;
        if (given === undefined && fallback?.kind === Kind.INT)
          return Math.max(Number(fallback.value), 0);
      }
      return this.defaultListSize;
    };

    const costOf = (
      set: SelectionSetNode,
      parent: GraphQLNamedType | undefined,
      seen: ReadonlySet<string>,
    ): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name === '__typename' || name === '__schema' || name === '__type') continue;
          const field =
            isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
          const inner = selection.selectionSet
            ? costOf(selection.selectionSet, field ? getNamedType(field.type) : undefined, seen)
            : 0;
          const isList = field ? isListType(getNullableType(field.type)) : false;
          total += 1 + (isList ? listSize(selection.arguments ?? []) : 1) * inner;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          total += costOf(selection.selectionSet, type ?? undefined, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          let cost = fragmentCosts.get(name);
          if (cost === undefined) {
            const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
            cost = costOf(fragment.selectionSet, type, new Set([...seen, name]));
            fragmentCosts.set(name, cost);
          }
          total += cost;
        }
      }
      return total;
    };

    return costOf(operation.selectionSet, rootType(schema, operation), new Set());
  }
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  if (operation.operation === 'mutation') return schema.getMutationType() ?? undefined;
  if (operation.operation === 'subscription') return schema.getSubscriptionType() ?? undefined;
  return schema.getQueryType() ?? undefined;
}
