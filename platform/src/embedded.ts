/**
 * `npm start`: the whole platform in one process with no external services —
 * five subgraphs and the gateway on their own ports, PGlite under ./.data,
 * in-process pub/sub (or PostgreSQL/Redis when DATABASE_URL/REDIS_URL are set).
 */
// First: tracing patches http, undici, graphql, pg and ioredis as they load (when configured).
import '@aula/runtime/src/tracing-preload';
import {
  createEventBus,
  createLogger,
  generateServiceKeys,
  onShutdown,
  openDatabase,
} from '@aula/runtime';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configuresBedrock, startLocalBedrock } from '@aula/chat';
import { loadEmbeddedConfig } from './config';
import { checkPlatformConfig, startPlatform } from './platform';

/** Secrets the embedded mode generates once and keeps beside its data, so sessions survive restarts. */
function embeddedSecrets(dataDir: string): Record<string, string> {
  const file = join(dataDir, 'secrets.json');
  const secrets: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  // A data directory from before per-service keys has only the shared secret: add the keys.
  if (secrets.JWT_SECRET && secrets.SERVICE_PRIVATE_KEYS) return secrets;
  secrets.JWT_SECRET ??= randomBytes(48).toString('base64url');
  // One signing key per service, so no service can act as another.
  secrets.SERVICE_PRIVATE_KEYS ??= generateServiceKeys().SERVICE_PRIVATE_KEYS;
  delete secrets.SERVICE_TOKEN_SECRET;
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

async function main() {
  const started = Date.now();
  const config = loadEmbeddedConfig();
  const logger = createLogger('aula', config.LOG_LEVEL);
  const dataDir = resolve(config.AULA_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const webDist = resolve(__dirname, '..', '..', 'web', 'dist');
  const env: NodeJS.ProcessEnv = {
    ...embeddedSecrets(dataDir),
    ...(existsSync(join(webDist, 'index.html')) ? { GATEWAY_WEB_DIST_DIR: webDist } : {}),
    ...config.environment,
  };

  checkPlatformConfig(env);
  // Without AWS credentials chat talks to the local Bedrock emulator (same SDK, same wire protocol).
  const localBedrock = configuresBedrock(env) ? undefined : await startLocalBedrock();
  Object.assign(env, localBedrock?.env);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: join(dataDir, 'pglite') });
  const bus = createEventBus({ redisUrl: env.REDIS_URL });
  const platform = await startPlatform({ env, database, bus, processMetrics: true }).catch(
    async (error: unknown) => {
      await localBedrock?.emulator.stop();
      await database.close();
      throw error;
    },
  );

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nAula is ready in ${seconds}s`);
  console.log(`  GraphQL (HTTP)       ${platform.url}`);
  console.log(`  GraphQL (WebSocket)  ${platform.wsUrl}`);
  if (env.GATEWAY_WEB_DIST_DIR)
    console.log(`  Web app              ${platform.url.replace(/graphql$/, '')}`);
  for (const [name, server] of Object.entries(platform.subgraphs)) {
    console.log(`  ${name.padEnd(20)} ${server.url}`);
  }
  console.log(`  Metrics              ${platform.gatewayMetricsUrl} (each subgraph: /metrics)`);
  console.log(
    `  Storage              ${database.kind === 'pglite' ? join(dataDir, 'pglite') : 'PostgreSQL (DATABASE_URL)'}`,
  );
  console.log(
    `  Pub/sub              ${bus.kind === 'redis' ? 'Redis (REDIS_URL)' : 'in-process'}`,
  );
  console.log(
    localBedrock
      ? `  Bedrock              local emulator at ${localBedrock.emulator.url} (no AWS credentials configured)\n`
      : `  Bedrock              ${env.BEDROCK_ENDPOINT ?? `AWS (${env.AWS_REGION ?? 'us-east-1'})`}\n`,
  );

  onShutdown(logger, async () => {
    await platform.stop();
    logger.debug('platform stopped');
    await localBedrock?.emulator.stop();
    logger.debug('bedrock emulator stopped');
    await bus.close();
    await database.close();
    logger.debug('storage closed');
  });
}

main().catch((error: unknown) => {
  console.error(`aula: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
