import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

const FLAG_CATEGORIES = [
  'SELF_HARM',
  'VIOLENCE',
  'SEXUAL',
  'BULLYING',
  'PERSONAL_DATA',
  'KEYWORD',
] as const;

/** Everything the monitoring subgraph reads from its environment. */
export const monitoringEnv = {
  ...commonEnv,
  /** Days an audit entry (who viewed whose conversation) is kept before the purge removes it. */
  MONITORING_AUDIT_RETENTION_DAYS: env.positiveInt(365),
  /**
   * Days a conversation its student deleted is still kept for their supervisors after its
   * last flag was raised or resolved (while a flag is open it is kept regardless).
   */
  MONITORING_FLAGGED_CONVERSATION_RETENTION_DAYS: env.positiveInt(30),
  /** Days a class activity entry (what happened, never message text) is kept for class feeds. */
  MONITORING_ACTIVITY_RETENTION_DAYS: env.positiveInt(90),
  /** Minutes between audit purges. */
  MONITORING_AUDIT_PURGE_INTERVAL_MINUTES: env.positiveInt(60),
  /** How often the webhook outbox is polled for due deliveries (milliseconds). */
  MONITORING_WEBHOOK_POLL_MS: env.positiveInt(1_000),
  /** The wait before a failed delivery's second attempt (ms); each later wait doubles, up to 64 times it. */
  MONITORING_WEBHOOK_RETRY_BASE_MS: env.positiveInt(30_000),
  /**
   * Attempts before a delivery is given up as FAILED, 1 to 20: each is listed in
   * `WebhookDelivery.attempts`, so the list stays short.
   */
  MONITORING_WEBHOOK_MAX_ATTEMPTS: z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(1, 'expected 1 to 20')
    .max(20, 'expected 1 to 20')
    .default(8),
  /** How long one attempt may wait for the receiver's answer (ms). */
  MONITORING_WEBHOOK_TIMEOUT_MS: env.positiveInt(10_000),
  /**
   * Categories whose HIGH-severity hits in a streaming answer stop that answer at once
   * (comma-separated; empty for none).
   */
  MONITORING_FLAG_STOP_CATEGORIES: z
    .string()
    .default('SELF_HARM,SEXUAL')
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.enum(FLAG_CATEGORIES, {
          message: `expected categories among ${FLAG_CATEGORIES.join(', ')}`,
        }),
      ),
    ),
  /**
   * Where flag alerts are e-mailed (`smtp://user:pass@host:587`, `smtps://…`). Unset: a
   * built-in SMTP catcher on 127.0.0.1 receives them and admins read them in the app.
   */
  MONITORING_SMTP_URL: env.url(['smtp', 'smtps']).optional(),
  /** The sender of alert e-mails. */
  MONITORING_SMTP_FROM: z.string().min(3).default('Aula safety <safety@aula.local>'),
  /** The app's public address, for the link in alert e-mails. */
  MONITORING_APP_URL: env.url(['http', 'https']).default('http://localhost:4000'),
  /** Minutes a HIGH flag may stay unacknowledged before administrators are e-mailed. */
  MONITORING_SAFETY_ESCALATION_MINUTES: z.coerce
    .number({ message: 'expected a number of minutes' })
    .positive('expected a positive number of minutes')
    .default(15),
  /** Seconds between checks for flags to escalate. */
  MONITORING_SAFETY_ESCALATION_CHECK_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .positive('expected a positive number of seconds')
    .default(30),
  /**
   * An AWS Bedrock guardrail (id or ARN) every student message and answer is also checked
   * with (`ApplyGuardrail`); unset: the local detector alone (the embedded default).
   */
  MONITORING_GUARDRAIL_ID: z.string().min(1).optional(),
  /** The guardrail's version: a number or DRAFT. */
  MONITORING_GUARDRAIL_VERSION: z
    .string()
    .regex(/^([1-9][0-9]{0,7}|DRAFT)$/, 'expected a version number or DRAFT')
    .default('DRAFT'),
  /** Longest one ApplyGuardrail call may take before the layer counts as failed, in milliseconds. */
  MONITORING_GUARDRAIL_TIMEOUT_MS: env.positiveInt(2000),
  /**
   * A Bedrock model asked (`Converse`, a classification prompt) about the texts the first layers
   * found uncertain; its cost is recorded in accounting against the school. Unset: no judge.
   */
  MONITORING_JUDGE_MODEL_ID: z.string().min(1).optional(),
  /** Longest the judge may take before its verdict is ignored (and logged), in milliseconds. */
  MONITORING_JUDGE_BUDGET_MS: env.positiveInt(1500),
  /** Overrides the Bedrock Runtime endpoint (the local emulator, a VPC endpoint). */
  BEDROCK_ENDPOINT: env.url(['http', 'https']).optional(),
  /** AWS region of Bedrock. */
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Explicit AWS credentials; when unset the SDK's default provider chain is used. */
  AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
  AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  AWS_SESSION_TOKEN: z.string().min(1).optional(),
  /** Administrators' addresses for escalations (comma-separated). */
  MONITORING_SAFETY_ADMIN_EMAILS: z
    .string()
    .default('admin@aula.local')
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
};

/** Old names of renamed monitoring settings, still accepted with a warning (README, Settings). */
export const monitoringRenamedSettings = {
  MONITORING_SMTP_URL: 'SMTP_URL',
  MONITORING_SMTP_FROM: 'SMTP_FROM',
  MONITORING_APP_URL: 'APP_URL',
  MONITORING_SAFETY_ESCALATION_MINUTES: 'SAFETY_ESCALATION_MINUTES',
  MONITORING_SAFETY_ESCALATION_CHECK_SECONDS: 'SAFETY_ESCALATION_CHECK_SECONDS',
  MONITORING_SAFETY_ADMIN_EMAILS: 'SAFETY_ADMIN_EMAILS',
  MONITORING_GUARDRAIL_ID: 'BEDROCK_GUARDRAIL_ID',
  MONITORING_GUARDRAIL_VERSION: 'BEDROCK_GUARDRAIL_VERSION',
  MONITORING_JUDGE_MODEL_ID: 'SAFETY_JUDGE_MODEL_ID',
} as const;

/** The parsed monitoring configuration. */
export type MonitoringConfig = z.infer<z.ZodObject<typeof monitoringEnv>>;

/** Parses the monitoring subgraph's environment once; throws one clear line when it is wrong. */
export const loadMonitoringConfig = (source?: NodeJS.ProcessEnv): MonitoringConfig =>
  parseConfig(monitoringEnv, source, monitoringRenamedSettings);
