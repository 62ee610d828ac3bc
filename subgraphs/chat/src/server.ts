import {
  createServiceClient,
  createSubgraph,
  createSupervisionDirectory,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphService,
} from '@aula/runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { ConversationAccess } from './access';
import { CreditReservations } from './accounting';
import { awsCredentials, createBedrockClient } from './bedrock';
import { ChatService } from './chat-service';
import { loadChatConfig, type ChatConfig } from './config';
import type { ChatSubgraphContext } from './context';
import { resolvers } from './resolvers';
import { RetentionHold } from './retention';
import type { PipelineDeps } from './stream/pipeline';
import { AnswerHeartbeats } from './stream/heartbeat';
import { chatMetrics } from './stream/metrics';
import { announceLostEnds } from './stream/lost-ends';
import { LambdaClients } from './custom-tools/lambda';
import { recoverOrphans } from './stream/orphans';
import { SettlementOutbox } from './stream/outbox';
import { GenerationRegistry } from './stream/registry';
import { warmTokenizer } from './tokens';
import { createSnapshotStore } from './stream/snapshot';
import { SendTargets } from './send-targets';

/** Time a reservation's deadline allows past the streaming limit, to store and settle the answer. */
const RESERVATION_SETTLE_SECONDS = 60;

/** chat's part of the graph, read from its `schema.graphql`. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the chat subgraph. No side effects: nothing listens, no bus subscription or Redis
 * connection is made and no background work runs until `listen`/`startBackground`.
 */
export async function createServer(deps: SubgraphDeps<ChatConfig>): Promise<SubgraphService> {
  const { config, logger, bus } = deps;
  const db = deps.database.db;
  if (!config.REDIS_URL && bus.kind === 'redis') {
    logger.warn(
      'REDIS_URL is not set for chat while the event bus uses Redis: late-join snapshots stay in this replica',
    );
  }
  const snapshots = createSnapshotStore({ redisUrl: config.REDIS_URL });
  const services = createServiceClient({
    service: 'chat',
    tokens: deps.tokens,
    serviceUrl: deps.serviceUrl,
  });
  const isAvailable = (name: string) => {
    try {
      deps.serviceUrl(name);
      return true;
    } catch {
      return false;
    }
  };
  // "Cannot tell now" is SERVICE_UNAVAILABLE here, not FORBIDDEN: a supervisor's stream the
  // gateway subscribes again while monitoring is away is then asked again, not ended for good.
  const directory = createSupervisionDirectory({
    client: services,
    bus,
    whenUnreachable: 'unavailable',
  });
  const access = new ConversationAccess(
    directory,
    services,
    () => isAvailable('monitoring'),
    logger,
  );
  const retention = new RetentionHold(db, services, () => isAvailable('monitoring'), logger);
  const bedrock = createBedrockClient(config);
  const lambda = new LambdaClients(awsCredentials(config));
  const registry = new GenerationRegistry(bus, logger);
  const credits = new CreditReservations(services);
  const outbox = new SettlementOutbox(db, credits, logger, {
    retryMs: config.CHAT_SETTLEMENT_RETRY_MS,
  });
  const heartbeats = new AnswerHeartbeats(
    bus,
    logger,
    () => registry.ids(),
    config.CHAT_ANSWER_HEARTBEAT_MS,
  );
  // Named at once: a replica that dies within its first interval still leaves a trace.
  registry.onRegister(() => heartbeats.beatSoon());
  const pipeline: PipelineDeps = {
    db,
    bus,
    snapshots,
    logger,
    bedrock,
    registry,
    credits,
    outbox,
    content: services,
    lambda,
    coalesceMs: config.CHAT_STREAM_COALESCE_MS,
    maxDurationMs: config.CHAT_MAX_STREAMING_SECONDS * 1000,
    maxToolRounds: config.CHAT_MAX_TOOL_ROUNDS,
    retryMs: config.CHAT_SETTLEMENT_RETRY_MS,
    metrics: chatMetrics(deps.metrics, () => registry.ids().length),
  };
  const chat = new ChatService(pipeline, access, services, isAvailable, {
    maxMessageChars: config.CHAT_MAX_MESSAGE_CHARS,
    messagesPerMinute: config.CHAT_MESSAGES_PER_MINUTE,
    maxConcurrentStreams: config.CHAT_MAX_CONCURRENT_STREAMS,
    historyMessages: config.CHAT_HISTORY_MESSAGES,
    reservationSeconds: config.CHAT_MAX_STREAMING_SECONDS + RESERVATION_SETTLE_SECONDS,
  });
  const sendTargets = new SendTargets();
  // The Claude encoder takes a few hundred milliseconds to build: not during the first answer.
  warmTokenizer();
  const subgraph = createSubgraph<ChatSubgraphContext>({
    name: 'chat',
    typeDefs,
    resolvers,
    verifier: deps.verifier,
    metrics: deps.metrics,
    logger,
    extendContext: (base) => ({
      ...base,
      db,
      bus,
      snapshots,
      access,
      chat,
      sendTargets,
      services,
      isAvailable,
      outbox,
      retention,
      unrecordedHoldMs: config.CHAT_UNRECORDED_HOLD_SECONDS * 1000,
    }),
    readiness: [
      { name: 'database', check: () => deps.database.ping() },
      { name: 'bus', check: () => bus.ping() },
    ],
    start: async () => {
      await registry.listen();
      await directory.start();
    },
  });

  let sweeper: NodeJS.Timeout | undefined;
  let holdSweeper: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> = Promise.resolve();
  return {
    ...subgraph,
    startBackground() {
      outbox.start();
      void heartbeats
        .start()
        .catch((error: unknown) =>
          logger.error({ err: error }, 'could not start answer heartbeats'),
        );
      sweeper = setInterval(() => {
        sweeping = recoverOrphans(pipeline, heartbeats)
          .then(() => announceLostEnds(pipeline, heartbeats))
          .catch((error: unknown) =>
            logger.warn({ err: error }, 'orphaned answer recovery failed'),
          );
      }, config.CHAT_ANSWER_HEARTBEAT_MS);
      holdSweeper = setInterval(
        () =>
          void retention
            .sweep()
            .catch((error: unknown) =>
              logger.warn({ err: error }, 'held conversation sweep failed'),
            ),
        HOLD_SWEEP_MS,
      );
      holdSweeper.unref();
      sweeper.unref();
    },
    async close() {
      clearInterval(sweeper);
      clearInterval(holdSweeper);
      await sweeping;
      // Running answers are stopped and settled before the database goes away.
      await registry.close();
      heartbeats.stop();
      await outbox.stop();
      lambda.destroy();
      directory.close();
      await snapshots.close();
      bedrock.destroy();
    },
  };
}

/** How often conversations a flag holds are checked for deletion (holds are counted in days). */
const HOLD_SWEEP_MS = 5 * 60_000;

/** The chat subgraph, as launchers see it. */
export const chatModule: SubgraphModule<ChatConfig> = {
  name: 'chat',
  dbSchema: 'chat',
  migrationsFolder: join(__dirname, '..', 'drizzle'),
  loadConfig: loadChatConfig,
  createServer,
};

export { configuresBedrock, startLocalBedrock, type LocalBedrock } from './local-bedrock';
