import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { networkProblem, problemFromWire, type Problem, type WireError } from './errors';

/** Where the gateway answers GraphQL over HTTP: the same origin that served the app. */
export const graphqlHttpUrl = '/graphql';

/** The gateway's graphql-ws endpoint on the same origin. */
export function graphqlWsUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/graphql`;
}

/** The raw outcome of one POST: what the server said, or a network problem. */
export type RawResult =
  | { readonly ok: true; readonly body: { data?: unknown; errors?: WireError[] } }
  | { readonly ok: false; readonly problem: Problem };

/** POSTs an operation given as text; used by the playground and by {@link request}. */
export async function postOperation(
  query: string,
  variables: Record<string, unknown> | undefined,
  token?: string,
): Promise<RawResult> {
  let response: Response;
  try {
    response = await fetch(graphqlHttpUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    return { ok: false, problem: networkProblem((error as Error).message) };
  }
  try {
    return { ok: true, body: (await response.json()) as { data?: unknown; errors?: WireError[] } };
  } catch {
    return { ok: false, problem: networkProblem(`HTTP ${response.status}`) };
  }
}

/** The outcome of a typed operation: its data, or the first problem. */
export type Result<T> =
  | { readonly data: T; readonly problem?: undefined }
  | { readonly data?: undefined; readonly problem: Problem };

/**
 * Runs a typed operation outside urql. The session plumbing (login, refresh, logout) uses it
 * because urql's own requests depend on the tokens these calls produce.
 */
export async function request<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
): Promise<Result<T>> {
  const raw = await postOperation(print(document), variables, token);
  if (!raw.ok) return { problem: raw.problem };
  if (raw.body.errors?.length) return { problem: problemFromWire(raw.body.errors) };
  if (raw.body.data == null) return { problem: networkProblem('empty response') };
  return { data: raw.body.data as T };
}
