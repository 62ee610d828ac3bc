/**
 * Streams a planned answer as ConverseStream events, paced like a model: the
 * first token after the time to first token, then one token every
 * 1/rate seconds. Every wait is tied to the request's AbortSignal, so a client
 * that goes away stops the generator and leaves no timer behind.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { AnswerPlan } from './answer';
import type { StreamExceptionType } from './directives';
import type { ResponseSink } from './protocol';
import { eventFrame, exceptionFrame, writeFrame } from './protocol';

/** How one answer is delivered. */
export interface Delivery {
  /** Tokens per second; `Infinity` streams without pauses. */
  readonly tokensPerSecond: number;
  readonly timeToFirstTokenMs: number;
  /** When the request arrived (`performance.now()`), for pacing and `latencyMs`. */
  readonly startedAt: number;
  readonly inputTokens: number;
  readonly requestId: string;
  /** Raise an exception frame instead of the token with this index. */
  readonly failAt?: number;
  readonly failWith: StreamExceptionType;
  /** Send `messageStart`, then wait for the client to give up. */
  readonly hang: boolean;
}

/** Milliseconds after the request's start at which output token `index` is due. */
export function tokenDueAt(delivery: Delivery, index: number): number {
  const interval = Number.isFinite(delivery.tokensPerSecond) ? 1000 / delivery.tokensPerSecond : 0;
  return delivery.timeToFirstTokenMs + index * interval;
}

/** Waits until `offsetMs` after `startedAt`; rejects with an AbortError on abort. */
export async function waitUntil(
  startedAt: number,
  offsetMs: number,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  const remaining = startedAt + offsetMs - performance.now();
  if (remaining >= 1) await delay(remaining, undefined, { signal });
}

/** Resolves when the signal aborts; used by the hang fault, which must hold no timer. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}

/**
 * Writes the whole ConverseStream response for `plan`. Returns when the
 * response ended or the client went away (then `signal` is aborted).
 */
export async function streamAnswer(
  response: ResponseSink,
  plan: AnswerPlan,
  delivery: Delivery,
  signal: AbortSignal,
): Promise<void> {
  // Checking the signal before each write matters: writing to a response the
  // client already reset makes node:http2 raise an error instead of a no-op.
  const send = async (frame: Uint8Array) => {
    signal.throwIfAborted();
    if (!(await writeFrame(response, frame))) signal.throwIfAborted();
  };
  try {
    signal.throwIfAborted();
    response.writeHead(200, {
      'content-type': 'application/vnd.amazon.eventstream',
      'x-amzn-requestid': delivery.requestId,
    });
    if (delivery.hang) {
      await send(eventFrame('messageStart', { role: 'assistant' }));
      await untilAborted(signal);
      return;
    }
    let emitted = 0;
    const failHere = async (): Promise<boolean> => {
      if (delivery.failAt !== emitted) return false;
      await waitUntil(delivery.startedAt, tokenDueAt(delivery, emitted), signal);
      if (emitted === 0) await send(eventFrame('messageStart', { role: 'assistant' }));
      await send(exceptionFrame(delivery.failWith, failurePayload(delivery.failWith, emitted)));
      response.end();
      return true;
    };
    for (const [contentBlockIndex, block] of plan.blocks.entries()) {
      if (block.kind === 'toolUse') {
        const start = { toolUse: { toolUseId: block.toolUseId, name: block.name } };
        await send(eventFrame('contentBlockStart', { contentBlockIndex, start }));
      }
      for (const token of block.tokens) {
        if (await failHere()) return;
        await waitUntil(delivery.startedAt, tokenDueAt(delivery, emitted), signal);
        if (emitted === 0) await send(eventFrame('messageStart', { role: 'assistant' }));
        const delta = block.kind === 'text' ? { text: token } : { toolUse: { input: token } };
        await send(eventFrame('contentBlockDelta', { contentBlockIndex, delta }));
        emitted += 1;
      }
      await send(eventFrame('contentBlockStop', { contentBlockIndex }));
    }
    if (await failHere()) return;
    if (emitted === 0) {
      await waitUntil(delivery.startedAt, delivery.timeToFirstTokenMs, signal);
      await send(eventFrame('messageStart', { role: 'assistant' }));
    }
    await send(eventFrame('messageStop', { stopReason: plan.stopReason }));
    await send(
      eventFrame('metadata', {
        usage: {
          inputTokens: delivery.inputTokens,
          outputTokens: plan.outputTokens,
          totalTokens: delivery.inputTokens + plan.outputTokens,
        },
        metrics: { latencyMs: Math.round(performance.now() - delivery.startedAt) },
      }),
    );
    response.end();
  } catch (error) {
    // An abort means the client left: there is no one to report to.
    if (!signal.aborted) throw error;
  }
}

function failurePayload(type: StreamExceptionType, emitted: number) {
  const message = `The emulated model failed after ${emitted} output tokens.`;
  return type === 'modelStreamErrorException'
    ? { message, originalStatusCode: 500, originalMessage: 'Emulated model stream error.' }
    : { message };
}
