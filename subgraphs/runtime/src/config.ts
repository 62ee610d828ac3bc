import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { createLogger, type Logger } from './logger';
import { parseRedisUrl } from './redis';

/** Raised when the environment does not describe a runnable service. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Settings renamed under the naming rule, new name → the old name operators may still deploy
 * with. The old name is a deprecated alias: read when the new one is unset, with a warning.
 */
export type RenamedSettings = Readonly<Record<string, string>>;

/** Old names already warned about in this process (each service parses its settings again). */
const warnedAliases = new Set<string>();
let aliasLogger: Logger | undefined;

/**
 * `env` with each renamed setting's old name copied to its new name where only the old one is
 * set. Warns once per old name and process, so an operator knows what to rename.
 */
export function withRenamedSettings(
  renamed: RenamedSettings,
  env: NodeJS.ProcessEnv = process.env,
  /** Where the warning goes; a `config` logger on stdout by default. */
  logger?: Pick<Logger, 'warn'>,
): NodeJS.ProcessEnv {
  const source: NodeJS.ProcessEnv = { ...env };
  for (const [current, old] of Object.entries(renamed)) {
    if (env[old] === undefined) continue;
    const ignored = env[current] !== undefined;
    if (!ignored) source[current] = env[old];
    if (warnedAliases.has(old)) continue;
    warnedAliases.add(old);
    const sink = logger ?? (aliasLogger ??= createLogger('config', 'warn'));
    sink.warn(
      { setting: old, renamedTo: current },
      ignored
        ? `${old} was renamed ${current}, which is also set: ${old} is ignored; remove it`
        : `${old} was renamed ${current}; the old name still works for now, rename it`,
    );
  }
  return source;
}

/**
 * Parses `env` with `shape` once, at start-up. Any bad or missing value becomes one
 * line naming the variable and what it expects, so an operator can fix it at a glance.
 * `renamed` lists the settings whose old names are still accepted (see {@link withRenamedSettings}).
 */
export function parseConfig<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
  renamed: RenamedSettings = {},
): z.infer<z.ZodObject<S>> {
  const source = withRenamedSettings(renamed, env);
  const result = z.object(shape).safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    const got = source[variable];
    const shown =
      got === undefined ? 'it is not set' : `got ${JSON.stringify(redact(variable, got))}`;
    return `${variable}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
}

function redact(variable: string, value: string): string {
  return /SECRET|PASSWORD|KEY|TOKEN/i.test(variable) ? '<redacted>' : value;
}

/** Reusable variable parsers, so every service words its expectations the same way. */
export const env = {
  /** A TCP port, 0 meaning "any free port". */
  port: (fallback: number) =>
    z.coerce
      .number({ message: 'expected a port number' })
      .int('expected a whole port number')
      .min(0, 'expected a port from 0 to 65535')
      .max(65535, 'expected a port from 0 to 65535')
      .default(fallback),
  /** A URL with one of the given schemes. */
  url: (schemes: string[]) =>
    z.string().refine(
      (v) => {
        try {
          return schemes.includes(new URL(v).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      },
      `expected a ${schemes.join(' or ')} URL`,
    ),
  /**
   * A Redis URL: `redis://` or `rediss://` for one server, `redis+cluster://host:port[,host:port…]`
   * or `rediss+cluster://…` for a Redis Cluster (see `createRedis`).
   */
  redisUrl: () =>
    z.string().refine((v) => {
      try {
        return parseRedisUrl(v).cluster || new URL(v).hostname !== '';
      } catch {
        return false;
      }
    }, 'expected a redis, rediss, redis+cluster or rediss+cluster URL'),
  /** A positive whole number with a default. */
  positiveInt: (fallback: number) =>
    z.coerce
      .number({ message: 'expected a number' })
      .int('expected a whole number')
      .positive('expected a positive number')
      .default(fallback),
  /** `true`/`false`/`1`/`0`, with a default. */
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
  /**
   * Peers trusted to set `X-Forwarded-For`: comma-separated addresses, CIDR ranges or
   * `loopback`, `linklocal`, `uniquelocal`.
   */
  trustedProxies: (fallback: string) =>
    z
      .string()
      .default(fallback)
      .refine((v) => {
        try {
          proxyaddr.compile(
            v
              .split(',')
              .map((e) => e.trim())
              .filter(Boolean),
          );
          return true;
        } catch {
          return false;
        }
      }, 'expected comma-separated addresses, CIDR ranges or loopback, linklocal, uniquelocal'),
  /** A file-system path, relative to the working directory unless absolute. */
  path: (fallback: string) => z.string().min(1, 'expected a path').default(fallback),
  /** A pino log level. */
  logLevel: () =>
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
};

/**
 * OpenTelemetry tracing (read by `tracing-preload.ts` before anything else loads). Unset
 * endpoint: no SDK starts and no module is patched, so tracing costs nothing. The exporter and
 * batch processor also honour OpenTelemetry's standard variables (`OTEL_TRACES_SAMPLER`,
 * `OTEL_BSP_SCHEDULE_DELAY`, `OTEL_EXPORTER_OTLP_HEADERS` …).
 */
export const tracingEnv = {
  /** OTLP/HTTP collector base URL; spans go to `<url>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: env.url(['http', 'https']).optional(),
  /** `service.name` of this process's spans; defaults to the package it runs (gateway, chat …). */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
};

/** Parses the tracing variables (the process's environment unless told otherwise). */
export const loadTracingConfig = (source: NodeJS.ProcessEnv = process.env) =>
  parseConfig(tracingEnv, source);
