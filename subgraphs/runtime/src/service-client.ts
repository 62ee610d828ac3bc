import { GraphQLError } from 'graphql';
import { request as httpRequest } from 'undici';
import { signServiceToken, type TokenSettings } from './auth/tokens';
import type { ServiceOperation } from './contracts/operations';
import { ErrorCode } from './errors';
import { injectTraceContext } from './tracing';
import { createTurnBatcher } from './turn-batch';
import { context, ROOT_CONTEXT, type Context } from '@opentelemetry/api';

/** Options for {@link createServiceClient}. */
export interface ServiceClientOptions {
  /** The calling service's name, put in its service token. */
  readonly service: string;
  readonly tokens: TokenSettings;
  /** Resolves a subgraph name to its `/graphql` URL at call time. */
  readonly serviceUrl: (name: string) => string;
  /** Per-call timeout. @default 10_000 */
  readonly timeoutMs?: number;
}

/** Calls another subgraph directly with this service's identity, or on behalf of a person. */
export interface ServiceClient {
  /**
   * Sends `operation` (from the contracts module's `operations`) to the subgraph that owns
   * it and returns its data. A coded error from the target is rethrown with the same
   * `extensions.code` and message (so, for example, `INSUFFICIENT_CREDITS` reaches the
   * student); anything else becomes `SERVICE_UNAVAILABLE`.
   */
  request<TResult, TVariables>(
    operation: ServiceOperation<TResult, TVariables>,
    variables: TVariables,
    options?: CallOptions,
  ): Promise<TResult>;
  /**
   * The same client calling with a person's own `authorization` header instead of this
   * service's token, so the owner decides what that person may see and its `FORBIDDEN` or
   * `NOT_FOUND` reaches them unchanged. Without a header the owner answers `UNAUTHENTICATED`.
   */
  onBehalfOf(authorization: string | undefined): ServiceClient;
}

/** How one call travels. */
export interface CallOptions {
  /**
   * Calls of one turn with the same affinity (say, the person the call is about) travel in the
   * same batch wherever it can hold them, so batches sent side by side have no affinity in
   * common: accounting runs each batch as one transaction holding its people's account locks
   * to the end, and two batches with nobody in common never wait for each other.
   */
  readonly affinity?: string;
}

/** Lifetime of the service tokens a client signs, in seconds. */
const SERVICE_TOKEN_TTL_SECONDS = 60;

/**
 * Most operations one batched request carries; subgraphs refuse bigger batches (createSubgraph
 * gives the HTTP server this number as `batch.maxOperations`).
 */
export const MAX_BATCH_OPERATIONS = 32;

/** How long a client sends one request per operation to a subgraph that refused a batch. */
const UNBATCHED_FOR_MS = 60_000;

/** One GraphQL-over-HTTP request body, as a single request or one element of a batch. */
interface OperationBody {
  readonly query: string;
  readonly operationName: string;
  readonly variables: unknown;
  /** W3C trace context of the call (only in a batch, where no header can carry it per call). */
  readonly extensions?: Record<string, unknown>;
}

/** What a subgraph answers to one operation. */
interface ResponseBody {
  readonly data?: unknown;
  readonly errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** An operation waiting for its batch to leave. */
interface Queued {
  readonly body: OperationBody;
  /** The caller's context: a call that leaves alone is sent in it (its trace in the header). */
  readonly context: Context;
  /** Keeps calls about the same thing in one batch (see {@link CallOptions}). */
  readonly affinity: string | undefined;
  readonly resolve: (body: ResponseBody) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Creates a {@link ServiceClient} with this service's identity: a short-lived service token,
 * signed once and reused until half its lifetime has passed (an ES256 signature here and its
 * verification at the receiver cost more CPU per call than the rest of a small request).
 *
 * Calls with this identity made in the same turn of the event loop to the same subgraph leave
 * together as one batched HTTP request (a JSON array of operations, at most
 * {@link MAX_BATCH_OPERATIONS}); the subgraph runs each as its own request and answers an array
 * in the same order, so every call still gets its own result or error. A chat replica settling
 * many answers at once sends a few requests instead of one per answer: under
 * `bench:accounting` this halved the CPU per reserve + finalize. A lone call goes as a plain
 * request. Calls on behalf of a person are never batched.
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  let token: { header: string; renewAtMs: number } | undefined;
  const authorization = () => {
    const now = Date.now();
    if (!token || now >= token.renewAtMs) {
      token = {
        header: `Bearer ${signServiceToken(options.tokens, options.service, SERVICE_TOKEN_TTL_SECONDS)}`,
        renewAtMs: now + (SERVICE_TOKEN_TTL_SECONDS * 1000) / 2,
      };
    }
    return token.header;
  };
  return clientWith(options, authorization, createBatcher(authorization));
}

function clientWith(
  options: ServiceClientOptions,
  authorization: () => string | undefined,
  batcher?: Batcher,
): ServiceClient {
  return {
    onBehalfOf: (header) => clientWith(options, () => header),
    async request<TResult, TVariables>(
      operation: ServiceOperation<TResult, TVariables>,
      variables: TVariables,
      callOptions?: CallOptions,
    ): Promise<TResult> {
      const target = operation.owner;
      const url = options.serviceUrl(target);
      const timeoutMs = options.timeoutMs ?? 10_000;
      const request: OperationBody = {
        query: operation.document,
        operationName: operation.name,
        variables,
      };
      let body: ResponseBody;
      try {
        body = batcher
          ? await batcher.send(url, timeoutMs, request, callOptions?.affinity)
          : await post(url, authorization(), timeoutMs, request);
      } catch {
        throw unavailable(target);
      }
      return resultOf<TResult>(body, target);
    },
  };
}

/** The data of one operation's response, or its error as callers should see it. */
function resultOf<TResult>(body: ResponseBody, target: string): TResult {
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && code in ErrorCode) {
      throw new GraphQLError(first.message, {
        extensions: { ...first.extensions, service: target },
      });
    }
    throw unavailable(target);
  }
  if (!body?.data) throw unavailable(target);
  return body.data as TResult;
}

