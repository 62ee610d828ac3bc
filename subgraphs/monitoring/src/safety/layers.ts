import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { Logger } from '@aula/runtime';
import type { MonitoringConfig } from '../config';
import { createBedrockGuardrail } from './bedrock-guardrail';
import { createLocalDetector } from './local-detector';
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
 * `MONITORING_GUARDRAIL_ID` is set.
 */
export function createSafetyLayers(config: MonitoringConfig, logger: Logger): SafetyPipeline {
  const client = config.MONITORING_GUARDRAIL_ID ? createMonitoringBedrockClient(config) : undefined;
  const guardrail =
    client && config.MONITORING_GUARDRAIL_ID
      ? createBedrockGuardrail({
          client,
          guardrailId: config.MONITORING_GUARDRAIL_ID,
          guardrailVersion: config.MONITORING_GUARDRAIL_VERSION,
          timeoutMs: config.MONITORING_GUARDRAIL_TIMEOUT_MS,
        })
      : undefined;
  logger.info(
    { guardrail: config.MONITORING_GUARDRAIL_ID ?? null },
    guardrail ? 'safety: local detector and Bedrock Guardrails' : 'safety: local detector',
  );
  return createSafetyPipeline({ local: createLocalDetector(), guardrail, logger });
}
