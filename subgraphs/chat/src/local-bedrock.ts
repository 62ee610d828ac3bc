import {
  startBedrockEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '@aula/bedrock-emulator';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The local emulator and the variables that point chat at it. */
export interface LocalBedrock {
  readonly emulator: RunningEmulator;
  /** `BEDROCK_ENDPOINT` plus placeholder credentials (the SDK signs every request; the emulator ignores signatures). */
  readonly env: Record<string, string>;
}

/**
 * Whether `env` (or the usual AWS files) configures real AWS access, or an explicit
 * `BEDROCK_ENDPOINT`: then chat must use that, never the emulator.
 */
export function configuresBedrock(env: NodeJS.ProcessEnv): boolean {
  if (env.BEDROCK_ENDPOINT) return true;
  const variables = [
    'AWS_ACCESS_KEY_ID',
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  ];
  if (variables.some((name) => Boolean(env[name]))) return true;
  const awsDir = join(homedir(), '.aws');
  return existsSync(join(awsDir, 'credentials')) || existsSync(join(awsDir, 'config'));
}

/** Starts the Bedrock emulator and returns the variables that make chat use it. */
export async function startLocalBedrock(options: EmulatorOptions = {}): Promise<LocalBedrock> {
  const emulator = await startBedrockEmulator(options);
  return {
    emulator,
    env: {
      BEDROCK_ENDPOINT: emulator.url,
      AWS_ACCESS_KEY_ID: 'local-emulator',
      AWS_SECRET_ACCESS_KEY: 'local-emulator',
    },
  };
}
