import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import {
  classifyFailure,
  guardedFetch,
  MAX_RESPONSE_BYTES,
  ToolCallFailure,
  type OutboundLimits,
} from './outbound';

/** What the tool answered: its text for the model, and whether it reported an error itself. */
export interface ToolAnswer {
  readonly text: string;
  readonly isError: boolean;
}

/** Where an MCP tool lives. */
export interface McpTarget {
  readonly url: string;
  readonly toolName: string;
  readonly authHeader: string | null;
}

/** The text a model can read from an MCP tool result. */
function resultText(result: CallToolResult): string {
  const parts = result.content.map((block) => {
    if (block.type === 'text') return block.text;
    if (block.type === 'resource' && 'text' in block.resource) return block.resource.text;
    return `[${block.type} content omitted]`;
  });
  if (parts.length === 0 && result.structuredContent !== undefined)
    return JSON.stringify(result.structuredContent);
  return parts.join('\n');
}

/**
 * Calls one tool on an MCP server over streamable HTTP, as the protocol has it: `initialize`,
 * then `tools/call` with the arguments, then the session is ended (`DELETE`). Only the
 * configured URL is contacted; the answer is read up to {@link MAX_RESPONSE_BYTES}.
 */
export async function callMcpTool(
  target: McpTarget,
  args: Record<string, unknown>,
  limits: OutboundLimits,
): Promise<ToolAnswer> {
  const url = new URL(target.url);
  const guarded = guardedFetch(url, limits);
  const transport = new StreamableHTTPClientTransport(url, {
    fetch: guarded.fetch,
    requestInit: target.authHeader ? { headers: { authorization: target.authHeader } } : {},
    // One call per connection: a dropped stream is a failed call, not something to resume.
    reconnectionOptions: {
      maxReconnectionDelay: 0,
      initialReconnectionDelay: 0,
      reconnectionDelayGrowFactor: 1,
      maxRetries: 0,
    },
  });
  const client = new Client({ name: 'aula-chat', version: '1.0.0' });
  const options = { signal: limits.signal, timeout: limits.timeoutMs };
  try {
    await client.connect(transport, options);
    const result = (await client.callTool(
      { name: target.toolName, arguments: args },
      undefined,
      options,
    )) as CallToolResult;
    const text = resultText(result);
    if (Buffer.byteLength(text, 'utf8') > MAX_RESPONSE_BYTES)
      throw new ToolCallFailure('RESPONSE_TOO_LARGE', 'The tool answered with too much data.');
    return { text, isError: result.isError === true };
  } catch (error) {
    throw classifyFailure(error, limits, guarded.state.tooLarge);
  } finally {
    await transport.terminateSession().catch(() => undefined);
    await client.close().catch(() => undefined);
  }
}
