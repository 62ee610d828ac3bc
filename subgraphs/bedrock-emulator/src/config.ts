/** What the emulator run on its own (`cli.ts`) reads from its environment. */
export interface EmulatorConfig {
  /** `BEDROCK_EMULATOR_PORT`; 0 picks a free port. @default 4010 */
  readonly port: number;
}

const DEFAULT_PORT = 4010;

/**
 * Parses the emulator's environment once (the process's own unless given). The emulator is a
 * test double with no runtime dependency, so this checks its one variable by hand.
 */
export function loadEmulatorConfig(source: NodeJS.ProcessEnv = process.env): EmulatorConfig {
  const raw = source.BEDROCK_EMULATOR_PORT;
  const port = raw === undefined || raw === '' ? DEFAULT_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`BEDROCK_EMULATOR_PORT must be a port number, got "${raw}".`);
  }
  return { port };
}
