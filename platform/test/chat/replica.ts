import { TEST_ENV, TEST_TOKENS } from '@aula/platform/testing';
import {
  createEventBus,
  createLogger,
  TokenVerifier,
  type Database,
  type EventBus,
  type RunningHttpServer,
  type SubgraphService,
} from '@aula/runtime';
import { join } from 'node:path';
import { loadChatConfig } from '@aula/chat/src/config';
import { createServer } from '@aula/chat/src/server';
import type { ChatHarness, TestUser } from './harness';

/** A chat replica a test runs beside the platform, with its own database and accounting route. */
export interface ChatReplica {
  readonly url: string;
  readonly wsUrl: string;
  readonly service: SubgraphService;
  /** Runs an operation on this replica as `who`; throws on errors. */
  run<T>(who: TestUser, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts chat on `database` (its migrations applied), reaching the platform's subgraphs
 * except accounting, which it reaches at `accountingUrl` (an outage hop, say).
 */
export async function startChatReplica(
  h: ChatHarness,
  options: {
    database: Database;
    accountingUrl?: string;
    env?: Record<string, string>;
    bus?: EventBus;
  },
): Promise<ChatReplica> {
  await options.database.migrate({
    schema: 'chat',
    migrationsFolder: join(__dirname, '..', '..', '..', 'subgraphs', 'chat', 'drizzle'),
  });
  const urls: Record<string, string> = Object.fromEntries(
    Object.entries(h.platform.subgraphs).map(([name, server]) => [name, server.url]),
  );
  if (options.accountingUrl) urls.accounting = options.accountingUrl;
  const bus = options.bus ?? createEventBus();
  const service = await createServer({
    config: loadChatConfig({
      ...TEST_ENV,
      BEDROCK_ENDPOINT: h.platform.bedrock!.url,
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      ...options.env,
    }),
    database: options.database,
    bus,
    logger: createLogger('chat-replica', 'silent'),
    tokens: TEST_TOKENS,
    verifier: new TokenVerifier(TEST_TOKENS),
    serviceUrl: (name) => urls[name]!,
  });
  const server: RunningHttpServer = await service.listen({ port: 0, host: '127.0.0.1' });
  service.startBackground?.();
  return {
    url: server.url,
    wsUrl: server.wsUrl,
    service,
    async run<T>(who: TestUser, query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data!;
    },
    async close() {
      await server.stop();
      await service.close?.();
      if (!options.bus) await bus.close();
    },
  };
}
