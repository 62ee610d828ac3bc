import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** A server on a loopback port. */
export interface LocalServer {
  readonly url: string;
  close(): Promise<void>;
}

const listen = async (server: Server): Promise<string> => {
  // Idle connections stay open longer than a loaded test takes between two calls: Node's 5 s
  // default can close a kept-alive socket just as the next request is sent on it (ECONNRESET),
  // which chat reports as an unreachable tool rather than retrying a call that may have run.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** Element facts the MCP server's `element` tool answers from. */
const ELEMENTS: Record<string, string> = {
  Na: 'Sodium (Na): atomic number 11, atomic mass 22.990',
  Fe: 'Iron (Fe): atomic number 26, atomic mass 55.845',
};

/** The MCP server: its URL and the tool calls it received, by tool name. */
export interface LocalMcpServer extends LocalServer {
  readonly calls: { name: string; args: unknown }[];
}

/**
 * A real MCP server from `@modelcontextprotocol/sdk` over streamable HTTP (stateless: one server
 * and transport per request, as the SDK's stateless example does), behind a bearer token. Tools:
 * `element` (facts by symbol), `slow_lookup` (answers after `delayMs`), `huge_table` (a result far
 * beyond chat's response cap).
 */
export async function startMcpServer(token: string): Promise<LocalMcpServer> {
  const calls: { name: string; args: unknown }[] = [];
  const server = createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}');
      return;
    }
    const mcp = new McpServer({ name: 'school-tools', version: '1.0.0' });
    mcp.registerTool(
      'element',
      { description: 'Facts about a chemical element', inputSchema: { symbol: z.string() } },
      ({ symbol }) => {
        calls.push({ name: 'element', args: { symbol } });
        const fact = ELEMENTS[symbol];
        return fact
          ? { content: [{ type: 'text', text: fact }] }
          : { content: [{ type: 'text', text: `No element ${symbol}` }], isError: true };
      },
    );
    mcp.registerTool(
      'slow_lookup',
      { description: 'A slow lookup', inputSchema: { delayMs: z.number() } },
      async ({ delayMs }) => {
        calls.push({ name: 'slow_lookup', args: { delayMs } });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return { content: [{ type: 'text', text: 'finally' }] };
      },
    );
    mcp.registerTool(
      'huge_table',
      { description: 'A very large table', inputSchema: { rows: z.number() } },
      ({ rows }) => {
        calls.push({ name: 'huge_table', args: { rows } });
        return { content: [{ type: 'text', text: 'row of data '.repeat(rows) }] };
      },
    );
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void transport.close();
      void mcp.close();
    });
    void mcp.connect(transport).then(() => transport.handleRequest(req, res));
  });
  const url = `${await listen(server)}/mcp`;
  return { url, calls, close: () => closeServer(server) };
}

/** One invocation the Lambda endpoint received. */
export interface LambdaInvocation {
  readonly functionName: string;
  readonly invocationType: string | undefined;
  readonly signed: boolean;
  readonly payload: unknown;
}

/** The Lambda endpoint and what it received. */
export interface LocalLambda extends LocalServer {
  readonly invocations: LambdaInvocation[];
}

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * A small HTTP server implementing Lambda's Invoke REST API
 * (`POST /2015-03-31/functions/{name}/invocations`), which `@aws-sdk/client-lambda` calls when
 * given this `endpoint`. Functions: `grade-converter` (a percentage to a letter grade) and
 * `broken` (a function error, `X-Amz-Function-Error: Unhandled`); others are not found, as AWS
 * answers (404, `ResourceNotFoundException`).
 */
export async function startLambdaEndpoint(): Promise<LocalLambda> {
  const invocations: LambdaInvocation[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(
        (req.url ?? '').split('?')[0]!,
      );
      if (req.method !== 'POST' || !match) {
        res.writeHead(404).end();
        return;
      }
      const functionName = decodeURIComponent(match[1]!);
      const text = await bodyOf(req);
      invocations.push({
        functionName,
        invocationType: req.headers['x-amz-invocation-type'] as string | undefined,
        signed: String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'),
        payload: JSON.parse(text || 'null'),
      });
      const headers = { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' };
      if (functionName === 'grade-converter') {
        const { percent } = JSON.parse(text) as { percent: number };
        const grade = percent >= 90 ? 'A' : percent >= 80 ? 'B' : percent >= 70 ? 'C' : 'D';
        res.writeHead(200, headers).end(JSON.stringify({ percent, grade }));
      } else if (functionName === 'broken') {
        res
          .writeHead(200, { ...headers, 'x-amz-function-error': 'Unhandled' })
          .end(JSON.stringify({ errorMessage: 'division by zero', errorType: 'Error' }));
      } else {
        res
          .writeHead(404, { ...headers, 'x-amzn-errortype': 'ResourceNotFoundException' })
          .end(JSON.stringify({ Type: 'User', message: `Function not found: ${functionName}` }));
      }
    })();
  });
  const url = await listen(server);
  return { url, invocations, close: () => closeServer(server) };
}
