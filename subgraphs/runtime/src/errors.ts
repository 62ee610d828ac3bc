import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';

/**
 * The closed set of error codes any Aula service puts in `extensions.code`.
 * Clients branch on these; the message is for people.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INSUFFICIENT_CREDITS: 'INSUFFICIENT_CREDITS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** One of {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
};

/** A GraphQL error with a code from {@link ErrorCode} and a message a user can act on. */
export function appError(
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): GraphQLError {
  const status = httpStatus[code];
  return new GraphQLError(message, {
    extensions: { code, ...details, ...(status ? { http: { status } } : {}) },
  });
}

/** Shorthands for the most common refusals. */
export const unauthenticated = (message = 'You must be signed in to do this.') =>
  appError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  appError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  appError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (what: string) => appError(ErrorCode.NOT_FOUND, `${what} was not found.`);

/** Codes that graphql-js and Apollo Server produce themselves and are safe to show. */
const passThroughCodes = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo Server files every validation error under `GRAPHQL_VALIDATION_FAILED`, hiding the
 * code our own rules (depth and cost limits) chose; the rule's error survives as `originalError`.
 */
function validationRuleCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'GRAPHQL_VALIDATION_FAILED') {
    return undefined;
  }
  const original = error.originalError;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return code === ErrorCode.QUERY_TOO_COMPLEX ? code : undefined;
}

/**
 * Builds a `formatError` that lets coded errors through and replaces everything else
 * (driver errors, SQL, stack traces) with a generic message, logging the original.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const ruleCode = validationRuleCode(error);
    if (ruleCode)
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: ruleCode } };
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      passThroughCodes.has(code) &&
      code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: unwrap(error), path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}
