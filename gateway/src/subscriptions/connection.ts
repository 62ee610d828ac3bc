import {
  ErrorCode,
  type Logger,
  type Principal,
  type SocketExtra,
  type TokenVerifier,
} from '@aula/runtime';
import { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { GatewayContext } from '../datasource';

/** What authenticating a socket needs. */
export interface ConnectionAuthOptions {
  readonly verifier: TokenVerifier;
  /** Replaces the `Authorization` a client sent before it is verified (API key → access token). */
  readonly authorizationFor?: (
    header: string | undefined,
    clientAddress?: string,
  ) => Promise<string | undefined>;
  readonly logger: Logger;
}

/** What the gateway keeps per client socket once it is authenticated. */
export type ConnectionState = {
  principal: Principal;
  authorization: string;
  expiry: NodeJS.Timeout;
  /** Stops listening for the caller's revocation. */
  stopRevocationWatch?: () => void;
};

/** A client socket as graphql-ws hands it over, with the gateway's state on it. */
export type Connection = SocketExtra & Partial<ConnectionState>;

/** WebSocket close code 1013 "Try Again Later": graphql-ws clients reconnect and resubscribe. */
const TRY_AGAIN_LATER = 1013;

/** How long before an exchanged token expires its socket is asked to reconnect. */
const RENEW_MARGIN_SECONDS = 5;

/** setTimeout's longest delay; longer-lived tokens re-arm the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Authenticates a socket from `connection_init` before anything is planned: a missing or
 * refused credential closes it with 4401, and so does the token expiring later. Returns
 * whether graphql-ws should acknowledge the connection.
 */
export async function authenticateConnection(
  connection: Connection,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  options: ConnectionAuthOptions,
): Promise<boolean> {
  const raw = connectionParams?.authorization;
  let authorization = typeof raw === 'string' ? raw : undefined;
  let principal: Principal | null;
  try {
    if (options.authorizationFor)
      authorization = await options.authorizationFor(authorization, connection.remoteAddress);
    principal = options.verifier.principalFromHeader(authorization);
  } catch (error) {
    const refused =
      error instanceof GraphQLError && error.extensions.code === ErrorCode.UNAUTHENTICATED;
    if (refused) connection.socket.close(CloseCode.Unauthorized, closeReason(error.message));
    else {
      // The credential could not be checked (the API-key exchange failed, or revocations
      // are stale while Redis is away): not the caller's fault, so 1013, which graphql-ws
      // clients retry. (1011 is fatal to them: they would never reconnect.)
      options.logger.error({ err: error }, 'could not check WebSocket credentials');
      connection.socket.close(TRY_AGAIN_LATER, 'Sign-in could not be checked right now');
    }
    return false;
  }
  if (!principal || !authorization) {
    connection.socket.close(
      CloseCode.Unauthorized,
      'Send connectionParams.authorization: "Bearer <token>"',
    );
    return false;
  }
  connection.principal = principal;
  connection.authorization = authorization;
  if (principal.kind !== 'service') {
    // A suspension, role change or password reset ends the socket's subscriptions at once:
    // 4401, so the client signs in (or refreshes) again rather than resubscribing blindly.
    const issuedAt = principal.issuedAt ?? 0;
    connection.stopRevocationWatch = options.verifier.revocationList?.onRevoked((event) => {
      if (event.userId === principal.userId && issuedAt <= event.revokedAt) {
        connection.socket.close(CloseCode.Unauthorized, 'Your session was ended');
      }
    });
    // A token the gateway obtained for the caller (an API key's) expires while the
    // caller's own credential is still good: close with a code clients retry, so they
    // reconnect with the same credential and get a fresh token. The caller's own token
    // expiring is final: 4401, sign in again. Renewal happens a little early, before the
    // subgraphs close their upstream sockets on the same expiry and end subscriptions.
    const renewable = authorization !== raw;
    closeWhenExpired(
      connection,
      renewable ? principal.expiresAt - RENEW_MARGIN_SECONDS : principal.expiresAt,
      renewable
        ? { code: TRY_AGAIN_LATER, reason: 'Credentials renewed: reconnect' }
        : { code: CloseCode.Unauthorized, reason: 'Access token expired' },
    );
  }
  return true;
}

/**
 * Ends the socket's timers once the client is gone (graphql-ws has already returned each of
 * its subscriptions, which leaves the shared upstream ones).
 */
export function releaseConnection(connection: Connection): void {
  clearTimeout(connection.expiry);
  connection.stopRevocationWatch?.();
}

/** What subgraphs and the HTTP pipeline learn about the socket's caller. */
export function gatewayContext(connection: Connection): GatewayContext {
  return {
    principal: connection.principal ?? null,
    authorization: connection.authorization,
    clientAddress: connection.remoteAddress,
  };
}

/** Closes the socket the moment the token it was opened with expires. */
function closeWhenExpired(
  connection: Connection,
  expiresAt: number,
  close: { code: number; reason: string },
) {
  const remaining = expiresAt * 1000 - Date.now();
  connection.expiry = setTimeout(
    () => {
      if (remaining > MAX_TIMER_MS) closeWhenExpired(connection, expiresAt, close);
      else connection.socket.close(close.code, close.reason);
    },
    Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
  );
}

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(message: string): string {
  return Buffer.byteLength(message) <= 123 ? message : 'Invalid access token';
}
