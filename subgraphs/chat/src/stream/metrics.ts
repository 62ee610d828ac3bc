import type { ServiceMetrics } from '@aula/runtime';

/** Model-call latency buckets in seconds: a first token usually arrives well under a second. */
const FIRST_TOKEN_BUCKETS_SECONDS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20];

/** Chat's answer and model-call series. */
export interface ChatMetrics {
  /** An answer ended: `complete`, `stopped`, `failed`, `refused` (no credits) or `recovered` (its replica died). */
  answerEnded(outcome: 'complete' | 'stopped' | 'failed' | 'refused' | 'recovered'): void;
  /** A model call's first text arrived this many seconds after it started. */
  firstToken(seconds: number): void;
  /** A model call ended; `usage` is what Bedrock reported, when it did. */
  modelCall(
    ok: boolean,
    usage: { readonly inputTokens: number; readonly outputTokens: number } | undefined,
  ): void;
}

/**
 * Declares chat's series in `metrics`; `streaming` counts the answers this replica is writing
 * right now, read at scrape time.
 */
export function chatMetrics(metrics: ServiceMetrics, streaming: () => number): ChatMetrics {
  const answers = metrics.counter({
    name: 'aula_chat_answers_total',
    help: 'Answers that ended, by outcome (complete, stopped, failed, refused, recovered).',
    labelNames: ['outcome'],
  });
  const ttft = metrics.histogram({
    name: 'aula_chat_model_time_to_first_token_seconds',
    help: 'Time from starting a Bedrock ConverseStream call to its first text.',
    buckets: FIRST_TOKEN_BUCKETS_SECONDS,
  });
  const calls = metrics.counter({
    name: 'aula_chat_model_calls_total',
    help: 'Bedrock ConverseStream calls, by result (ok, error).',
    labelNames: ['result'],
  });
  const tokens = metrics.counter({
    name: 'aula_chat_model_tokens_total',
    help: 'Tokens Bedrock reported, by direction (input, output).',
    labelNames: ['direction'],
  });
  metrics.gauge({
    name: 'aula_chat_answers_streaming',
    help: 'Answers this chat replica is writing right now.',
    collect() {
      this.set(streaming());
    },
  });
  return {
    answerEnded: (outcome) => answers.inc({ outcome }),
    firstToken: (seconds) => ttft.observe(seconds),
    modelCall(ok, usage) {
      calls.inc({ result: ok ? 'ok' : 'error' });
      if (usage) {
        tokens.inc({ direction: 'input' }, usage.inputTokens);
        tokens.inc({ direction: 'output' }, usage.outputTokens);
      }
    },
  };
}
