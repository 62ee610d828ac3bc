import { env, parseConfig } from '@aula/runtime';

/** What `npm start` reads for itself; each service parses its own settings from the same environment. */
export const embeddedEnv = {
  /** Where the embedded PGlite database and the generated secrets are kept. */
  AULA_DATA_DIR: env.path('.data'),
  /** pino log level of the launcher and every service in the process. */
  LOG_LEVEL: env.logLevel(),
};

/** The launcher's settings plus the environment every service of the process parses. */
export interface EmbeddedConfig {
  readonly AULA_DATA_DIR: string;
  readonly LOG_LEVEL: string;
  /** A copy of the process environment, handed to each service's `loadConfig`. */
  readonly environment: NodeJS.ProcessEnv;
}

/** Parses the launcher's environment once (the process's own unless given). */
export function loadEmbeddedConfig(source: NodeJS.ProcessEnv = process.env): EmbeddedConfig {
  return { ...parseConfig(embeddedEnv, source), environment: { ...source } };
}

/** The port an embedded subgraph listens on: `<NAME>_PORT` (`AUTH_PORT` …), else its default. */
export function embeddedPort(source: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const variable = `${name.toUpperCase()}_PORT`;
  return parseConfig({ [variable]: env.port(fallback) }, source)[variable] as number;
}
