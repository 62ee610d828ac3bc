import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors';

function toDate(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('Expected an ISO 8601 date-time such as 2026-11-29T13:51:00Z.', {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return date;
}

/** `DateTime`: an ISO 8601 string in UTC on the wire, a `Date` inside resolvers. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime literals must be strings.', {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    return toDate(ast.value);
  },
});
