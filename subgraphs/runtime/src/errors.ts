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
  PASSWORD_SIGN_IN_DISABLED: 'PASSWORD_SIGN_IN_DISABLED',
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
    // Retrying later cures a transient failure: say so; anything else is our fault.
    const transient = isTransientFailure(unwrap(error));
    if (transient) logger.warn({ err: unwrap(error), path: formatted.path }, 'transient failure');
    else logger.error({ err: unwrap(error), path: formatted.path }, 'unexpected error in resolver');
    return {
      message: transient
        ? 'The service is busy or restarting. Please try again in a moment.'
        : 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: transient ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR,
      },
    };
  };
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/** Node socket errors that mean a dependency is unreachable right now. */
const unreachable = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * Whether `error` (or one it wraps) is a failure that retrying later can cure: no database
 * connection free in time, a database that is down, restarting or out of connections
 * (SQLSTATE classes 08, 53, 57P0x), a deadlock or serialization failure, an unreachable socket.
 * Clients see `SERVICE_UNAVAILABLE` for these instead of an internal error.
 */
export function isTransientFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (unreachable.has(code)) return true;
      if (/^(08|53)[0-9A-Z]{3}$|^57P0[1-3]$|^40001$|^40P01$/.test(code)) return true;
    }
    if (
      typeof message === 'string' &&
      /timeout exceeded when trying to connect|Connection terminated/.test(message)
    )
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
