import { buildSchema, getNullableType, isListType, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every plain list field of the public API, as `Type.field` (connections' `edges` aside). */
function plainLists(sdl: string): string[] {
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.name !== 'edges' && isListType(getNullableType(field.type)))
        .map((field) => `${type.name}.${field.name}`),
    );
}

/**
 * Issue 10: a list that can grow is a connection; one that stays plain is bounded, and the
 * "Bounded lists" table of subgraphs/CONTRACTS.md says by what and where. A new plain list
 * fails here until it gets a row there (or becomes a connection).
 */
describe('the public API', () => {
  it('names every plain list in the bounded lists table', () => {
    const api = readFileSync(join(__dirname, 'api.graphql'), 'utf8');
    const contracts = readFileSync(join(__dirname, '..', 'subgraphs', 'CONTRACTS.md'), 'utf8');
    const table = contracts.slice(contracts.indexOf('## Bounded lists'));
    const lists = plainLists(api);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.filter((coordinate) => !table.includes(`\`${coordinate}\``))).toEqual([]);
  });
});
