import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { ToolAnswer } from './mcp';
import {
  classifyFailure,
  MAX_RESPONSE_BYTES,
  ToolCallFailure,
  type OutboundLimits,
} from './outbound';

/** Where a Lambda tool lives. */
export interface LambdaTarget {
  readonly functionName: string;
  readonly region: string;
  /** A Lambda endpoint other than AWS's; null for AWS. */
  readonly endpoint: string | null;
}

/** AWS credentials chat was configured with; undefined uses the SDK's default chain. */
export type LambdaCredentials =
  { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;

/**
 * Lambda clients by region and endpoint, made once: a client keeps its connections and its
 * resolved credentials.
 */
export class LambdaClients {
  private readonly clients = new Map<string, LambdaClient>();

  constructor(private readonly credentials: LambdaCredentials) {}

  /** The client for a target's region and endpoint. */
  for(target: LambdaTarget): LambdaClient {
    const key = `${target.region} ${target.endpoint ?? ''}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new LambdaClient({
        region: target.region,
        ...(target.endpoint ? { endpoint: target.endpoint } : {}),
        ...(this.credentials ? { credentials: this.credentials } : {}),
        // A retried invocation could run the function twice; the model is told it failed instead.
        maxAttempts: 1,
      });
      this.clients.set(key, client);
    }
    return client;
  }

  /** Closes every client's connections. */
  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

/** The message of a function error's payload (`{"errorMessage": …}`), else the payload. */
function functionErrorText(payload: string, kind: string): string {
  try {
    const parsed = JSON.parse(payload) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') return `${kind}: ${parsed.errorMessage}`;
  } catch {
    // not JSON: report it as it is
  }
  return `${kind}: ${payload}`;
}

/**
 * Invokes a Lambda function synchronously (`RequestResponse`) with the arguments as its JSON
 * payload, through Lambda's Invoke API (`POST /2015-03-31/functions/{name}/invocations`). A
 * function error (`X-Amz-Function-Error`) is the tool's own error. The payload is refused
 * beyond {@link MAX_RESPONSE_BYTES} (AWS itself caps it at 6 MB).
 */
export async function callLambdaTool(
  clients: LambdaClients,
  target: LambdaTarget,
  args: Record<string, unknown>,
  limits: OutboundLimits,
): Promise<ToolAnswer> {
  try {
    const output = await clients.for(target).send(
      new InvokeCommand({
        FunctionName: target.functionName,
        InvocationType: 'RequestResponse',
        Payload: Buffer.from(JSON.stringify(args), 'utf8'),
      }),
      { abortSignal: limits.signal },
    );
    const payload = output.Payload ?? new Uint8Array();
    if (payload.byteLength > MAX_RESPONSE_BYTES)
      throw new ToolCallFailure('RESPONSE_TOO_LARGE', 'The tool answered with too much data.');
    const text = Buffer.from(payload).toString('utf8');
    if (output.FunctionError)
      return { text: functionErrorText(text, output.FunctionError), isError: true };
    return { text, isError: false };
  } catch (error) {
    const fault = (error as { $fault?: string; name?: string }).$fault;
    if (fault && !limits.signal.aborted)
      throw new ToolCallFailure(
        'UNREACHABLE',
        `Lambda refused the invocation (${(error as Error).name}).`,
      );
    throw classifyFailure(error, limits, false);
  }
}
