import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import {
  Kind,
  parse,
  print,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Service name the cloned primary fetch is routed to: a stand-in that hands back the
 * event which arrived over the WebSocket, so that only the `rest` of the plan goes out
 * over HTTP — including fetches to the owning subgraph itself.
 */
export const EVENT_SOURCE = '__subscription_event__';

/** The operation as `executeQueryPlan` takes it (not exported by name from `@apollo/gateway`). */
type OperationContext = ReturnType<typeof buildOperationContext>;

/** What the gateway needs to run one subscription operation. */
export interface SubscriptionPlan {
  /** The subgraph that owns the subscription field. */
  readonly service: string;
  /** The subscription to forward to {@link service} over graphql-ws. */
  readonly primary: FetchNode;
  /** Run once per event: the primary fetch (served by {@link EVENT_SOURCE}) then the rest. */
  readonly eventPlan: QueryPlan;
  readonly operationContext: OperationContext;
  /**
   * The subgraph's event is the client's result as it arrives: the plan fetches nothing
   * else and the subgraph is asked for exactly the client's selection (same fields, aliases,
   * arguments, directives and type conditions, in order), so an event without errors is
   * forwarded without running the plan.
   */
  readonly forward: boolean;
}

/** How many distinct operations keep their plan; past that the oldest is planned again. */
const PLAN_CACHE_SIZE = 500;

/**
 * Plans subscriptions with Apollo's query planner over the same supergraph the gateway
 * serves. `@apollo/gateway` plans subscriptions but refuses to run them; this keeps the
 * plan and hands its parts to the WebSocket path.
 */
export class SubscriptionPlanner {
  /** The public schema clients validate against. */
  readonly apiSchema: GraphQLSchema;
  /** The full supergraph schema `executeQueryPlan` needs for entity representations. */
  readonly supergraphSchema: GraphQLSchema;
  /** Routing URL of each subgraph as written in the supergraph, by name. */
  readonly routingUrls: Readonly<Record<string, string>>;
  private readonly api: Schema;
  private readonly planner: QueryPlanner;
  private readonly cache = new Map<string, SubscriptionPlan>();
  /** Plans by document object: cached documents are shared, so most lookups skip `print`. */
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, SubscriptionPlan>>();

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.api = supergraph.apiSchema();
    this.apiSchema = this.api.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.routingUrls = Object.fromEntries(
      supergraph.subgraphsMetadata().map(({ name, url }) => [name, url]),
    );
  }

  /** The API schema in Apollo's own representation, as `executeQueryPlan` takes it. */
  get apiSchemaInternal(): Schema {
    return this.api;
  }

  /**
   * Plans a validated subscription document. Throws when the operation is not a
   * subscription, which callers have ruled out before.
   */
  plan(document: DocumentNode, operationName?: string | null): SubscriptionPlan {
    let plans = this.byDocument.get(document);
    if (!plans) this.byDocument.set(document, (plans = new Map()));
    const known = plans.get(operationName ?? '');
    if (known) return known;
    const key = `${operationName ?? ''}\n${print(document)}`;
    const cached = this.cache.get(key);
    if (cached) {
      plans.set(operationName ?? '', cached);
      return cached;
    }

    const operation = operationFromDocument(this.api, document, {
      operationName: operationName ?? undefined,
    });
    const queryPlan = this.planner.buildQueryPlan(operation);
    const node = queryPlan.node;
    if (node?.kind !== 'Subscription')
      throw new Error('The operation did not plan as a subscription.');

    const standIn: FetchNode = { ...node.primary, serviceName: EVENT_SOURCE };
    const plan: SubscriptionPlan = {
      service: node.primary.serviceName,
      primary: node.primary,
      eventPlan: {
        kind: 'QueryPlan',
        node: node.rest ? { kind: 'Sequence', nodes: [standIn, node.rest] } : standIn,
      },
      operationContext: buildOperationContext({
        schema: this.apiSchema,
        operationDocument: document,
        operationName: operationName ?? undefined,
      }),
      forward: !node.rest && selectsTheSame(document, operationName, node.primary.operation),
    };
    if (this.cache.size >= PLAN_CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, plan);
    plans.set(operationName ?? '', plan);
    return plan;
  }
}

/**
 * Whether the subgraph fetch `fetched` asks for exactly what the client's operation selects:
 * the same selection tree once fragment spreads are written out in place. Anything the
 * planner changed (a `__typename` it added, fields it merged, a fragment it dropped) makes it
 * false, and the event then goes through the plan.
 */
export function selectsTheSame(
  document: DocumentNode,
  operationName: string | null | undefined,
  fetched: string,
): boolean {
  const client = operationOf(document, operationName);
  const fetchDocument = parse(fetched, { noLocation: true });
  const fetch = operationOf(fetchDocument, undefined);
  if (!client || !fetch) return false;
  const tree = (op: OperationDefinitionNode, doc: DocumentNode) =>
    selectionTree(op.selectionSet, fragmentsOf(doc), new Set());
  const wanted = tree(client, document);
  return wanted !== null && wanted === tree(fetch, fetchDocument);
}

function operationOf(
  document: DocumentNode,
  name: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((op) => op.name?.value === name) : operations[0];
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/** A selection set as one string, fragment spreads written out; null for an unknown or cyclic spread. */
function selectionTree(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: ReadonlySet<string>,
): string | null {
  const parts: string[] = [];
  for (const selection of set.selections) {
    let part: string | null;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const alias =
        selection.alias && selection.alias.value !== name ? `${selection.alias.value}:` : '';
      const args = selection.arguments?.length
        ? `(${selection.arguments.map((a) => `${a.name.value}:${print(a.value)}`).join(',')})`
        : '';
      const sub = selection.selectionSet
        ? selectionTree(selection.selectionSet, fragments, spreading)
        : '';
      part =
        sub === null ? null : `${alias}${name}${args}${directives(selection.directives)}${sub}`;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const sub = selectionTree(selection.selectionSet, fragments, spreading);
      part =
        sub === null
          ? null
          : `...on ${selection.typeCondition?.name.value ?? ''}${directives(selection.directives)}${sub}`;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || spreading.has(name)) return null;
      const sub = selectionTree(fragment.selectionSet, fragments, new Set([...spreading, name]));
      part =
        sub === null
          ? null
          : `...on ${fragment.typeCondition.name.value}${directives(selection.directives)}${sub}`;
    }
    if (part === null) return null;
    parts.push(part);
  }
  return `{${parts.join(' ')}}`;
}

function directives(nodes: readonly DirectiveNode[] | undefined): string {
  return nodes?.length ? nodes.map((d) => print(d)).join('') : '';
}
