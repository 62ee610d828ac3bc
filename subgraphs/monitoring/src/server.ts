import {
  createServiceClient,
  createSubgraph,
  operations,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphService,
} from '@aula/runtime';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { purgeOldActivity, startActivityRecorder } from './activity-log';
import { purgeExpiredAccess } from './audit';
import { loadMonitoringConfig, type MonitoringConfig } from './config';
import type { MonitoringContext } from './context';
import { startFlagWatcher } from './flag-watcher';
import { startWebhookDispatcher } from './webhooks/dispatcher';
import { createWebhookSources } from './webhooks/sources';
import { createChatGateway } from './interventions';
import { createKeywordSource } from './keywords';
import { createPeopleDirectory } from './people';
import { resolvers } from './resolvers';
import { createFlagAlerts } from './alerts';
import { startMailer, type Mailer } from './mail';
import { createSafetyLayers } from './safety/layers';

/** monitoring's part of the graph, read from its `schema.graphql`. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the monitoring subgraph. No side effects: nothing listens and no bus
 * subscription is made until `listen` and `startBackground`.
 */
export function createServer(deps: SubgraphDeps<MonitoringConfig>): SubgraphService {
  const flagsRaised = deps.metrics.counter({
    name: 'aula_monitoring_flags_raised_total',
    help: 'Safety flags raised, by category and severity (counted on the replica that stored each).',
    labelNames: ['category', 'severity'],
  });
  const client = createServiceClient({
    service: 'monitoring',
    tokens: deps.tokens,
    serviceUrl: deps.serviceUrl,
  });
  const people = createPeopleDirectory(client);
  const chat = createChatGateway(client);
  const subgraph = createSubgraph<MonitoringContext>({
    name: 'monitoring',
    typeDefs,
    resolvers,
    verifier: deps.verifier,
    metrics: deps.metrics,
    logger: deps.logger,
    extendContext: (base) => ({
      ...base,
      db: deps.database.db,
      bus: deps.bus,
      people,
      chat,
      flaggedRetentionDays: deps.config.MONITORING_FLAGGED_CONVERSATION_RETENTION_DAYS,
      escalationMinutes: deps.config.MONITORING_SAFETY_ESCALATION_MINUTES,
    }),
    readiness: [
      { name: 'database', check: () => deps.database.ping() },
      { name: 'bus', check: () => deps.bus.ping() },
    ],
  });

  const webhookSources = createWebhookSources({
    db: deps.database.db,
    bus: deps.bus,
    logger: deps.logger,
  });
  let webhookListener: Promise<() => void> | undefined;
  let dispatcher: ReturnType<typeof startWebhookDispatcher> | undefined;
  let watcher: Promise<{ close(): void }> | undefined;
  let recorder: Promise<{ close(): void }> | undefined;
  let mailer: Promise<Mailer> | undefined;
  let escalationTimer: NodeJS.Timeout | undefined;
  let purgeTimer: NodeJS.Timeout | undefined;
  const purge = () =>
    Promise.all([
      purgeExpiredAccess(
        deps.database.db,
        deps.config.MONITORING_AUDIT_RETENTION_DAYS,
        deps.logger,
      ).catch((error: unknown) => deps.logger.error({ err: error }, 'audit purge failed')),
      purgeOldActivity(deps.database.db, deps.config.MONITORING_ACTIVITY_RETENTION_DAYS).catch(
        (error: unknown) => deps.logger.error({ err: error }, 'class activity purge failed'),
      ),
    ]);

  return {
    ...subgraph,
    startBackground() {
      mailer = startMailer({
        smtpUrl: deps.config.MONITORING_SMTP_URL,
        from: deps.config.MONITORING_SMTP_FROM,
        db: deps.database.db,
        logger: deps.logger,
      });
      const alerts = mailer.then((m) => {
        deps.logger.info({ mail: m.description }, 'flag alerts are e-mailed');
        return createFlagAlerts({
          db: deps.database.db,
          mailer: m,
          auth: client,
          logger: deps.logger,
          appUrl: deps.config.MONITORING_APP_URL,
          adminEmails: deps.config.MONITORING_SAFETY_ADMIN_EMAILS,
        });
      });
      alerts.catch((error: unknown) =>
        deps.logger.error({ err: error }, 'flag alerts cannot be e-mailed'),
      );
      const escalate = () =>
        alerts
          .then((a) => a.escalateOverdue(deps.config.MONITORING_SAFETY_ESCALATION_MINUTES * 60_000))
          .catch((error: unknown) => deps.logger.error({ err: error }, 'flag escalation failed'));
      escalationTimer = setInterval(
        () => void escalate(),
        deps.config.MONITORING_SAFETY_ESCALATION_CHECK_SECONDS * 1000,
      );
      escalationTimer.unref();
      watcher = startFlagWatcher({
        onRaised: (flag) => {
          flagsRaised.inc({ category: flag.category, severity: flag.severity });
          void webhookSources.flagRaised(flag);
          void alerts
            .then((a) => a.flagRaised(flag))
            .catch((error: unknown) =>
              deps.logger.error({ err: error, flagId: flag.id }, 'flag alert e-mail failed'),
            );
        },
        db: deps.database.db,
        bus: deps.bus,
        logger: deps.logger,
        keywords: createKeywordSource({
          db: deps.database.db,
          content: client,
          logger: deps.logger,
        }),
        safety: createSafetyLayers(deps.config, deps.logger, async (usage) => {
          await client.request(operations.accounting.RecordServiceUsage, {
            input: {
              clientKey: usage.clientKey,
              purpose: 'safety-judge',
              modelId: usage.modelId,
              inputTokens: usage.inputTokens,
              outputTokens: usage.outputTokens,
              onBehalfOf: usage.studentId ?? null,
            },
          });
        }),
        stopCategories: new Set(deps.config.MONITORING_FLAG_STOP_CATEGORIES),
        chat,
      });
      watcher.catch((error: unknown) =>
        deps.logger.error({ err: error }, 'could not watch chat activity for flags'),
      );
      webhookListener = webhookSources.listen();
      webhookListener.catch((error: unknown) =>
        deps.logger.error({ err: error }, 'could not listen for webhook events'),
      );
      dispatcher = startWebhookDispatcher({
        db: deps.database.db,
        logger: deps.logger,
        settings: {
          pollMs: deps.config.MONITORING_WEBHOOK_POLL_MS,
          retryBaseMs: deps.config.MONITORING_WEBHOOK_RETRY_BASE_MS,
          maxAttempts: deps.config.MONITORING_WEBHOOK_MAX_ATTEMPTS,
          timeoutMs: deps.config.MONITORING_WEBHOOK_TIMEOUT_MS,
        },
      });
      recorder = startActivityRecorder({
        db: deps.database.db,
        bus: deps.bus,
        logger: deps.logger,
      });
      recorder.catch((error: unknown) =>
        deps.logger.error({ err: error }, 'could not record class activity'),
      );
      void purge();
      purgeTimer = setInterval(
        () => void purge(),
        deps.config.MONITORING_AUDIT_PURGE_INTERVAL_MINUTES * 60_000,
      );
      purgeTimer.unref();
    },
    async close() {
      clearInterval(purgeTimer);
      clearInterval(escalationTimer);
      await (await mailer?.catch(() => undefined))?.close();
      (await watcher?.catch(() => undefined))?.close();
      (await recorder?.catch(() => undefined))?.close();
      (await webhookListener?.catch(() => undefined))?.();
      await dispatcher?.close();
    },
  };
}

/** The monitoring subgraph, as launchers see it. */
export const monitoringModule: SubgraphModule<MonitoringConfig> = {
  name: 'monitoring',
  dbSchema: 'monitoring',
  migrationsFolder: join(__dirname, '..', 'drizzle'),
  loadConfig: loadMonitoringConfig,
  createServer,
};
