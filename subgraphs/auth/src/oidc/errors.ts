import { appError, ErrorCode } from '@aula/runtime';
import type { GraphQLError } from 'graphql';
import * as oidc from 'openid-client';

/** Codes openid-client gives when the provider could not be reached or did not answer in time. */
const UNREACHABLE_CODES = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT']);

/** Whether an openid-client failure means the provider is down or unreachable (not a bad answer). */
export function isProviderUnreachable(error: unknown): boolean {
  if (!(error instanceof oidc.ClientError)) return isFailedFetch(error);
  if (error.code && UNREACHABLE_CODES.has(error.code)) return true;
  // A failed fetch (refused, reset, DNS) surfaces as a ClientError without a code around the TypeError.
  if (!error.code && isFailedFetch(error.cause)) return true;
  // A 5xx from the discovery or token endpoint: the provider is having trouble.
  const status = (error.cause as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 500;
}

/**
 * The error a person sees for a failed exchange with the provider: SERVICE_UNAVAILABLE when it
 * could not be reached, else UNAUTHENTICATED with what was wrong (never the raw error).
 */
export function providerFailure(providerName: string, error: unknown): GraphQLError {
  if (isProviderUnreachable(error)) {
    return appError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `${providerName} cannot be reached right now. Try again in a few minutes.`,
    );
  }
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
    return appError(
      ErrorCode.UNAUTHENTICATED,
      `${providerName} refused the sign-in (${error.error}). Start again.`,
    );
  }
  const detail = error instanceof oidc.ClientError ? error.message : 'unexpected answer';
  return appError(
    ErrorCode.UNAUTHENTICATED,
    `${providerName}'s answer could not be verified (${detail}). Start again.`,
  );
}

/** fetch's own failure (by name: it may come from another realm, where `instanceof` fails). */
function isFailedFetch(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'TypeError' && typeof message === 'string' && /fetch failed/i.test(message);
}
