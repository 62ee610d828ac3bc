import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, testAccessToken } from '@aula/platform/testing';

/** One root field of one subgraph, turned into an operation with dummy arguments. */
export interface SweepOperation {
  readonly subgraph: string;
  readonly root: 'Query' | 'Mutation';
  readonly field: string;
  /** The field's schema description, which states who may call it. */
  readonly description: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/**
 * Reads a subgraph's own SDL through `{ _service { sdl } }` (the federation entry point every
 * subgraph answers) and builds its schema, so the sweep sees exactly what the subgraph serves.
 */
export async function subgraphSchema(url: string): Promise<GraphQLSchema> {
  const response = await graphql<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  if (!response.data) throw new Error(`no SDL from ${url}: ${JSON.stringify(response.errors)}`);
  return buildSubgraphSchema(parse(response.data._service.sdl));
}

/**
 * Every field of Query and Mutation, each as one operation with generated arguments.
 * With `id`, every ID argument and input field, optional ones too, carries that id instead of
 * a random one: how the sweep points a caller at someone else's data.
 */
export function sweepOperations(
  subgraph: string,
  schema: GraphQLSchema,
  id?: string,
): SweepOperation[] {
  const operations: SweepOperation[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name === '_entities') operations.push(...entityOperations(subgraph, schema, id));
      else operations.push({ subgraph, root, field: field.name, ...operationFor(root, field, id) });
    }
  }
  return operations;
}

/**
 * `_entities` once per entity type, with a representation `{ __typename, id }` (every Aula
 * entity is keyed by `id`), selecting the type's own scalars: what the gateway would ask.
 */
function entityOperations(subgraph: string, schema: GraphQLSchema, id?: string): SweepOperation[] {
  const entity = schema.getType('_Entity');
  if (!isUnionType(entity)) return [];
  const field = schema.getQueryType()?.getFields()._entities;
  return entity.getTypes().map((type) => ({
    subgraph,
    root: 'Query' as const,
    field: '_entities',
    description: `${type.name} ${field?.description ?? ''}`,
    query: `query Sweep($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name}${objectSelection(type)} } }`,
    variables: { r: [{ __typename: type.name, id: id ?? randomUUID() }] },
  }));
}

const isIdArgument = (type: GraphQLInputType) => getNamedType(type).name === 'ID';

function isRequired(arg: { type: GraphQLInputType; defaultValue?: unknown }): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

function operationFor(root: string, field: GraphQLField<unknown, unknown>, id?: string) {
  const required = field.args.filter(
    (arg) => isRequired(arg) || (id !== undefined && isIdArgument(arg.type)),
  );
  const variables: Record<string, unknown> = {};
  const declarations = required.map((arg, index) => {
    variables[`a${index}`] = dummyValue(arg.type, id);
    return `$a${index}: ${String(arg.type)}`;
  });
  const args = required.map((arg, index) => `${arg.name}: $a${index}`);
  const head = declarations.length ? `(${declarations.join(', ')})` : '';
  const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
  const query = `${root.toLowerCase()} Sweep${head} { ${call}${selectionFor(field)} }`;
  return { description: field.description ?? '', query, variables };
}

/** `__typename` and the argument-free scalar fields, so a leak would show in the data. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (!isObjectType(named)) return ' { __typename }';
  return objectSelection(named);
}

/**
 * The type's argument-free fields: scalars as they are, composite ones as `{ __typename }`, so
 * a field that should have been refused shows up as a non-null value.
 */
function objectSelection(named: GraphQLObjectType): string {
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.every((arg) => !isRequired(arg)))
    .map((f) => {
      const inner = getNamedType(f.type);
      return isScalarType(inner) || isEnumType(inner) ? f.name : `${f.name} { __typename }`;
    });
  return ` { __typename ${fields.join(' ')} }`;
}

/**
 * A syntactically valid value of `type`: random UUIDs for ids (or `id` when given, then also in
 * optional ID fields), strings, ones, the first enum value, input objects with required fields.
 */
export function dummyValue(type: GraphQLInputType, id?: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [dummyValue(nullable.ofType as GraphQLInputType, id)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) {
      if (isRequired(f) || (id !== undefined && isIdArgument(f.type)))
        value[f.name] = dummyValue(f.type, id);
    }
    return value;
  }
  switch (nullable.name) {
    case 'ID':
      return id ?? randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return `sweep-${randomUUID()}`;
  }
}

/**
 * The service-only operations named in `subgraphs/CONTRACTS.md`'s table, read at run time so
 * a contract added there is swept without touching this test. Rows whose callers include
 * "people" (searchMaterials) are open to people too, so they are left out.
 */
export function contractServiceOperations(): Set<string> {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'subgraphs', 'CONTRACTS.md'), 'utf8');
  const section = text.split('## Service-only operations')[1]?.split('\n## ')[0] ?? '';
  const names = [
    ...section.matchAll(/^\|\s*\w+\s*\|\s*`(\w+)\(.*?`\s*(?:\([^|]*\))?\s*\|([^|]*)\|/gm),
  ]
    .filter((m) => !/people/.test(m[2] ?? ''))
    .map((m) => m[1] as string);
  if (names.length === 0) throw new Error('CONTRACTS.md lists no service-only operations');
  return new Set(names);
}

/**
 * Creates data that belongs to someone else — an account, their conversation, a class they are
 * enrolled in, a credit grant, a chatbot draft and a course material — and returns the ids by
 * kind, for a sweep that points a caller at them. `urlOf` gives a subgraph's URL; `admin` is an
 * administrator's access token.
 */
export async function seedForeignData(
  urlOf: (subgraph: string) => string,
  admin: string,
): Promise<Record<string, string>> {
  const seed = async (
    subgraph: string,
    query: string,
    variables: Record<string, unknown>,
    token = admin,
  ) => {
    const { data, errors } = await graphql<Record<string, { id: string }>>(
      urlOf(subgraph),
      query,
      variables,
      token,
    );
    const value = data && Object.values(data)[0];
    if (!value) throw new Error(`seeding on ${subgraph} failed: ${JSON.stringify(errors)}`);
    return value.id;
  };
  const user = await seed(
    'auth',
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        email: `victim-${randomUUID()}@test.aula`,
        displayName: 'Victim',
        password: 'victim-password-1',
      },
    },
  );
  const chatSession = await seed(
    'chat',
    'mutation { startChat { id } }',
    {},
    testAccessToken(user, 'STUDENT'),
  );
  const classId = await seed(
    'monitoring',
    'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
    { i: { name: 'Victim class', studentIds: [user] } },
  );
  const creditGrant = await seed(
    'accounting',
    'mutation($u: ID!) { allocateCredits(userId: $u, amount: 5) { id } }',
    { u: user },
  );
  const chatbot = await seed(
    'content',
    'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
    { i: { name: 'Draft bot', systemPrompt: 'You are a draft.' } },
  );
  const material = await seed(
    'content',
    'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }',
    { i: { title: 'Notes', format: 'MARKDOWN', content: 'Photosynthesis makes sugar.' } },
  );
  return { user, chatSession, class: classId, creditGrant, chatbot, material };
}
