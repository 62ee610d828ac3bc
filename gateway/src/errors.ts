import { createErrorFormatter, ErrorCode, type Logger } from '@aula/runtime';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The error a client sees when a subgraph cannot be reached or stops answering. It names
 * the service (so a client or an operator knows what is down) and nothing else: no URL,
 * no socket error, no stack.
 */
export function serviceUnavailable(serviceName: string): GraphQLError {
  return new GraphQLError(
    `The ${serviceName} service is not answering right now. Please try again in a moment.`,
    {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName },
    },
  );
}

/**
 * `extensions` keys that may reach a client. `@apollo/gateway` adds `serviceName` to errors
 * from subgraphs; subgraphs add details to coded errors. Whatever else the gateway attaches
 * (`response` with the subgraph's URL and raw body, `exception`, `stacktrace`) is dropped.
 */
const hiddenExtensions = new Set(['response', 'exception', 'stacktrace', 'http']);

/** graphql-js's refusal of a document past the parser's `maxTokens`, which it leaves uncoded. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th[ae][nt] \d+ tokens/;

/**
 * The gateway's `formatError`: the runtime's masking (coded errors pass, anything else
 * becomes a generic internal error and is logged), plus the subgraph's name kept on every
 * error that came from one, masked or not.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  const mask = createErrorFormatter(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (TOKEN_LIMIT.test(formatted.message))
      return {
        message: 'This document is too long to run. Send fewer fields or aliases.',
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    const serviceName = formatted.extensions?.serviceName;
    const extensions = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => !hiddenExtensions.has(key)),
    );
    const masked = mask({ ...formatted, extensions }, error);
    if (typeof serviceName !== 'string') return masked;
    return { ...masked, extensions: { ...masked.extensions, serviceName } };
  };
}
