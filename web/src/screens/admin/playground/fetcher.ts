import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import type { Client as WsClient } from 'graphql-ws';
import { refreshSession, tokenNeedsRefresh } from '../../../lib/auth';
import { graphqlHttpUrl } from '../../../lib/http';
import { getSession } from '../../../lib/session';

/**
 * Sends a playground request with the signed-in person's access token, renewed first when it
 * is about to expire. An `Authorization` header typed into GraphiQL's headers editor wins, so
 * an admin can try an operation as an API key.
 */
async function fetchWithSession(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (tokenNeedsRefresh()) await refreshSession();
  const headers = new Headers(init?.headers);
  const token = getSession()?.accessToken;
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

/**
 * GraphiQL's fetcher for Aula: queries and mutations POSTed to the gateway with the session's
 * token, subscriptions over the app's own graphql-ws client (authenticated when it connects
 * and reopened whenever the token is renewed). The gateway does not stream `@defer`, so the
 * plain JSON fetcher is used instead of the multipart one.
 */
export function createPlaygroundFetcher(socket: WsClient): Fetcher {
  return createGraphiQLFetcher({
    url: graphqlHttpUrl,
    wsClient: socket,
    enableIncrementalDelivery: false,
    fetch: fetchWithSession,
  });
}
