import { ErrorCode } from '@aula/runtime';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/** Options for {@link costLimit}. */
export interface CostLimitOptions {
  /** Highest estimated cost accepted. */
  readonly maxCost: number;
  /**
   * Items assumed for a list field when the operation does not bound it with a literal
   * `first`, `last` or `limit` argument. @default 10
   */
  readonly defaultListSize?: number;
}

/** Arguments that bound how many items a list field returns. */
const SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

/**
 * A validation rule refusing operations whose estimated cost exceeds `maxCost`, so one
 * request cannot fan out into millions of subgraph rows while staying under the depth limit.
 * Every field costs 1 plus the cost of its selection, times the list size for list fields
 * (the literal `first`/`last`/`limit` argument, a variable's default, else `defaultListSize`).
 * `__typename` is free and introspection is not counted, as in the depth limit.
 */
export function costLimit(options: CostLimitOptions) {
  const defaultListSize = options.defaultListSize ?? 10;
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    const listSize = (
      args: readonly { name: { value: string }; value: ValueNode }[],
      operation: OperationDefinitionNode,
    ) => {
      for (const arg of args) {
        if (!SIZE_ARGUMENTS.has(arg.name.value)) continue;
        let value: ValueNode | undefined = arg.value;
        if (value.kind === Kind.VARIABLE) {
          const name = value.name.value;
          value = operation.variableDefinitions?.find(
            (d) => d.variable.name.value === name,
          )?.defaultValue;
        }
        if (value?.kind === Kind.INT) return Math.max(Number(value.value), 0);
      }
      return defaultListSize;
    };

    const fragmentCosts = new Map<string, number>();
    const costOf = (
      set: SelectionSetNode,
      parent: GraphQLNamedType | undefined,
      operation: OperationDefinitionNode,
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
            ? costOf(
                selection.selectionSet,
                field ? getNamedType(field.type) : undefined,
                operation,
                seen,
              )
            : 0;
          const isList = field ? isListType(getNullableType(field.type)) : false;
          const multiplier = isList ? listSize(selection.arguments ?? [], operation) : 1;
          total += 1 + multiplier * inner;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          total += costOf(selection.selectionSet, type ?? undefined, operation, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          // Memoized per operation: a fragment spread many times at many levels must not
          // make validation itself exponential.
          let cost = fragmentCosts.get(name);
          if (cost === undefined) {
            const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
            cost = costOf(fragment.selectionSet, type, operation, new Set([...seen, name]));
            fragmentCosts.set(name, cost);
          }
          total += cost;
        }
      }
      return total;
    };

    return {
      OperationDefinition(node) {
        fragmentCosts.clear();
        const root = rootType(schema, node);
        const cost = costOf(node.selectionSet, root, node, new Set());
        if (cost > options.maxCost) {
          context.reportError(
            new GraphQLError(
              `This operation's estimated cost is ${cost}; the limit is ${options.maxCost}. Ask for fewer fields or smaller pages (first/limit).`,
              { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } },
            ),
          );
        }
      },
    };
  };
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  if (operation.operation === 'mutation') return schema.getMutationType() ?? undefined;
  if (operation.operation === 'subscription') return schema.getSubscriptionType() ?? undefined;
  return schema.getQueryType() ?? undefined;
}
