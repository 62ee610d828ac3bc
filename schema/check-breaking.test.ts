import { checkBreaking, coordinateOf } from './check-breaking';

const before = `
  type Query { users(first: Int, offset: Int): UserPage! }
  type UserPage { items: [String!]! totalCount: Int! }
`;
const after = `
  type Query { users(first: Int, after: String): UserConnection! }
  type UserConnection { edges: [String!]! totalCount: Int! }
`;

describe('the schema check', () => {
  it('finds breaking changes and lets through only those the ledger names', async () => {
    const unacknowledged = await checkBreaking(before, after, []);
    expect(unacknowledged.unacknowledged.map(coordinateOf).sort()).toEqual([
      'Query.users',
      'Query.users.offset',
      'UserPage',
    ]);
    const partly = await checkBreaking(before, after, [
      '- `Query.users` returns `UserConnection`, `Query.users.offset` is gone (use `after`).',
    ]);
    expect(partly.unacknowledged.map(coordinateOf)).toEqual(['UserPage']);
  });

  it('passes additions without any acknowledgement', async () => {
    const grown = `${before}\n extend type Query { me: String }`;
    const result = await checkBreaking(before, grown, []);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.unacknowledged).toEqual([]);
  });
});
