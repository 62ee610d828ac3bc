import { authExchange } from '@urql/exchange-auth';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { refreshSession, tokenNeedsRefresh } from './auth';
import { graphqlHttpUrl, graphqlWsUrl } from './http';
import { getSession, setSession, subscribeSession } from './session';
import { setSocketStatus } from './socketStatus';

/** The urql client and the WebSocket client behind its subscriptions. */
export interface AulaClient {
  readonly client: Client;
  /** The graphql-ws client behind subscriptions, shared with tools such as the playground. */
  readonly socket: WsClient;
  /** Closes the WebSocket; call when the signed-in person changes. */
  dispose(): void;
}

/** A private close code (4000-4999 are the application's) that graphql-ws retries. */
const RENEW_CLOSE_CODE = 4205;

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
  // The gateway closes a socket with 4401 when the access token it was opened with
  // expires, and graphql-ws treats 4401 as final. So whenever the token is renewed, the
  // socket is closed with a retryable code and reopened at once with the new token;
  // graphql-ws resubscribes, and chatStream resumes with a snapshot, so nothing is lost.
  let socket: WebSocket | null = null;
  let renewing = false;
  const ws: WsClient = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    connectionParams: async () => {
      if (tokenNeedsRefresh()) await refreshSession();
      const authorization = bearer();
      return authorization ? { authorization } : {};
    },
    shouldRetry: () => getSession() !== null,
    retryAttempts: 8,
    retryWait: async (retries) => {
      if (renewing) return;
      const delay = 1000 * 2 ** retries + 300 + Math.random() * 2700;
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
    on: {
      connecting: () => setSocketStatus('connecting'),
      connected: (opened) => {
        socket = opened as WebSocket;
        renewing = false;
        setSocketStatus('connected');
      },
      closed: () => {
        socket = null;
        setSocketStatus('closed');
      },
    },
  });
  let token = getSession()?.accessToken;
  const stopWatching = subscribeSession(() => {
    const next = getSession()?.accessToken;
    if (!next || next === token) return;
    token = next;
    if (socket?.readyState === WebSocket.OPEN) {
      renewing = true;
      socket.close(RENEW_CLOSE_CODE, 'Access token renewed');
    }
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
              if (!ok && getSession()) setSession(null, 'UNAUTHENTICATED');
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

  return {
    client,
    socket: ws,
    dispose: () => {
      stopWatching();
      void ws.dispose();
    },
  };
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

/**
 * The signed-in person's graphql-ws client (the one urql's subscriptions use), or null when
 * signed out. Sharing it keeps one socket per tab, renewed with the token.
 */
export function currentSocket(): WsClient | null {
  return current?.aula.socket ?? null;
}
