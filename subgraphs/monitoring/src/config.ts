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
  /** Minutes between audit purges. */
  MONITORING_AUDIT_PURGE_INTERVAL_MINUTES: env.positiveInt(60),
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
};

/** The parsed monitoring configuration. */
export type MonitoringConfig = z.infer<z.ZodObject<typeof monitoringEnv>>;

/** Parses the monitoring subgraph's environment once; throws one clear line when it is wrong. */
export const loadMonitoringConfig = (source: NodeJS.ProcessEnv): MonitoringConfig =>
  parseConfig(monitoringEnv, source);
