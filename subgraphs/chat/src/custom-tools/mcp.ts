import { badInput } from '@aula/runtime';
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

/** A connected client for one exchange with the server; `close` ends the session. */
async function connect(target: Pick<McpTarget, 'url' | 'authHeader'>, limits: OutboundLimits) {
  const url = new URL(target.url);
  const guarded = guardedFetch(url, limits);
  const transport = new StreamableHTTPClientTransport(url, {
    fetch: guarded.fetch,
    requestInit: target.authHeader ? { headers: { authorization: target.authHeader } } : {},
    // One exchange per connection: a dropped stream is a failed call, not something to resume.
    reconnectionOptions: {
      maxReconnectionDelay: 0,
      initialReconnectionDelay: 0,
      reconnectionDelayGrowFactor: 1,
      maxRetries: 0,
    },
  });
  const client = new Client({ name: 'aula-chat', version: '1.0.0' });
  const options = { signal: guarded.signal, timeout: limits.timeoutMs };
  const close = async () => {
    await transport.terminateSession().catch(() => undefined);
    await client.close().catch(() => undefined);
  };
  try {
    await client.connect(transport, options);
  } catch (error) {
    await close();
    throw classifyFailure(error, limits, guarded.state.tooLarge);
  }
  return { client, options, close, tooLarge: () => guarded.state.tooLarge };
}

/**
 * The names of the tools an MCP server lists (`tools/list`, every page), so an administrator
 * learns on saving that the server is reachable with their header and has the tool they named.
 */
export async function listMcpTools(
  target: Pick<McpTarget, 'url' | 'authHeader'>,
  limits: OutboundLimits,
): Promise<string[]> {
  const { client, options, close, tooLarge } = await connect(target, limits);
  try {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : undefined, options);
      names.push(...page.tools.map((tool) => tool.name));
      cursor = page.nextCursor;
    } while (cursor && names.length < 1000);
    return names;
  } catch (error) {
    throw classifyFailure(error, limits, tooLarge());
  } finally {
    await close();
  }
}

/**
 * Calls one tool on an MCP server over streamable HTTP, as the protocol has it: `initialize`,
 * then `tools/call` with the arguments, then the session is ended (`DELETE`, when the server
 * keeps sessions). Only the
 * configured URL is contacted; the answer is read up to {@link MAX_RESPONSE_BYTES}.
 */
export async function callMcpTool(
  target: McpTarget,
  args: Record<string, unknown>,
  limits: OutboundLimits,
): Promise<ToolAnswer> {
  const { client, options, close, tooLarge } = await connect(target, limits);
  try {
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
    throw classifyFailure(error, limits, tooLarge());
  } finally {
    await close();
  }
}

/** How long saving an MCP tool waits for its server to list its tools. */
const LISTING_TIMEOUT_MS = 5_000;

/**
 * Refuses (BAD_USER_INPUT) to save an MCP tool whose server cannot be asked for its tools with
 * the configured header, or does not list the tool named.
 */
export async function checkMcpToolListed(target: McpTarget): Promise<void> {
  const timeout = AbortSignal.timeout(LISTING_TIMEOUT_MS);
  let names: string[];
  try {
    names = await listMcpTools(target, {
      signal: timeout,
      timedOut: () => timeout.aborted,
      timeoutMs: LISTING_TIMEOUT_MS,
    });
  } catch (error) {
    throw badInput(
      `The MCP server could not be asked for its tools (${(error as Error).message}). Check the URL and the authorization header.`,
      { field: 'serverUrl' },
    );
  }
  if (!names.includes(target.toolName)) {
    throw badInput(
      `The MCP server has no tool named "${target.toolName}"; it lists ${names.slice(0, 20).join(', ') || 'none'}.`,
      { field: 'mcpToolName' },
    );
  }
}
