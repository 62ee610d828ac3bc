import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import * as accounting from './generated/accounting';
import * as auth from './generated/auth';
import * as chat from './generated/chat';
import * as content from './generated/content';
import * as monitoring from './generated/monitoring';

/** The subgraphs that own service operations. */
export type OperationOwner = 'accounting' | 'auth' | 'chat' | 'content' | 'monitoring';

/**
 * One service-only operation: the subgraph that serves it and its document, typed by GraphQL
 * Code Generator from `operations/<owner>.graphql` against the owner's schema. `ServiceClient`
 * sends it to its owner, so a caller can neither mistype a field nor ask the wrong service.
 */
export interface ServiceOperation<TResult, TVariables> {
  /** The subgraph that serves the operation. */
  readonly owner: OperationOwner;
  /** The operation's name in its `.graphql` file. */
  readonly name: string;
  /** The document text sent over the wire. */
  readonly document: string;
  /** Never set: carries the result and variables types. */
  readonly types?: { readonly result: TResult; readonly variables: TVariables };
}

/** The data an operation returns. */
export type ResultOf<O> = O extends ServiceOperation<infer R, unknown> ? R : never;
/** The variables an operation takes. */
export type VariablesOf<O> = O extends ServiceOperation<unknown, infer V> ? V : never;

type OperationsOf<M> = {
  readonly [
    K in keyof M as K extends `${infer Name}Document` ? Name : never
  ]: M[K] extends DocumentTypeDecoration<infer R, infer V> ? ServiceOperation<R, V> : never;
};

function ownedBy<M extends object>(owner: OperationOwner, generated: M): OperationsOf<M> {
  const operations: Record<string, ServiceOperation<unknown, unknown>> = {};
  for (const [key, document] of Object.entries(generated)) {
    const name = /^(\w+)Document$/.exec(key)?.[1];
    if (name) operations[name] = Object.freeze({ owner, name, document: String(document) });
  }
  return Object.freeze(operations) as OperationsOf<M>;
}

/**
 * Every service-only operation, by owner: `client.request(operations.accounting.ReserveCredits,
 * { input })`. To add one, write it in `operations/<owner>.graphql` and run `npm run codegen`.
 */
export const operations = {
  accounting: ownedBy('accounting', accounting),
  auth: ownedBy('auth', auth),
  chat: ownedBy('chat', chat),
  content: ownedBy('content', content),
  monitoring: ownedBy('monitoring', monitoring),
} as const;
