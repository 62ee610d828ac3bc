import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type ASTNode } from 'graphql';
import { parse as parseYaml } from 'yaml';

/**
 * The schema is a product: every type, field, argument and enum value that a subgraph
 * publishes carries a description, and names follow GraphQL conventions.
 */
const schemaDir = join(__dirname, '..', '..', 'schema');
const config = parseYaml(readFileSync(join(schemaDir, 'supergraph.yaml'), 'utf8')) as {
  subgraphs: Record<string, { schema: string }>;
};

const described = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.FIELD_DEFINITION,
  Kind.INPUT_VALUE_DEFINITION,
  Kind.ENUM_VALUE_DEFINITION,
]);
const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);

describe.each(Object.entries(config.subgraphs))('%s schema.graphql', (_name, entry) => {
  const document = parse(readFileSync(join(schemaDir, entry.schema), 'utf8'));

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    const path: string[] = [];
    visit(document, {
      enter(node: ASTNode) {
        const named = 'name' in node && node.name ? node.name.value : undefined;
        if (named && described.has(node.kind)) {
          path.push(named);
          const isRootOrExtension =
            node.kind === Kind.OBJECT_TYPE_EXTENSION ||
            (node.kind === Kind.OBJECT_TYPE_DEFINITION && rootTypes.has(named));
          if (!isRootOrExtension && !('description' in node && node.description?.value.trim())) {
            missing.push(path.join('.'));
          }
        }
      },
      leave(node: ASTNode) {
        if ('name' in node && node.name && described.has(node.kind)) path.pop();
      },
    });
    expect(missing).toEqual([]);
  });

  it('follows GraphQL naming conventions', () => {
    const wrong: string[] = [];
    visit(document, {
      ObjectTypeDefinition: (node) =>
        void (/^[A-Z][A-Za-z0-9]*$/.test(node.name.value) || wrong.push(node.name.value)),
      InputObjectTypeDefinition: (node) =>
        void (/^[A-Z][A-Za-z0-9]*$/.test(node.name.value) || wrong.push(node.name.value)),
      EnumTypeDefinition: (node) =>
        void (/^[A-Z][A-Za-z0-9]*$/.test(node.name.value) || wrong.push(node.name.value)),
      FieldDefinition: (node) =>
        void (/^[a-z_][A-Za-z0-9]*$/.test(node.name.value) || wrong.push(node.name.value)),
      EnumValueDefinition: (node) =>
        void (/^[A-Z][A-Z0-9_]*$/.test(node.name.value) || wrong.push(node.name.value)),
    });
    expect(wrong).toEqual([]);
  });
});
