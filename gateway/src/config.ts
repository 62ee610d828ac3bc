import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** A whole number of 0 or more with a default; 0 turns a limit off. */
const nonNegativeInt = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(0, 'expected 0 or a positive number')
    .default(fallback);

/** Everything the gateway reads from its environment. */
export const gatewayEnv = {
  ...commonEnv,
  /** Port of the public endpoint. */
  PORT: env.port(4000),
  /** Interface to listen on. */
  HOST: z.string().default('127.0.0.1'),
  /**
   * Internal port serving Prometheus metrics on `GET /metrics` (on HOST); the public port never
   * serves them. 0 picks a free port.
   */
  GATEWAY_METRICS_PORT: env.port(9464),
  /** Composed supergraph; defaults to the committed schema/supergraph.graphql. */
  GATEWAY_SUPERGRAPH_PATH: z.string().optional(),
  /** Deepest selection nesting accepted. */
  GATEWAY_MAX_QUERY_DEPTH: env.positiveInt(12),
  /** Highest estimated cost of one operation (fields × page sizes, `first` on connections included). */
  GATEWAY_MAX_QUERY_COST: env.positiveInt(5000),
  /** Most aliases in one operation. */
  GATEWAY_MAX_QUERY_ALIASES: env.positiveInt(30),
  /** Most directives in one operation. */
  GATEWAY_MAX_QUERY_DIRECTIVES: env.positiveInt(50),
  /** Most lexical tokens in one document, refused while parsing. */
  GATEWAY_MAX_QUERY_TOKENS: env.positiveInt(2000),
  /** Largest request body, in bytes. */
  GATEWAY_MAX_REQUEST_BYTES: env.positiveInt(1_000_000),
  /**
   * Operations one caller (user, API key, or client address when anonymous) may start per
   * minute, sustained, over HTTP and WebSocket together; 0 turns the limit off. Buckets live in
   * Redis when REDIS_URL is set (shared by replicas), otherwise in each replica's memory.
   */
  GATEWAY_RATE_LIMIT_PER_MINUTE: nonNegativeInt(600),
  /** Operations one caller may start at once before GATEWAY_RATE_LIMIT_PER_MINUTE applies; 0 turns the limit off. */
  GATEWAY_RATE_LIMIT_BURST: nonNegativeInt(120),
  /**
   * How long the gateway retries a lost WebSocket to a subgraph (a replica restarting or being
   * replaced) before the subscriptions on it fail with SERVICE_UNAVAILABLE; within it they are
   * re-sent and resume after the last delivered event.
   */
  GATEWAY_SUBSCRIPTION_UPSTREAM_RETRY_MS: env.positiveInt(30_000),
  /**
   * Most events queued for one client subscription that is not reading; past it the client's
   * socket is closed with 1013 (reconnect) so one slow reader never slows the others.
   */
  GATEWAY_SUBSCRIPTION_MAX_PENDING_EVENTS: env.positiveInt(1000),
  /**
   * Origins of browser integrations allowed to call the gateway from another site (CORS),
   * comma-separated, each exactly `scheme://host[:port]` (`https://lms.school.example`).
   * Unset or empty: only the gateway's own origin (the web app it serves).
   */
  GATEWAY_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine(
      (origins) =>
        origins.every((origin) => {
          try {
            const url = new URL(origin);
            return /^https?:$/.test(url.protocol) && url.origin === origin;
          } catch {
            return false;
          }
        }),
      'expected comma-separated origins such as https://lms.school.example (scheme, host and port only)',
    ),
  /** Folder of the built web app to serve at `/`; unset serves none. */
  GATEWAY_WEB_DIST_DIR: z.string().optional(),
  AUTH_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  ACCOUNTING_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  CHAT_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  MONITORING_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  CONTENT_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
};

/** Old names of renamed gateway settings, still accepted with a warning (README, Settings). */
export const gatewayRenamedSettings = {
  GATEWAY_SUPERGRAPH_PATH: 'SUPERGRAPH_PATH',
  GATEWAY_MAX_QUERY_DEPTH: 'MAX_QUERY_DEPTH',
  GATEWAY_MAX_QUERY_COST: 'MAX_QUERY_COST',
  GATEWAY_MAX_QUERY_ALIASES: 'MAX_QUERY_ALIASES',
  GATEWAY_MAX_QUERY_DIRECTIVES: 'MAX_QUERY_DIRECTIVES',
  GATEWAY_MAX_QUERY_TOKENS: 'MAX_QUERY_TOKENS',
  GATEWAY_MAX_REQUEST_BYTES: 'MAX_REQUEST_BYTES',
  GATEWAY_RATE_LIMIT_PER_MINUTE: 'RATE_LIMIT_PER_MINUTE',
  GATEWAY_RATE_LIMIT_BURST: 'RATE_LIMIT_BURST',
  GATEWAY_SUBSCRIPTION_UPSTREAM_RETRY_MS: 'SUBSCRIPTION_UPSTREAM_RETRY_MS',
  GATEWAY_SUBSCRIPTION_MAX_PENDING_EVENTS: 'SUBSCRIPTION_MAX_PENDING_EVENTS',
  GATEWAY_CORS_ORIGINS: 'CORS_ORIGINS',
  GATEWAY_WEB_DIST_DIR: 'WEB_DIST_DIR',
} as const;

/** The parsed gateway configuration. */
export type GatewayConfig = z.infer<z.ZodObject<typeof gatewayEnv>>;

/** Parses the gateway's environment once; throws one clear line when it is wrong. */
export const loadGatewayConfig = (source?: NodeJS.ProcessEnv): GatewayConfig =>
  parseConfig(gatewayEnv, source, gatewayRenamedSettings);

/** Subgraph URL overrides from the configuration, by subgraph name. */
export function subgraphUrlOverrides(config: GatewayConfig): Record<string, string> {
  const entries = Object.entries({
    auth: config.AUTH_SUBGRAPH_URL,
    accounting: config.ACCOUNTING_SUBGRAPH_URL,
    chat: config.CHAT_SUBGRAPH_URL,
    monitoring: config.MONITORING_SUBGRAPH_URL,
    content: config.CONTENT_SUBGRAPH_URL,
  }).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return Object.fromEntries(entries);
}
