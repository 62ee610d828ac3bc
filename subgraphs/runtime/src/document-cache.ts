import {
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';

/** Options for {@link createDocumentCache}. */
export interface DocumentCacheOptions {
  /** Most distinct operations kept; the least recently used is dropped past it. @default 1000 */
  readonly maxEntries?: number;
  /** The validation rules every document is checked with. @default graphql's specifiedRules */
  readonly rules?: readonly ValidationRule[];
  /** Options for graphql's `parse` (such as a token limit). */
  readonly parseOptions?: ParseOptions;
}

/** Parsed and validated operations, shared by every request that sends the same text. */
export interface DocumentCache {
  /** Parses `source`, or returns the document parsed for the same text before. Throws like `parse`. */
  parse(source: string): DocumentNode;
  /** Validates `document` against `schema` with the cache's rules, once per pair. */
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
}

/**
 * Many clients send the very same operation (every watcher of a stream subscribes with the
 * app's one document): parsing and validating it once, and sharing the immutable AST, saves
 * CPU per request and memory per open subscription. Documents are never mutated by graphql-js.
 */
export function createDocumentCache(options: DocumentCacheOptions = {}): DocumentCache {
  const max = options.maxEntries ?? 1000;
  const rules = options.rules ?? specifiedRules;
  const documents = new Map<string, DocumentNode>();
  const validated = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, readonly GraphQLError[]>>();
  return {
    parse(source) {
      const cached = documents.get(source);
      if (cached) {
        // Re-insert: Map order is the recency order the eviction below relies on.
        documents.delete(source);
        documents.set(source, cached);
        return cached;
      }
      const document = parse(source, options.parseOptions);
      documents.set(source, document);
      if (documents.size > max) documents.delete(documents.keys().next().value as string);
      return document;
    },
    validate(schema, document) {
      let bySchema = validated.get(document);
      if (!bySchema) validated.set(document, (bySchema = new WeakMap()));
      let errors = bySchema.get(schema);
      if (!errors) bySchema.set(schema, (errors = validate(schema, document, rules)));
      return errors;
    },
  };
}
