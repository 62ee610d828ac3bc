import {
  createServiceClient,
  createSubgraph,
  createSupervisionDirectory,
  operations,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphService,
} from '@aula/runtime';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parse } from 'graphql';
import { AccountService } from './accounts';
import { createAccessTokenSigner, type AccessTokenSigner } from './access-tokens';
import { ApiKeyRegistry } from './api-keys';
import { loadAuthConfig, type AuthConfig } from './config';
import type { AuthSubgraphContext } from './context';
import { ensureFirstAdmin } from './first-admin';
import { pruneAuthTables } from './housekeeping';
import { createPasswordHasher } from './passwords';
import { resolvers } from './resolvers';
import { TokenRevoker } from './revocations';
import { SessionStore } from './sessions';
import { LoginThrottle } from './throttle';
import { createSingleSignOn, pruneSingleSignOn } from './oidc';
import { createLti } from './lti';

/** auth's part of the graph, read from its `schema.graphql`. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** How often dead refresh-token families are removed. */
const PRUNE_EVERY_MS = 10 * 60_000;

/** The path the public signing keys are served on, by auth and (proxied) by the gateway. */
export const JWKS_PATH = '/.well-known/jwks.json';

function signerFor(deps: SubgraphDeps<AuthConfig>): AccessTokenSigner {
  return createAccessTokenSigner({
    ...deps.tokens,
    privateKey: deps.tokens.privateKey ?? deps.config.JWT_PRIVATE_KEY,
  });
}

const hasherFor = (config: AuthConfig) =>
  createPasswordHasher({
    memoryKiB: config.AUTH_ARGON2_MEMORY_KIB,
    timeCost: config.AUTH_ARGON2_PASSES,
  });

/** Builds the auth subgraph. No side effects: nothing listens until `listen`. */
export function createServer(deps: SubgraphDeps<AuthConfig>): SubgraphService {
  const { config, database } = deps;
  const db = database.db;
  const signer = signerFor(deps);
  const hasher = hasherFor(config);
  const throttle = new LoginThrottle({
    accountFreeFailures: config.AUTH_LOGIN_ACCOUNT_FREE_FAILURES,
    addressFreeFailures: config.AUTH_LOGIN_ADDRESS_FREE_FAILURES,
    lockoutSeconds: config.AUTH_LOGIN_LOCKOUT_SECONDS,
    slowDownSeconds: config.AUTH_LOGIN_SLOW_DOWN_SECONDS,
    windowSeconds: config.AUTH_LOGIN_FAILURE_WINDOW_SECONDS,
    redisUrl: config.REDIS_URL,
    keyPrefix: config.AUTH_LOGIN_THROTTLE_KEY_PREFIX,
  });
  const sessions = new SessionStore(db, signer, {
    accessTokenTtlSeconds: config.AUTH_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: config.AUTH_REFRESH_TOKEN_TTL_DAYS,
  });
  const keys = new ApiKeyRegistry(db, signer, deps.bus, config.AUTH_API_KEY_TOKEN_TTL_SECONDS);
  const revoker = new TokenRevoker(
    db,
    deps.bus,
    Math.max(config.AUTH_ACCESS_TOKEN_TTL_SECONDS, config.AUTH_API_KEY_TOKEN_TTL_SECONDS),
  );
  const sso = createSingleSignOn({
    db,
    sessions,
    logger: deps.logger,
    secretKeyMaterial:
      config.AUTH_SSO_SECRET_KEY ??
      deps.tokens.secret ??
      deps.tokens.privateKey ??
      config.JWT_PRIVATE_KEY ??
      '',
    publicUrl: config.AUTH_PUBLIC_URL,
    trustedProxies: config.AUTH_TRUSTED_PROXIES,
    timeoutSeconds: config.AUTH_SSO_TIMEOUT_SECONDS,
  });
  const accounts = new AccountService(
    db,
    hasher,
    throttle,
    sessions,
    keys,
    revoker,
    sso.passwordGate,
  );
  const services = createServiceClient({
    service: 'auth',
    tokens: deps.tokens,
    serviceUrl: deps.serviceUrl,
  });
  const supervision = createSupervisionDirectory({ client: services, bus: deps.bus });
  const lti = createLti({
    db,
    sessions,
    logger: deps.logger,
    toolUrl: config.AUTH_PUBLIC_URL,
    timeoutSeconds: config.AUTH_LTI_TIMEOUT_SECONDS,
    applyRoster: async (input) =>
      (await services.request(operations.monitoring.ApplyLmsRoster, { input })).applyLmsRoster,
    canLink: async (authorization, id) =>
      (await services.onBehalfOf(authorization).request(operations.content.ChatbotForLink, { id }))
        .chatbot !== null,
  });
  const auth = {
    accounts,
    sessions,
    keys,
    revoker,
    supervision,
    sso: sso.services,
    lti: lti.services,
    selfRegistration: config.AUTH_SELF_REGISTRATION,
  };

  const jwks = JSON.stringify(signer.jwks());
  const routes = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== JWKS_PATH)
      return (await sso.routes(req, res)) || lti.routes(req, res);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=300');
    res.end(jwks);
    return true;
  };

  const subgraph = createSubgraph<AuthSubgraphContext>({
    name: 'auth',
    typeDefs,
    resolvers,
    verifier: deps.verifier,
    metrics: deps.metrics,
    logger: deps.logger,
    routes,
    trustedProxies: config.AUTH_TRUSTED_PROXIES,
    extendContext: (base) => ({ ...base, db, auth, signedInNow: new Set<string>() }),
    readiness: [{ name: 'database', check: () => database.ping() }],
    start: () => supervision.start(),
  });
  let pruning: NodeJS.Timeout | undefined;
  return {
    ...subgraph,
    startBackground() {
      // The first unknown-email sign-in must not cost more than the rest (it would reveal itself).
      void hasher.verifyDummy('warm-up');
      const prune = () =>
        Promise.all([pruneAuthTables(db), pruneSingleSignOn(db), lti.prune()]).catch(
          (error: unknown) =>
            deps.logger.warn({ err: error }, 'pruning auth tables failed; will retry'),
        );
      pruning = setInterval(prune, PRUNE_EVERY_MS);
      pruning.unref();
    },
    async close() {
      clearInterval(pruning);
      supervision.close();
      await throttle.close();
    },
  };
}

/**
 * Start-up work before auth serves: refuses a signing configuration that would mint unusable
 * tokens, and creates the first administrator when there is none.
 */
export async function prepareAuth(deps: SubgraphDeps<AuthConfig>): Promise<void> {
  signerFor(deps);
  await ensureFirstAdmin({
    db: deps.database.db,
    hasher: hasherFor(deps.config),
    logger: deps.logger,
    email: deps.config.AUTH_ADMIN_EMAIL,
    password: deps.config.AUTH_ADMIN_PASSWORD,
  });
}

/** The auth subgraph, as launchers see it. */
export const authModule: SubgraphModule<AuthConfig> = {
  name: 'auth',
  dbSchema: 'auth',
  migrationsFolder: join(__dirname, '..', 'drizzle'),
  loadConfig: loadAuthConfig,
  prepare: prepareAuth,
  createServer,
};
