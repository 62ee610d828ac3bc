/**
 * Helpers for tests that drive the emulator through the real AWS SDK.
 */
import type {
  BedrockRuntimeClientConfig,
  ConverseStreamCommandInput,
  ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

/** Dummy credentials: the emulator accepts any SigV4 signature. */
export const EMULATOR_CREDENTIALS = { accessKeyId: 'AKIAEMULATOR', secretAccessKey: 'emulator' };

/** A Bedrock Runtime client for the emulator, with the SDK's default handler unless given one. */
export function emulatorClient(
  url: string,
  options: Pick<BedrockRuntimeClientConfig, 'requestHandler' | 'maxAttempts'> = {},
): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: EMULATOR_CREDENTIALS,
    maxAttempts: options.maxAttempts ?? 1,
    ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
  });
}

/** Everything one ConverseStream call produced, including how it ended. */
export interface CollectedStream {
  readonly events: ConverseStreamOutput[];
  /** Concatenated text deltas. */
  readonly text: string;
  /** Concatenated tool-use input deltas. */
  readonly toolInput: string;
  /** The error the stream's iterator threw, if any. */
  readonly error?: Error;
}

/** Sends a ConverseStream request and reads the stream to its end or failure. */
export async function collectStream(
  client: BedrockRuntimeClient,
  input: ConverseStreamCommandInput,
  signal?: AbortSignal,
): Promise<CollectedStream> {
  const output = await client.send(new ConverseStreamCommand(input), { abortSignal: signal });
  const events: ConverseStreamOutput[] = [];
  let text = '';
  let toolInput = '';
  try {
    for await (const event of output.stream ?? []) {
      events.push(event);
      text += event.contentBlockDelta?.delta?.text ?? '';
      toolInput += event.contentBlockDelta?.delta?.toolUse?.input ?? '';
    }
  } catch (error) {
    return { events, text, toolInput, error: error as Error };
  }
  return { events, text, toolInput };
}

/** The union member name of each event, e.g. `['messageStart', 'contentBlockDelta', …]`. */
export function eventKinds(events: readonly ConverseStreamOutput[]): string[] {
  return events.map((event) => Object.keys(event).find((key) => key !== '$unknown') ?? '$unknown');
}

/**
 * Milliseconds from sending a ConverseStream request to its first text delta,
 * as a caller of the SDK sees it; the rest of the stream is read to its end so
 * the connection is left clean for the next request.
 */
export async function timeToFirstDelta(
  client: BedrockRuntimeClient,
  input: ConverseStreamCommandInput,
): Promise<number> {
  const started = performance.now();
  const output = await client.send(new ConverseStreamCommand(input));
  let firstDeltaAt: number | undefined;
  for await (const event of output.stream ?? []) {
    if (firstDeltaAt === undefined && event.contentBlockDelta?.delta?.text !== undefined) {
      firstDeltaAt = performance.now();
    }
  }
  if (firstDeltaAt === undefined) throw new Error('the stream carried no text');
  return firstDeltaAt - started;
}
