import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ContentBlock,
  type ConverseStreamCommandOutput,
  type Message,
  type Tool,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttp2Handler } from '@smithy/node-http-handler';
import type { ChatConfig } from './config';

/** The AWS credentials configured explicitly; undefined leaves them to the SDK's default chain. */
export function awsCredentials(config: ChatConfig) {
  return config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY
    ? {
        accessKeyId: config.AWS_ACCESS_KEY_ID,
        secretAccessKey: config.AWS_SECRET_ACCESS_KEY,
        sessionToken: config.AWS_SESSION_TOKEN,
      }
    : undefined;
}

/**
 * Answers one HTTP/2 connection to Bedrock carries at once before another is opened: below the
 * 100 concurrent streams HTTP/2 recommends a server allow at least (RFC 9113, 6.5.2), so an
 * answer does not wait in the connection's queue for another to end.
 */
export const MODEL_STREAMS_PER_CONNECTION = 64;

/**
 * A connection with no traffic for this long is closed: the SDK's own limit for an event
 * stream's connection, and shorter than the 350 s after which an AWS NAT gateway silently
 * forgets an idle one (a request on such a connection would wait for nothing).
 */
export const MODEL_CONNECTION_IDLE_MS = 300_000;

/**
 * The SDK's HTTP/2 handler, except that answers share connections. The SDK opens a new
 * connection for every event-stream call such as `ConverseStream` and closes it afterwards, so
 * each answer waited for a TCP and TLS handshake with Bedrock before its request could leave.
 * Here a connection stays open between answers and carries up to
 * {@link MODEL_STREAMS_PER_CONNECTION} of them at once; another is opened when all are full. Only
 * the response of `ConverseStream` streams, and HTTP/2 flow control is per stream, so answers on
 * one connection do not hold each other up; stopping one resets only its own stream. A connection
 * quiet for `idleTimeoutMs` is closed, as the SDK closes an event stream's.
 */
export class SharedConnectionHandler extends NodeHttp2Handler {
  constructor(idleTimeoutMs = MODEL_CONNECTION_IDLE_MS) {
    super({ maxConcurrentStreams: MODEL_STREAMS_PER_CONNECTION, sessionTimeout: idleTimeoutMs });
  }

  override handle(...[request, options]: Parameters<NodeHttp2Handler['handle']>) {
    return super.handle(request, { ...options, isEventStream: false });
  }
}

/** Builds the Bedrock Runtime client from the configuration (endpoint override, explicit credentials). */
export function createBedrockClient(config: ChatConfig): BedrockRuntimeClient {
  const credentials = awsCredentials(config);
  return new BedrockRuntimeClient({
    region: config.AWS_REGION,
    ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}),
    ...(credentials ? { credentials } : {}),
    requestHandler: new SharedConnectionHandler(),
    // The loop retries nothing itself: a retried stream would duplicate text already published.
    maxAttempts: 1,
  });
}

/** What one model call is asked to do. */
export interface ModelRequest {
  readonly modelId: string;
  readonly systemPrompt: string;
  readonly messages: Message[];
  readonly temperature?: number;
  readonly maxOutputTokens: number;
  readonly tools: Tool[];
}

/** A tool use the model asked for. */
export interface RequestedToolUse {
  readonly toolUseId: string;
  readonly name: string;
  /** The raw JSON text the model streamed. */
  readonly rawInput: string;
}

/**
 * The state of one model call, filled in as its stream arrives. The caller keeps it,
 * so after an abort or an exception it still knows what was generated and whether
 * Bedrock reported usage.
 */
export interface ModelTurn {
  /** Whether Bedrock accepted the call and started streaming (only then is anything billed). */
  started: boolean;
  text: string;
  readonly toolUses: RequestedToolUse[];
  stopReason?: string;
  usage?: { inputTokens: number; outputTokens: number };
}

/** A model call already sent (an answer's first, sent while its exchange is being stored). */
export interface SentModelRequest {
  readonly response: Promise<ConverseStreamCommandOutput>;
  /** When it was sent (`performance.now()`), for the time to first token. */
  readonly sentAt: number;
}

/**
 * Runs one `ConverseStream` call, feeding text to `onText` as it arrives and
 * recording everything in `turn`. Returns when the stream ends — which, after an
 * abort over HTTP/2, may be silently and early: callers check `signal.aborted` and
 * whether `turn.usage` arrived. Exceptions in the stream are thrown. `sent` is this very
 * request's response when it was sent before ({@link sendModelRequest}).
 */
