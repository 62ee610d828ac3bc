import { TEST_ENV, TEST_TOKENS, testAccessToken } from '@aula/platform/testing';
import {
  createEventBus,
  createLogger,
  TokenVerifier,
  type Database,
  type EventBus,
  type RunningHttpServer,
  type SubgraphService,
  ServiceMetrics,
} from '@aula/runtime';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
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
 * except accounting and monitoring when `accountingUrl` / `monitoringUrl` are given.
 */
export async function startChatReplica(
  h: ChatHarness,
  options: {
    database: Database;
    accountingUrl?: string;
    /** Where it reaches monitoring (an outage hop, say). */
    monitoringUrl?: string;
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
  if (options.monitoringUrl) urls.monitoring = options.monitoringUrl;
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
    metrics: new ServiceMetrics('chat'),
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
    run: (who, query, variables) => requestAs(server.url, who, query, variables),
    async close() {
      await server.stop();
      await service.close?.();
      if (!options.bus) await bus.close();
    },
  };
}

/** Runs an operation on one chat server as `who`; throws on errors. */
export async function requestAs<T>(
  url: string,
  who: TestUser,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

/** The PostgreSQL URL of an open test database (PostgreSQL runs only). */
export async function databaseUrlOf(database: Database): Promise<string> {
  const result = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: Array<{ name: string }>;
  };
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${result.rows[0]!.name}`;
  return url.toString();
}

/** Chat running as its own process (the standalone entry), which a test can kill. */
export interface ChatProcess {
  readonly url: string;
  run<T>(who: TestUser, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** SIGKILL: no shutdown hook runs, as when a machine dies. */
  kill(): void;
}

/**
 * Starts chat as its own process on `database` and Redis, reaching the platform's subgraphs
 * (or those `env` overrides, such as `ACCOUNTING_SUBGRAPH_URL`).
 */
export async function startChatProcess(
  h: ChatHarness,
  database: Database,
  env: Record<string, string> = {},
): Promise<ChatProcess> {
  const settings: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...TEST_ENV,
    LOG_LEVEL: 'info',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: await databaseUrlOf(database),
    REDIS_URL: process.env.TEST_REDIS_URL!,
    BEDROCK_ENDPOINT: h.platform.bedrock!.url,
    AWS_ACCESS_KEY_ID: 'x',
    AWS_SECRET_ACCESS_KEY: 'x',
  };
  for (const [subgraph, server] of Object.entries(h.platform.subgraphs))
    settings[`${subgraph.toUpperCase()}_SUBGRAPH_URL`] = server.url;
  Object.assign(settings, env);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '..', '..', '..', 'subgraphs', 'chat', 'src', 'index.ts')],
    { env: settings, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(buffered);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`chat process exited with ${code}`)));
  });
  // Listening comes before the token revocation list has loaded: wait until tokens are accepted.
  const probe = { id: randomUUID(), token: testAccessToken(randomUUID(), 'STUDENT') };
  for (let tries = 0; ; tries += 1) {
    const ready = await requestAs(url, probe, '{ __typename }').then(
      () => true,
      (error: unknown) => {
        if (tries > 100) throw error;
        return false;
      },
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    run: (who, query, variables) => requestAs(url, who, query, variables),
    kill: () => child.kill('SIGKILL'),
  };
}
