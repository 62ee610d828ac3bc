import {
  ErrorCode,
  ExpirySchedule,
  type Expiring,
  type Logger,
  type Principal,
  type SocketExtra,
  type TokenRevocation,
  type TokenVerifier,
} from '@aula/runtime';
import { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
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
  /** When the socket closes because its token expires, on the shared {@link ConnectionWatch}. */
  expiry?: SocketExpiry;
};

/** A client socket as graphql-ws hands it over, with the gateway's state on it. */
export type Connection = SocketExtra & Partial<ConnectionState>;

/** WebSocket close code 1013 "Try Again Later": graphql-ws clients reconnect and resubscribe. */
const TRY_AGAIN_LATER = 1013;

/** How long before an exchanged token expires its socket is asked to reconnect. */
const RENEW_MARGIN_SECONDS = 5;

/**
 * Authenticates a socket from `connection_init` before anything is planned: a missing or
 * refused credential closes it with 4401, and so does the token expiring later. Returns
 * whether graphql-ws should acknowledge the connection.
 */
export async function authenticateConnection(
  connection: Connection,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  options: ConnectionAuthOptions,
  watch: ConnectionWatch,
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
    // A suspension, role change or password reset ends the socket's subscriptions at once
    // (4401, so the client signs in or refreshes again rather than resubscribing blindly).
    // A token the gateway obtained for the caller (an API key's) expires while the
    // caller's own credential is still good: close with a code clients retry, so they
    // reconnect with the same credential and get a fresh token. The caller's own token
    // expiring is final: 4401, sign in again. Renewal happens a little early, before the
    // subgraphs close their upstream sockets on the same expiry and end subscriptions.
    const renewable = authorization !== raw;
    watch.add(
      connection,
      renewable
        ? new SocketExpiry(
            (principal.expiresAt - RENEW_MARGIN_SECONDS) * 1000,
            connection.socket,
            TRY_AGAIN_LATER,
            'Credentials renewed: reconnect',
          )
        : new SocketExpiry(
            principal.expiresAt * 1000,
            connection.socket,
            CloseCode.Unauthorized,
            'Access token expired',
          ),
    );
  }
  return true;
}

/**
 * Closes authenticated sockets when their token expires (4401, or 1013 for a token the gateway
 * exchanged) and when their person's tokens are revoked (4401): one timer and one revocation
 * listener for every socket, not a timer and a listener each.
 */
export class ConnectionWatch {
  private readonly expiries = new ExpirySchedule();
  /** Open people's sockets, by user id, for revocations. */
  private readonly byUser = new Map<string, Set<Connection>>();
  private readonly stopRevocations?: () => void;

  constructor(verifier: TokenVerifier) {
    this.stopRevocations = verifier.revocationList?.onRevoked((event) => this.revoked(event));
  }

  /** Watches an authenticated person's (or API key's) socket until {@link release}. */
  add(connection: Connection, expiry: SocketExpiry): void {
    const principal = connection.principal;
    // A client gone while its credential was being checked has been released already.
    if (!principal || principal.kind === 'service' || connection.socket.readyState > 1) return;
    connection.expiry = expiry;
    this.expiries.add(expiry);
    let sockets = this.byUser.get(principal.userId);
    if (!sockets) this.byUser.set(principal.userId, (sockets = new Set()));
    sockets.add(connection);
  }

  /**
   * Stops watching a socket once the client is gone (graphql-ws has already returned each of
   * its subscriptions, which leaves the shared upstream ones).
   */
  release(connection: Connection): void {
    if (connection.expiry) this.expiries.delete(connection.expiry);
    const principal = connection.principal;
    if (!principal || principal.kind === 'service') return;
    const sockets = this.byUser.get(principal.userId);
    if (sockets?.delete(connection) && sockets.size === 0) this.byUser.delete(principal.userId);
  }

  /** Stops the timer and the revocation listener. */
  close(): void {
    this.stopRevocations?.();
    this.expiries.clear();
    this.byUser.clear();
  }

  private revoked(event: TokenRevocation): void {
    for (const connection of this.byUser.get(event.userId) ?? []) {
      const principal = connection.principal;
      if (principal && principal.kind !== 'service' && (principal.issuedAt ?? 0) <= event.revokedAt)
        connection.socket.close(CloseCode.Unauthorized, 'Your session was ended');
    }
  }
}

/** A socket that closes when its token expires. */
class SocketExpiry implements Expiring {
  constructor(
    readonly expiresAtMs: number,
    private readonly socket: WebSocket,
    private readonly code: number,
    private readonly reason: string,
  ) {}

  expire(): void {
    this.socket.close(this.code, this.reason);
  }
}

/** What subgraphs and the HTTP pipeline learn about the socket's caller. */
export function gatewayContext(connection: Connection): GatewayContext {
  return {
    principal: connection.principal ?? null,
    authorization: connection.authorization,
    clientAddress: connection.remoteAddress,
  };
}

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(message: string): string {
  return Buffer.byteLength(message) <= 123 ? message : 'Invalid access token';
}
