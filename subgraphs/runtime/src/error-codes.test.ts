import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { ErrorCode } from './errors';

describe('the error code vocabulary', () => {
  it('is published in schema/api.graphql exactly as the runtime defines it', () => {
    const api = buildSchema(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));
    const published = api.getType('ErrorCode');
    expect(published).toBeInstanceOf(GraphQLEnumType);
    const values = (published as GraphQLEnumType).getValues();
    expect(values.map((value) => value.name).sort()).toEqual(Object.keys(ErrorCode).sort());
    for (const value of values) expect(value.description).toBeTruthy();
  });
});
