/** The most bytes chat reads of one tool's answer (the protocol's envelope included). */
export const MAX_RESPONSE_BYTES = 65_536;

/** How a call failed before or outside the tool's own answer. */
export type CallFailureKind = 'TIMEOUT' | 'UNREACHABLE' | 'RESPONSE_TOO_LARGE';

/** A failed call, classified for the audit and explained for the model. */
export class ToolCallFailure extends Error {
  constructor(
    readonly kind: CallFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** What one outbound call may do. */
export interface OutboundLimits {
  /** Aborts the call: the tool's timeout, or the answer being stopped. */
  readonly signal: AbortSignal;
  /** Whether `signal` fired because the timeout passed (not because the answer stopped). */
  readonly timedOut: () => boolean;
  readonly timeoutMs: number;
}

/**
 * A `fetch` that reaches only `allowed` (the URL an administrator configured: no redirects, no
 * other address, whatever the server answers) and reads at most {@link MAX_RESPONSE_BYTES} of
 * each response body, failing the read beyond that. `tooLarge` records that it happened, and
 * `signal` (the limits' signal, also fired then) ends the exchange at once: a protocol client
 * that only sees a broken body might otherwise wait for its timeout.
 */
export function guardedFetch(allowed: URL, limits: OutboundLimits) {
  const state = { tooLarge: false };
  const cut = new AbortController();
  const exchange = AbortSignal.any([limits.signal, cut.signal]);
  const guarded = async (input: string | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof URL ? input.href : input);
    if (url.href !== allowed.href) {
      throw new ToolCallFailure('UNREACHABLE', 'The tool tried to reach another address.');
    }
    const signal = init?.signal ? AbortSignal.any([init.signal, exchange]) : exchange;
    const response = await fetch(url, { ...init, redirect: 'error', signal });
    if (!response.body) return response;
    let read = 0;
    const capped = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read += chunk.byteLength;
          if (read > MAX_RESPONSE_BYTES) {
            state.tooLarge = true;
            cut.abort();
            controller.error(
              new ToolCallFailure('RESPONSE_TOO_LARGE', 'The tool answered with too much data.'),
            );
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(capped, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetch: guarded, state, signal: exchange };
}

/**
 * Turns whatever a call threw into a {@link ToolCallFailure}: the timeout, an oversized answer,
 * or a server that could not be reached or did not speak the protocol.
 */
export function classifyFailure(
  error: unknown,
  limits: OutboundLimits,
  tooLarge: boolean,
): ToolCallFailure {
  if (error instanceof ToolCallFailure) return error;
  if (tooLarge)
    return new ToolCallFailure('RESPONSE_TOO_LARGE', 'The tool answered with too much data.');
  if (limits.timedOut())
    return new ToolCallFailure('TIMEOUT', `The tool did not answer within ${limits.timeoutMs} ms.`);
  return new ToolCallFailure('UNREACHABLE', 'The tool’s server could not be reached.');
}
