import {
  appError,
  API_KEY_PREFIX,
  API_KEYS_REVOKED,
  createServiceClient,
  ErrorCode,
  unauthenticated,
  type EventBus,
  type TokenSettings,
} from '@aula/runtime';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';

/** Options for {@link createApiKeyExchanger}. */
export interface ApiKeyExchangerOptions {
  readonly tokens: TokenSettings;
  /** Resolves a subgraph name (here `auth`) to its `/graphql` URL. */
  readonly serviceUrl: (name: string) => string;
  /** Where auth announces revoked keys; without it a revoked key works until its cache entry expires. */
  readonly bus?: EventBus;
  /** How long an exchanged token is reused for the same key. @default 30_000 */
  readonly cacheTtlMs?: number;
  /** Most keys cached at once; the oldest entry goes first. @default 10_000 */
  readonly maxEntries?: number;
}

/** Turns `Authorization: Bearer aula_sk_…` into a short-lived access token every subgraph verifies. */
export interface ApiKeyExchanger {
  /**
   * The `Authorization` header to use for this request: unchanged unless it carries an API
   * key, in which case it is replaced by `Bearer <access token>` for that key (a JWT whose
   * `kid`/`scp` claims name the key and its scopes). A bad key is `UNAUTHENTICATED`.
   */
  authorizationFor(header: string | undefined): Promise<string | undefined>;
  /** Stops listening for revocations. */
  close(): void;
}

interface CachedToken {
  readonly header: string;
  readonly keyId: string;
  readonly until: number;
}

/**
 * Creates the gateway's API-key handling. Keys never reach subgraphs: the gateway asks auth
 * (`exchangeApiKey`, service identity only) for an access token and forwards that. Tokens are
 * cached per key for `cacheTtlMs`, and dropped the moment auth announces the key revoked on
 * the bus, so revocation takes effect at once when the gateway shares auth's bus and within
 * `cacheTtlMs` otherwise.
 */
export function createApiKeyExchanger(options: ApiKeyExchangerOptions): ApiKeyExchanger {
  const client = createServiceClient({
    service: 'gateway',
    tokens: options.tokens,
    serviceUrl: options.serviceUrl,
  });
  const ttl = options.cacheTtlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, CachedToken>();
  let unsubscribe: (() => void) | undefined;
  let closed = false;
  void options.bus
    ?.subscribe(API_KEYS_REVOKED, (event) => {
      const revoked = new Set(event.keyIds);
      for (const [digest, entry] of cache) if (revoked.has(entry.keyId)) cache.delete(digest);
    })
    .then((stop) => {
      if (closed) stop();
      else unsubscribe = stop;
    });

  return {
    async authorizationFor(header) {
      const secret = header ? /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] : undefined;
      if (!secret?.startsWith(API_KEY_PREFIX)) return header;
      // The cache is keyed by a digest so no secret sits in memory longer than the request.
      const digest = createHash('sha256').update(secret).digest('hex');
      const hit = cache.get(digest);
      if (hit && hit.until > Date.now()) return hit.header;
      cache.delete(digest);
      const { exchangeApiKey } = await client
        .request<{ exchangeApiKey: { accessToken: string; expiresAt: string; keyId: string } }>(
          'auth',
          'query($secret: String!) { exchangeApiKey(secret: $secret) { accessToken expiresAt keyId } }',
          { secret },
        )
        .catch((error: unknown) => {
          throw asHttpError(error);
        });
      const entry: CachedToken = {
        header: `Bearer ${exchangeApiKey.accessToken}`,
        keyId: exchangeApiKey.keyId,
        // Never hand out a token in its last seconds: a subgraph might see it expire mid-request.
        until: Math.min(Date.now() + ttl, new Date(exchangeApiKey.expiresAt).getTime() - 10_000),
      };
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(digest, entry);
      return entry.header;
    },
    close() {
      closed = true;
      unsubscribe?.();
    },
  };
}

/**
 * Errors from auth lose their HTTP status on the way here; the gateway answers before
 * planning, so give them back one: 401 for a bad key, 503 when auth cannot answer.
 */
function asHttpError(error: unknown): GraphQLError {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (code === ErrorCode.UNAUTHENTICATED) return unauthenticated((error as GraphQLError).message);
  const unavailable = appError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'API keys cannot be checked right now because the auth service is not available. Please try again shortly.',
    { service: 'auth' },
  );
  return new GraphQLError(unavailable.message, {
    extensions: { ...unavailable.extensions, http: { status: 503 } },
  });
}
