import { ErrorCode } from '@aula/runtime';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType } from 'graphql';
import type { ValidationContext } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { GatewayPlugin, ResolvedOperation } from './plugin';

/** Options for {@link useOperationLimits}. Every limit applies before the operation is planned. */
export interface OperationLimitsOptions {
  /** Deepest selection nesting, in fields (fragments flattened, introspection not counted). @default 12 */
  readonly maxDepth?: number;
  /** Most aliases in one operation, fragments included. @default 30 */
  readonly maxAliases?: number;
  /** Most directives in one operation. @default 50 */
  readonly maxDirectives?: number;
  /** Most lexical tokens in one document; longer ones are refused while parsing. @default 2000 */
  readonly maxTokens?: number;
  /** Highest estimated cost (see {@link operationCost}). @default 5000 */
  readonly maxCost?: number;
  /** Items assumed for a list whose size no `first`/`last`/`limit` argument bounds. @default 10 */
  readonly defaultListSize?: number;
}

/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/**
 * Types whose list fields (`edges`, `nodes`, `items`) are already sized by the field that
 * returned the page: `users(first: 200) { items }` costs 200 items once, not 200 × 10.
 */
const PAGE_TYPE = /(Connection|Page)$/;

/**
 * The cost of one field, for graphql-query-complexity: roughly how many objects the
 * subgraphs fetch for it. A field returning an object costs `items × (1 + its selection)`;
 * a scalar costs nothing (it comes with its object). `items` is the `first`/`last`/`limit`
 * argument (literal, variable or schema default) on a list or a connection alike, else
 * `defaultListSize` for an unbounded list, else 1; the list inside a connection or page
 * (`edges`, `items`) is already counted by the field that took `first`. Introspection is free.
 */
export function connectionAwareEstimator(defaultListSize: number) {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (field.name.startsWith('__') || isLeafType(getNamedType(field.type))) return 0;
    const sized = SIZE_ARGUMENTS.map((name) => args[name]).find(
      (value): value is number => typeof value === 'number',
    );
    const isList = isListType(getNullableType(field.type));
    const items =
      sized !== undefined
        ? Math.max(sized, 0)
        : isList && !PAGE_TYPE.test(getNamedType(type).name)
          ? defaultListSize
          : 1;
    return items * (1 + childComplexity);
  };
}

/** `QUERY_TOO_COMPLEX`, answered with HTTP 400 (the error formatter drops `http`). */
function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

/**
 * graphql-armor reports its refusals as uncoded "Syntax Error: …"; report them as
 * `QUERY_TOO_COMPLEX` instead, so clients can tell a limit from a typo.
 */
const codedRejection = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
        }),
      ),
  ],
};

/** The estimated cost of a resolved operation (see {@link connectionAwareEstimator}). */
export function operationCost(operation: ResolvedOperation, defaultListSize = 10): number {
  return getComplexity({
    schema: operation.schema,
    query: operation.document,
    operationName: operation.operation.name?.value,
    variables: operation.variables as Record<string, unknown>,
    estimators: [connectionAwareEstimator(defaultListSize)],
  });
}

/**
 * Shape limits from graphql-armor (depth, aliases, directives), a token limit in the parser,
 * and a cost limit from graphql-query-complexity that knows connections. The cost runs once
 * the variables are known, so `first: $n` is priced at the value sent.
 */
export function useOperationLimits(options: OperationLimitsOptions = {}): GatewayPlugin {
  const maxCost = options.maxCost ?? 5000;
  const defaultListSize = options.defaultListSize ?? 10;
  // Apollo Server hands back the same parsed document for a repeated query, so its cost per
  // operation and variables is estimated once (it was 8% of the gateway's busy time).
  const costs = new WeakMap<object, Map<string, number>>();
  const costOf = (operation: ResolvedOperation) => {
    const key = `${operation.operation.name?.value ?? ''}\n${JSON.stringify(operation.variables)}`;
    let known = costs.get(operation.document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const cost = operationCost(operation, defaultListSize);
    if (!known || known.size >= 64) costs.set(operation.document, (known = new Map()));
    known.set(key, cost);
    return cost;
  };
  return {
    parseOptions: { maxTokens: options.maxTokens ?? 2000 },
    validationRules: [
      maxDepthRule({
        n: options.maxDepth ?? 12,
        ignoreIntrospection: true,
        flattenFragments: true,
        ...codedRejection,
      }),
      maxAliasesRule({ n: options.maxAliases ?? 30, ...codedRejection }),
      maxDirectivesRule({ n: options.maxDirectives ?? 50, ...codedRejection }),
    ],
    onResolvedOperation(operation) {
      let cost: number;
      try {
        cost = costOf(operation);
      } catch (error) {
        // Too many nodes to even estimate; other failures (bad variables) are left to
        // execution, which reports them with the right code.
        if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
          throw tooComplex('This operation has too many fields to run.');
        return;
      }
      if (cost > maxCost)
        throw tooComplex(
          `This operation's estimated cost is ${cost}; the limit is ${maxCost}. Ask for fewer fields or smaller pages (first).`,
        );
    },
  };
}
