import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  parse,
  print,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
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
   * The event types (the root field's `__typename`) forwarded as they come, without running
   * the plan: for them the subgraph is asked exactly the client's selection and the rest of the
   * plan finds nothing to fetch (a chat stream's text deltas, whose answer-started event alone
   * needs its author from auth; every event of a subscription the subgraph answers whole).
   */
  readonly forwardTypes: ReadonlySet<string>;
  /** The root field's key in the event's data. */
  readonly rootKey: string;
  /** The root field's type when it is an object type: its events may omit `__typename`. */
  readonly rootType?: string;
}

/** Whether `event` is the client's result as it stands (see SubscriptionPlan.forwardTypes). */
export function isForwarded(plan: SubscriptionPlan, event: FormattedExecutionResult): boolean {
  if (!event.data || event.errors?.length || plan.forwardTypes.size === 0) return false;
  const root = (event.data as Record<string, unknown>)[plan.rootKey];
  if (!root || typeof root !== 'object') return false;
  const type = (root as { __typename?: unknown }).__typename ?? plan.rootType;
  return typeof type === 'string' && plan.forwardTypes.has(type);
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
      ...forwardedTypes(this.apiSchema, document, operationName, node.primary.operation, node.rest),
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
      part = fieldTree(selection, fragments, spreading);
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

/** One field with its arguments, directives and selection, as {@link selectionTree} writes it. */
function fieldTree(
  selection: FieldNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: ReadonlySet<string>,
): string | null {
  const name = selection.name.value;
  const alias =
    selection.alias && selection.alias.value !== name ? `${selection.alias.value}:` : '';
  const args = selection.arguments?.length
    ? `(${selection.arguments.map((a) => `${a.name.value}:${print(a.value)}`).join(',')})`
    : '';
  const sub = selection.selectionSet
    ? selectionTree(selection.selectionSet, fragments, spreading)
    : '';
  return sub === null ? null : `${alias}${name}${args}${directives(selection.directives)}${sub}`;
}

function directives(nodes: readonly DirectiveNode[] | undefined): string {
  return nodes?.length ? nodes.map((d) => print(d)).join('') : '';
}

/**
 * The root field's key, and its concrete types whose events need nothing from the plan: the
 * client's and the fetch's selections agree once narrowed to that type (fields of the root
 * type, and the fragments that apply to it, in order), and no fetch of `rest` reads below a
 * field the type's events carry.
 */
export function forwardedTypes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  fetched: string,
  rest: PlanNode | undefined,
): Pick<SubscriptionPlan, 'forwardTypes' | 'rootKey' | 'rootType'> {
  const none = { rootKey: '', forwardTypes: new Set<string>() };
  const client = operationOf(document, operationName);
  const fetchDocument = parse(fetched, { noLocation: true });
  const fetch = operationOf(fetchDocument, undefined);
  const clientRoot = client && onlyField(client.selectionSet);
  const fetchRoot = fetch && onlyField(fetch.selectionSet);
  if (!clientRoot?.selectionSet || !fetchRoot?.selectionSet) return none;
  const rootKey = clientRoot.alias?.value ?? clientRoot.name.value;
  if ((fetchRoot.alias?.value ?? fetchRoot.name.value) !== rootKey) return none;
  const field = schema.getSubscriptionType()?.getFields()[clientRoot.name.value];
  if (!field) return { rootKey, forwardTypes: new Set() };
  const blocked = restKeys(rest, rootKey);
  if (blocked === null) return { rootKey, forwardTypes: new Set() };
  const named = getNamedType(field.type);
  const candidates: readonly GraphQLObjectType[] = isAbstractType(named)
    ? schema.getPossibleTypes(named)
    : isObjectType(named)
      ? [named]
      : [];
  const clientFragments = fragmentsOf(document);
  const fetchFragments = fragmentsOf(fetchDocument);
  const forwardTypes = new Set<string>();
  for (const type of candidates) {
    const wanted = narrowed(schema, clientRoot.selectionSet, type, clientFragments);
    const asked = narrowed(schema, fetchRoot.selectionSet, type, fetchFragments);
    if (!wanted || !asked || wanted.text !== asked.text) continue;
    if (asked.keys.some((key) => blocked.has(key))) continue;
    forwardTypes.add(type.name);
  }
  return { rootKey, forwardTypes, ...(isObjectType(named) ? { rootType: named.name } : {}) };
}

function onlyField(set: SelectionSetNode): FieldNode | undefined {
  const [first, ...others] = set.selections;
  return first?.kind === Kind.FIELD && others.length === 0 ? first : undefined;
}

/**
 * The keys directly under the root field that some fetch of `rest` reads below; null when a
 * fetch reads the root value itself, or the plan has a node this does not follow (a condition,
 * a deferred part), so that no event type is forwarded.
 */
function restKeys(rest: PlanNode | undefined, rootKey: string): Set<string> | null {
  const keys = new Set<string>();
  const visit = (node: PlanNode): boolean => {
    switch (node.kind) {
      case 'Sequence':
      case 'Parallel':
        return node.nodes.every(visit);
      case 'Flatten': {
        const path = node.path.map((element) => String(element).split('|')[0]!);
        if (path[0] !== rootKey) return false;
        const next = path.slice(1).find((element) => element !== '@' && !element.startsWith('...'));
        if (next === undefined) return false;
        keys.add(next);
        return true;
      }
      default:
        return false;
    }
  };
  return !rest || visit(rest) ? keys : null;
}

/**
 * A root selection narrowed to one concrete type: fragments that apply to it written out in
 * place, the others dropped. Null for a fragment carrying directives, or an unknown spread.
 */
function narrowed(
  schema: GraphQLSchema,
  set: SelectionSetNode,
  type: GraphQLObjectType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): { text: string; keys: string[] } | null {
  const parts: string[] = [];
  const keys: string[] = [];
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const target = schema.getType(condition);
    return !!target && isAbstractType(target) && schema.isSubType(target, type);
  };
  const walk = (selections: readonly SelectionNode[], spreading: ReadonlySet<string>): boolean => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const text = fieldTree(selection, fragments, new Set());
        if (text === null) return false;
        parts.push(text);
        keys.push(selection.alias?.value ?? selection.name.value);
        continue;
      }
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!applies(selection.typeCondition?.name.value)) continue;
        if (!walk(selection.selectionSet.selections, spreading)) return false;
        continue;
      }
      const fragment = fragments.get(selection.name.value);
      if (!fragment || spreading.has(fragment.name.value)) return false;
      if (!applies(fragment.typeCondition.name.value)) continue;
      const inner = new Set([...spreading, fragment.name.value]);
      if (!walk(fragment.selectionSet.selections, inner)) return false;
    }
    return true;
  };
  return walk(set.selections, new Set()) ? { text: parts.join(' '), keys } : null;
}
