import {
  appError,
  API_KEY_PREFIX,
  API_KEYS_REVOKED,
  createServiceClient,
  ErrorCode,
  operations,
  unauthenticated,
  type EventBus,
  type TokenSettings,
} from '@aula/runtime';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';

/** Options for {@link useApiKeys}. */
export interface ApiKeysOptions {
  readonly tokens: TokenSettings;
  /** Resolves a subgraph name (here `auth`) to its `/graphql` URL. */
  readonly serviceUrl: (name: string) => string;
  /**
   * Where auth announces revoked keys. With it, an exchanged token is reused until it nearly
   * expires (the revocation drops it at once); without it, for `cacheTtlMs` at most.
   */
  readonly bus?: EventBus;
  /** How long an exchanged token is reused for the same key when there is no bus. @default 30_000 */
  readonly cacheTtlMs?: number;
  /** How long a key auth refused is refused again without asking auth. @default 600_000 */
  readonly unknownKeyTtlMs?: number;
  /** Most keys cached at once, known and unknown each; the oldest entry goes first. @default 10_000 */
  readonly maxEntries?: number;
  /**
   * Charges the caller's address before a key is looked up (a guess costs a token like any
   * request, and a refused one is never sent to auth). Throws `RATE_LIMITED` to refuse.
   */
  readonly chargeAddress?: (clientAddress: string | undefined) => Promise<void>;
}

/** Turns `Authorization: Bearer aula_sk_…` into a short-lived access token every subgraph verifies. */
export interface ApiKeysPlugin {
  /**
   * The `Authorization` header to use for this request: unchanged unless it carries an API
   * key, in which case it is replaced by `Bearer <access token>` for that key (a JWT whose
   * `kid`/`scp` claims name the key and its scopes). A bad key is `UNAUTHENTICATED`.
   */
  authorizationFor(header: string | undefined, clientAddress?: string): Promise<string | undefined>;
  /** Stops listening for revocations. */
  close(): void;
}

interface CachedToken {
  readonly header: string;
  readonly keyId: string;
  readonly until: number;
}

/**
 * The gateway's API-key handling. Keys never reach subgraphs: the gateway asks auth
 * (`exchangeApiKey`, service identity only) for an access token and forwards that. With a
 * bus, tokens are cached per key until shortly before they expire and dropped the moment auth
 * announces the key revoked, so a busy integration costs auth one call per token lifetime;
 * without one, for `cacheTtlMs`. Keys auth refused are remembered for `unknownKeyTtlMs`, and
 * every lookup that would reach auth is first charged to the caller's address, so guessing
 * keys is rate-limited and never floods auth.
 */
export function useApiKeys(options: ApiKeysOptions): ApiKeysPlugin {
  const client = createServiceClient({
    service: 'gateway',
    tokens: options.tokens,
    serviceUrl: options.serviceUrl,
  });
  const ttl = options.bus ? Number.POSITIVE_INFINITY : (options.cacheTtlMs ?? 30_000);
  const unknownTtl = options.unknownKeyTtlMs ?? 600_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, CachedToken>();
  /** Digests of keys auth refused: its refusal, and when to ask again. */
  const unknown = new Map<string, { message: string; until: number }>();
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

  /** Asks auth for `secret`'s access token, after charging the caller's address. */
  const exchangeKey = async (
    digest: string,
    secret: string,
    clientAddress: string | undefined,
  ): Promise<string> => {
    await options.chargeAddress?.(clientAddress);
    const { exchangeApiKey } = await client
      .request(operations.auth.ExchangeApiKey, { secret })
      .catch((error: unknown) => {
        const refusal = asHttpError(error);
        if (refusal.extensions.code === ErrorCode.UNAUTHENTICATED) {
          if (unknown.size >= maxEntries) unknown.delete(unknown.keys().next().value as string);
          unknown.set(digest, { message: refusal.message, until: Date.now() + unknownTtl });
        }
        throw refusal;
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
  };
  const exchanging = new Map<string, Promise<string>>();

  return {
    async authorizationFor(header, clientAddress) {
      const secret = header ? /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] : undefined;
      if (!secret?.startsWith(API_KEY_PREFIX)) return header;
      // The cache is keyed by a digest so no secret sits in memory longer than the request.
      const digest = createHash('sha256').update(secret).digest('hex');
      const hit = cache.get(digest);
      if (hit && hit.until > Date.now()) return hit.header;
      cache.delete(digest);
      const refused = unknown.get(digest);
      if (refused && refused.until > Date.now()) throw unauthenticated(refused.message);
      unknown.delete(digest);
      // Concurrent requests with the same new key share one exchange (and one charge).
      let exchange = exchanging.get(digest);
      if (!exchange) {
        exchange = exchangeKey(digest, secret, clientAddress).finally(() =>
          exchanging.delete(digest),
        );
        exchanging.set(digest, exchange);
      }
      return exchange;
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
