import type { TokenSettings, TokenVerifier } from './auth/tokens';
import type { Database } from './db';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';
import type { EventBus } from './pubsub';
import type { Subgraph } from './subgraph';

/** What the launcher hands a subgraph's `createServer`. */
export interface SubgraphDeps<TConfig> {
  readonly config: TConfig;
  /** Already migrated for this subgraph's schema. */
  readonly database: Database;
  /** The event bus, counted into `metrics` (see instrumentBus). */
  readonly bus: EventBus;
  readonly logger: Logger;
  /** This service's Prometheus registry, served on its `/metrics`. */
  readonly metrics: ServiceMetrics;
  readonly tokens: TokenSettings;
  readonly verifier: TokenVerifier;
  /**
   * The `/graphql` URL of another subgraph by name, resolved at call time (all
   * subgraphs are listening by the time requests arrive). Use with createServiceClient.
   */
  readonly serviceUrl: (name: string) => string;
}

/** A created subgraph plus the background work it runs (reapers, schedulers). */
export interface SubgraphService extends Subgraph {
  /** Starts background work; called once the server listens. */
  startBackground?(): void;
  /** Stops background work and releases what `createServer` acquired (not the database). */
  close?(): Promise<void>;
}

/** What each subgraph package exports, so launchers treat all five alike. */
export interface SubgraphModule<TConfig> {
  readonly name: string;
  /** The PostgreSQL schema that holds this subgraph's tables. */
  readonly dbSchema: string;
  /** Absolute path of the committed drizzle-kit migrations. */
  readonly migrationsFolder: string;
  /**
   * Parses this subgraph's environment, the process's own unless given (throws ConfigError
   * with one clear line).
   */
  loadConfig(env?: NodeJS.ProcessEnv): TConfig;
  /**
   * One-off start-up work that must finish before the service accepts requests (such as
   * creating the first admin). Launchers call it after migrating and before `createServer`,
   * which keeps `createServer` free of side effects for tests.
   */
  prepare?(deps: SubgraphDeps<TConfig>): Promise<void>;
  createServer(deps: SubgraphDeps<TConfig>): SubgraphService | Promise<SubgraphService>;
}
