import { authExchange } from '@urql/exchange-auth';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { refreshSession, tokenNeedsRefresh } from './auth';
import { graphqlHttpUrl, graphqlWsUrl } from './http';
import { getSession, setSession } from './session';
import { setSocketStatus } from './socketStatus';

/** The urql client and the WebSocket client behind its subscriptions. */
export interface AulaClient {
  readonly client: Client;
  /** Closes the WebSocket; call when the signed-in person changes. */
  dispose(): void;
}

function bearer(): string | undefined {
  const session = getSession();
  return session ? `Bearer ${session.accessToken}` : undefined;
}

/**
 * Builds the client for one signed-in person: HTTP for queries and mutations with the
 * bearer token, graphql-ws for subscriptions (authenticated in connection_init), the
 * token renewed before it expires, and a failed session sent back to sign-in.
 */
export function createAulaClient(): AulaClient {
  const ws: WsClient = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    connectionParams: async () => {
      if (tokenNeedsRefresh()) await refreshSession();
      const authorization = bearer();
      return authorization ? { authorization } : {};
    },
    // The server closes the socket when the access token expires; reconnecting picks up
    // the renewed token, and graphql-ws resubscribes every active subscription.
    shouldRetry: () => getSession() !== null,
    retryAttempts: 8,
    on: {
      connecting: () => setSocketStatus('connecting'),
      connected: () => setSocketStatus('connected'),
      closed: () => setSocketStatus('closed'),
    },
  });

  const client = new Client({
    url: graphqlHttpUrl,
    // POST only: the gateway's CSRF protection refuses simple GET requests, and tokens
    // in query strings would end up in logs.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          const codes = error.graphQLErrors.map((e) => e.extensions?.code);
          if (codes.includes('UNAUTHENTICATED') && getSession()) {
            // Still refused after authExchange tried to refresh: the session is over.
            void refreshSession().then((ok) => {
              if (!ok && getSession())
                setSession(null, 'Your session has ended. Please sign in again.');
            });
          }
        },
      }),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const authorization = bearer();
          return authorization
            ? utils.appendHeaders(operation, { Authorization: authorization })
            : operation;
        },
        willAuthError: () => tokenNeedsRefresh(),
        didAuthError: (error) =>
          error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
          (error.response as { status?: number } | undefined)?.status === 401,
        async refreshAuth() {
          await refreshSession();
        },
      })),
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });

  return { client, dispose: () => void ws.dispose() };
}

let current: { userId: string; aula: AulaClient } | null = null;

/**
 * The client for `userId`, created on first use. A different person (or none) disposes the
 * previous client, so one person's cache and socket never serve the next.
 */
export function clientFor(userId: string | null): Client | null {
  if (current && current.userId !== userId) {
    current.aula.dispose();
    current = null;
  }
  if (!userId) return null;
  current ??= { userId, aula: createAulaClient() };
  return current.aula.client;
}
