import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { Logger } from '@aula/runtime';
import type { MonitoringConfig } from '../config';
import { createBedrockGuardrail } from './bedrock-guardrail';
import { createLocalDetector } from './local-detector';
import { createModelJudge, type JudgeUsage } from './model-judge';
import { createSafetyPipeline, type SafetyPipeline } from './pipeline';

/** The Bedrock Runtime client of the remote layers, from the configuration. */
export function createMonitoringBedrockClient(config: MonitoringConfig): BedrockRuntimeClient {
  const credentials =
    config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY
      ? {
          accessKeyId: config.AWS_ACCESS_KEY_ID,
          secretAccessKey: config.AWS_SECRET_ACCESS_KEY,
          sessionToken: config.AWS_SESSION_TOKEN,
        }
      : undefined;
  return new BedrockRuntimeClient({
    region: config.AWS_REGION,
    ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}),
    ...(credentials ? { credentials } : {}),
    // A safety check that waits for retries delays the flag; a failure is recorded instead.
    maxAttempts: 1,
  });
}

/**
 * The layers the configuration asks for: the local detector always, Bedrock Guardrails when
 * `MONITORING_GUARDRAIL_ID` is set, the model judge when `MONITORING_JUDGE_MODEL_ID` is set (its cost
 * recorded through `recordUsage`).
 */
export function createSafetyLayers(
  config: MonitoringConfig,
  logger: Logger,
  recordUsage: (usage: JudgeUsage) => Promise<void>,
): SafetyPipeline {
  const client =
    config.MONITORING_GUARDRAIL_ID || config.MONITORING_JUDGE_MODEL_ID
      ? createMonitoringBedrockClient(config)
      : undefined;
  const guardrail =
    client && config.MONITORING_GUARDRAIL_ID
      ? createBedrockGuardrail({
          client,
          guardrailId: config.MONITORING_GUARDRAIL_ID,
          guardrailVersion: config.MONITORING_GUARDRAIL_VERSION,
          timeoutMs: config.MONITORING_GUARDRAIL_TIMEOUT_MS,
        })
      : undefined;
  const judge =
    client && config.MONITORING_JUDGE_MODEL_ID
      ? createModelJudge({
          client,
          modelId: config.MONITORING_JUDGE_MODEL_ID,
          // The pipeline stops waiting at the budget; the call itself is abandoned a little later.
          timeoutMs: config.MONITORING_JUDGE_BUDGET_MS + 500,
          recordUsage,
          logger,
        })
      : undefined;
  logger.info(
    {
      guardrail: config.MONITORING_GUARDRAIL_ID ?? null,
      judge: config.MONITORING_JUDGE_MODEL_ID ?? null,
    },
    `safety: local detector${guardrail ? ', Bedrock Guardrails' : ''}${judge ? ', model judge' : ''}`,
  );
  return createSafetyPipeline({
    local: createLocalDetector(),
    guardrail,
    judge,
    judgeBudgetMs: config.MONITORING_JUDGE_BUDGET_MS,
    logger,
  });
}