/** Posts a single request or a batch; returns the parsed body and the HTTP status. */
async function postRaw(
  url: string,
  credentials: string | undefined,
  timeoutMs: number,
  payload: OperationBody | OperationBody[],
): Promise<{ status: number; body: unknown }> {
  // undici's request() on its keep-alive pool: no WHATWG Request/Response/stream
  // objects per call, which profiles showed as a large share of a small call's CPU.
  const response = await httpRequest(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credentials ? { authorization: credentials } : {}),
    },
    body: JSON.stringify(payload),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return { status: response.statusCode, body: await response.body.json() };
}

async function post(
  url: string,
  credentials: string | undefined,
  timeoutMs: number,
  request: OperationBody,
): Promise<ResponseBody> {
  return (await postRaw(url, credentials, timeoutMs, request)).body as ResponseBody;
}

/** Gathers the calls of one event-loop turn into batched requests (see createServiceClient). */
interface Batcher {
  send(
    url: string,
    timeoutMs: number,
    request: OperationBody,
    affinity: string | undefined,
  ): Promise<ResponseBody>;
}

function createBatcher(authorization: () => string): Batcher {
  /** Subgraphs that refused a batch (an older version during a rolling upgrade), until when. */
  const unbatchedUntil = new Map<string, number>();
  const turns = createTurnBatcher<Queued & { url: string; timeoutMs: number }>(
    MAX_BATCH_OPERATIONS,
    (_key, part) => {
      const { url, timeoutMs } = part[0]!;
      // Outside any caller's trace context: each call's own context is in its extensions.
      context.with(ROOT_CONTEXT, () => void sendBatch(url, timeoutMs, part));
    },
    (queued) => queued.affinity,
  );

  async function sendBatch(url: string, timeoutMs: number, part: Queued[]) {
    if (part.length === 1) {
      const [only] = part as [Queued];
      const { extensions: _inHeader, ...request } = only.body;
      return context
        .with(only.context, () => post(url, authorization(), timeoutMs, request))
        .then(only.resolve, only.reject);
    }
    let reply: { status: number; body: unknown };
    try {
      reply = await postRaw(
        url,
        authorization(),
        timeoutMs,
        part.map((queued) => queued.body),
      );
    } catch (error) {
      for (const queued of part) queued.reject(error);
      return;
    }
    const { status, body } = reply;
    if (Array.isArray(body) && body.length === part.length) {
      part.forEach((queued, index) => queued.resolve(body[index] as ResponseBody));
      return;
    }
    if (status === 400 || status === 413) {
      // Refused before anything ran: as a whole too large (413), or by a subgraph that takes one
      // operation per request (400), which is then sent single requests for a while.
      if (status === 400) unbatchedUntil.set(url, Date.now() + UNBATCHED_FOR_MS);
      for (const queued of part) void sendBatch(url, timeoutMs, [queued]);
      return;
    }
    const error = new Error(
      `a batch of ${part.length} got an answer that is not one per operation`,
    );
    for (const queued of part) queued.reject(error);
  }

  return {
    send(url, timeoutMs, request, affinity) {
      const refusedUntil = unbatchedUntil.get(url);
      if (refusedUntil !== undefined) {
        if (Date.now() < refusedUntil) return post(url, authorization(), timeoutMs, request);
        unbatchedUntil.delete(url);
      }
      // Each call keeps its own trace: the batch's HTTP span cannot stand for all of them.
      const extensions: Record<string, unknown> = {};
      injectTraceContext(extensions);
      const body = Object.keys(extensions).length ? { ...request, extensions } : request;
      return new Promise<ResponseBody>((resolve, reject) => {
        turns.add(`${timeoutMs} ${url}`, {
          url,
          timeoutMs,
          body,
          context: context.active(),
          affinity,
          resolve,
          reject,
        });
      });
    },
  };
}

function unavailable(target: string): GraphQLError {
  return new GraphQLError(
    `The ${target} service is not available right now. Please try again shortly.`,
    {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: target },
    },
  );
}
