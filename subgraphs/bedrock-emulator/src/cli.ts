/**
 * Starts the emulator on its own: `tsx subgraphs/bedrock-emulator/src/cli.ts`.
 * BEDROCK_EMULATOR_PORT picks the port (default 4010).
 */
import { loadEmulatorConfig } from './config';
import { startBedrockEmulator } from './server';

async function main(): Promise<void> {
  const { port } = loadEmulatorConfig();
  const emulator = await startBedrockEmulator({ port });
  console.log(
    `Bedrock emulator listening on ${emulator.url} (set BEDROCK_ENDPOINT=${emulator.url})`,
  );
  const shutdown = () => {
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(
    `Bedrock emulator failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
