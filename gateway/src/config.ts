import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the gateway reads from its environment. */
export const gatewayEnv = {
  ...commonEnv,
  /** Port of the public endpoint. */
  PORT: env.port(4000),
  /** Interface to listen on. */
  HOST: z.string().default('127.0.0.1'),
  /** Composed supergraph; defaults to the committed schema/supergraph.graphql. */
  SUPERGRAPH_PATH: z.string().optional(),
  /** Deepest selection nesting accepted. */
  MAX_QUERY_DEPTH: env.positiveInt(12),
  /** Highest estimated cost of one operation (fields × list sizes). */
  MAX_QUERY_COST: env.positiveInt(5000),
  /** Largest request body, in bytes. */
  MAX_REQUEST_BYTES: env.positiveInt(1_000_000),
  /** Folder of the built web app to serve at `/`; unset serves none. */
  WEB_DIST_DIR: z.string().optional(),
  AUTH_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  ACCOUNTING_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  CHAT_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  MONITORING_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
  CONTENT_SUBGRAPH_URL: env.url(['http', 'https']).optional(),
};

/** The parsed gateway configuration. */
export type GatewayConfig = z.infer<z.ZodObject<typeof gatewayEnv>>;

/** Parses the gateway's environment once; throws one clear line when it is wrong. */
export const loadGatewayConfig = (source: NodeJS.ProcessEnv): GatewayConfig =>
  parseConfig(gatewayEnv, source);

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