export async function runModelTurn(
  client: BedrockRuntimeClient,
  request: ModelRequest,
  turn: ModelTurn,
  signal: AbortSignal,
  onText: (text: string) => void,
  sent?: Promise<ConverseStreamCommandOutput>,
): Promise<void> {
  const response = await (sent ?? sendModelRequest(client, request, signal));
  if (!response.stream) throw new Error('Bedrock returned no stream');
  const toolInputs = new Map<number, { toolUseId: string; name: string; input: string }>();
  turn.started = true;
  for await (const event of response.stream) {
    // `break` would not cancel the request; the AbortController does. Stop reading once aborted.
    if (signal.aborted) break;
    if (event.contentBlockStart?.start?.toolUse) {
      const { toolUseId, name } = event.contentBlockStart.start.toolUse;
      toolInputs.set(event.contentBlockStart.contentBlockIndex ?? 0, {
        toolUseId: toolUseId ?? '',
        name: name ?? '',
        input: '',
      });
    } else if (event.contentBlockDelta?.delta) {
      const { delta, contentBlockIndex } = event.contentBlockDelta;
      if (delta.text !== undefined) {
        turn.text += delta.text;
        onText(delta.text);
      } else if (delta.toolUse?.input !== undefined) {
        const pending = toolInputs.get(contentBlockIndex ?? 0);
        if (pending) pending.input += delta.toolUse.input;
      }
    } else if (event.contentBlockStop) {
      const done = toolInputs.get(event.contentBlockStop.contentBlockIndex ?? 0);
      if (done) {
        turn.toolUses.push({ toolUseId: done.toolUseId, name: done.name, rawInput: done.input });
        toolInputs.delete(event.contentBlockStop.contentBlockIndex ?? 0);
      }
    } else if (event.messageStop) {
      turn.stopReason = event.messageStop.stopReason;
    } else if (event.metadata) {
      const usage = event.metadata.usage;
      turn.usage = { inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 };
    } else {
      const exception =
        event.internalServerException ??
        event.modelStreamErrorException ??
        event.validationException ??
        event.throttlingException ??
        event.serviceUnavailableException;
      if (exception) throw exception;
    }
  }
}

/** The assistant content blocks of a finished turn, to send back with the tool results. */
export function assistantBlocks(turn: ModelTurn): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  if (turn.text) blocks.push({ text: turn.text });
  for (const use of turn.toolUses) {
    blocks.push({
      toolUse: {
        toolUseId: use.toolUseId,
        name: use.name,
        input: parseToolInput(use.rawInput) as never,
      },
    });
  }
  return blocks;
}

/** The model's tool input as an object; `{}` when it streamed nothing or invalid JSON. */
export function parseToolInput(raw: string): Record<string, unknown> {
  if (!raw.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** A reason for a failed model call that is safe and useful to show a student. */
export function safeFailureReason(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (/Throttling/i.test(name)) return 'The model is busy right now. Please try again in a moment.';
  if (/ServiceUnavailable/i.test(name))
    return 'The model service is unavailable right now. Please try again shortly.';
  if (/Validation/i.test(name))
    return 'The model refused this request. Try rephrasing or starting a new chat.';
  if (/AccessDenied|ResourceNotFound/i.test(name))
    return 'This chatbot’s model is not available. Tell your teacher.';
  return 'The model stopped with an error partway through. Please try again.';
}

/**
 * Sends one `ConverseStream` request; {@link runModelTurn} reads its stream. `onSent` is called
 * once the signed request has been handed to the connection, so work that can wait (counting
 * tokens, reserving credits) does not delay the request itself.
 */
export function sendModelRequest(
  client: BedrockRuntimeClient,
  request: ModelRequest,
  signal: AbortSignal,
  onSent?: () => void,
): Promise<ConverseStreamCommandOutput> {
  const command = new ConverseStreamCommand({
    modelId: request.modelId,
    system: request.systemPrompt ? [{ text: request.systemPrompt }] : undefined,
    messages: request.messages,
    inferenceConfig: {
      maxTokens: request.maxOutputTokens,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    },
    ...(request.tools.length ? { toolConfig: { tools: request.tools } } : {}),
  });
  if (onSent) {
    // The innermost step: `next` is the request handler, which writes the request before it
    // first waits (for the response).
    command.middlewareStack.add(
      (next) => (args) => {
        const response = next(args);
        onSent();
        return response;
      },
      { step: 'deserialize', priority: 'low', name: 'aulaRequestSent' },
    );
  }
  return client.send(command, { abortSignal: signal });
}
