/**
 * The emulator's listener. The AWS SDK's default Node handler speaks HTTP/2 with
 * prior knowledge (h2c) to an `http://` endpoint, while `NodeHttpHandler` speaks
 * HTTP/1.1; Node 20's cleartext HTTP/2 server cannot accept both, so one TCP
 * listener reads the first bytes of each connection and hands it to an HTTP/2
 * or an HTTP/1.1 server. Both share one request handler via the compat API.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { planAnswer } from './answer';
import {
  InvalidRequestError,
  countInputTokens,
  lastUserText,
  parseConverseRequest,
} from './conversation';
import { respondConverse } from './converse';
import { parseDirectives } from './directives';
import { GUARDRAIL_ROUTE, respondApplyGuardrail } from './guardrail';
import type { ResponseSink } from './protocol';
import { writeServiceError } from './protocol';
import { streamAnswer } from './stream';

/** How the emulated model behaves unless a request's directives say otherwise. */
export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Output tokens per second; `Infinity` streams without pauses. @default 40 */
  tokensPerSecond?: number;
  /** Delay before the first output token. @default 150 */
  timeToFirstTokenMs?: number;
  /** Output tokens of an answer not limited by `maxTokens` or a directive. @default 60 */
  defaultLength?: number;
}

/** A started emulator. */
export interface RunningEmulator {
  /** Base URL to pass as the SDK's `endpoint`, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Requests received so far, whatever their outcome. */
  readonly requests: number;
  /** Requests still being answered (a stream in progress, a hang not yet aborted). */
  readonly activeRequests: number;
  /** Connections accepted so far (HTTP/1.1 or HTTP/2), open or closed. */
  readonly connections: number;
  /** Ends every open connection and stops listening. */
  stop(): Promise<void>;
}

type Settings = Required<Omit<EmulatorOptions, 'port' | 'host'>>;

const HTTP2_PREFACE_START = 'PRI';
const ROUTE = /^\/model\/([^/]+)\/(converse|converse-stream)$/;

/** Starts a Bedrock Runtime emulator serving Converse, ConverseStream and ApplyGuardrail. */
export async function startBedrockEmulator(
  options: EmulatorOptions = {},
): Promise<RunningEmulator> {
  const settings = resolveSettings(options);
  const active = new Set<AbortController>();
  const sockets = new Set<net.Socket>();
  let requests = 0;
  let connections = 0;

  const onRequest = (
    request: http.IncomingMessage | http2.Http2ServerRequest,
    response: http.ServerResponse | http2.Http2ServerResponse,
  ) => {
    requests += 1;
    const controller = new AbortController();
    active.add(controller);
    const sink = response as unknown as ResponseSink;
    // 'close' fires when the exchange is over for any reason; aborting then is a
    // no-op for a finished answer and stops the generator for an abandoned one.
    response.once('close', () => {
      controller.abort();
      active.delete(controller);
    });
    // A response torn down under us (client reset, stop()) ends this answer, nothing more.
    response.on('error', () => controller.abort());
    handleRequest(request, sink, settings, controller.signal).catch(() => {
      if (controller.signal.aborted || sink.writableEnded) return;
      try {
        writeServiceError(sink, 'InternalServerException', 'The emulator failed.', randomUUID());
      } catch {
        // Headers already went out with the stream; closing it is all that is left.
        response.destroy();
      }
    });
  };
  const http1Server = http.createServer(onRequest);
  const http2Server = http2.createServer(onRequest);
  // A client resetting a session is routine (aborted streams); it must not crash the emulator.
  http2Server.on('sessionError', () => undefined);

  // Streams are many small frames: without noDelay, Nagle's algorithm holds them back
  // for tens of milliseconds and the emulator's time to first token would be fiction.
  const listener = net.createServer({ noDelay: true }, (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let head = Buffer.alloc(0);
    const sniff = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      if (head.length < HTTP2_PREFACE_START.length) return;
      socket.removeListener('data', sniff);
      if (head.subarray(0, HTTP2_PREFACE_START.length).toString('latin1') === HTTP2_PREFACE_START) {
        http2Server.emit('connection', replayHead(socket, head));
        return;
      }
      socket.pause();
      socket.unshift(head);
      http1Server.emit('connection', socket);
      socket.resume();
    };
    socket.on('data', sniff);
  });
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      listener.removeListener('error', reject);
      resolve();
    });
  });
  const address = listener.address() as net.AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    get requests() {
      return requests;
    },
    get activeRequests() {
      return active.size;
    },
    get connections() {
      return connections;
    },
    async stop() {
      for (const controller of active) controller.abort();
      const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

async function handleRequest(
  request: http.IncomingMessage | http2.Http2ServerRequest,
  response: ResponseSink,
  settings: Settings,
  signal: AbortSignal,
): Promise<void> {
  const startedAt = performance.now();
  const requestId = randomUUID();
  const path = new URL(request.url ?? '/', 'http://emulator').pathname;
  const guardrail = GUARDRAIL_ROUTE.exec(path);
  if (request.method === 'POST' && guardrail) {
    const body = await readBody(request);
    if (signal.aborted) return;
    await respondApplyGuardrail(response, guardrail, body, requestId, signal);
    return;
  }
  const route = ROUTE.exec(path);
  if (request.method !== 'POST' || !route) {
    writeServiceError(
      response,
      'ResourceNotFoundException',
      `Bedrock Runtime has no operation at ${request.method ?? 'GET'} ${path}; use POST /model/{modelId}/converse-stream, /converse or /guardrail/{id}/version/{version}/apply.`,
      requestId,
    );
    return;
  }
  const body = await readBody(request);
  if (signal.aborted) return;
  let parsed;
  try {
    parsed = parseConverseRequest(decodeURIComponent(route[1] ?? ''), body);
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    writeServiceError(response, 'ValidationException', error.message, requestId);
    return;
  }
  const { text: prompt, directives } = parseDirectives(lastUserText(parsed.messages));
  if (directives.throttle) {
    writeServiceError(
      response,
      'ThrottlingException',
      'Too many requests, please wait before trying again.',
      requestId,
    );
    return;
  }
  const plan = planAnswer(parsed, prompt, directives, settings.defaultLength);
  const delivery = {
    tokensPerSecond: directives.rate ?? settings.tokensPerSecond,
    timeToFirstTokenMs: directives.ttft ?? settings.timeToFirstTokenMs,
    startedAt,
    inputTokens: countInputTokens(parsed),
    requestId,
    failAt: directives.failAt,
    failWith: directives.failWith ?? 'modelStreamErrorException',
    hang: directives.hang ?? false,
  };
  const respond = route[2] === 'converse-stream' ? streamAnswer : respondConverse;
  await respond(response, plan, delivery, signal);
}

/**
 * The HTTP/2 session reads straight from a socket's native handle and would
 * miss bytes the sniffer already took, so it gets a stream that replays them
 * first and then relays the socket.
 */
function replayHead(socket: net.Socket, head: Buffer): Duplex {
  const relay = new Duplex({
    read: () => socket.resume(),
    write: (chunk: Buffer, _encoding, callback) => socket.write(chunk, callback),
    final: (callback) => socket.end(callback),
    destroy: (error, callback) => {
      socket.destroy();
      callback(error);
    },
  });
  relay.push(head);
  socket.on('data', (chunk: Buffer) => {
    if (!relay.push(chunk)) socket.pause();
  });
  socket.once('end', () => relay.push(null));
  socket.once('close', () => relay.destroy());
  return relay;
}

async function readBody(request: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function resolveSettings(options: EmulatorOptions): Settings {
  const settings: Settings = {
    tokensPerSecond: options.tokensPerSecond ?? 40,
    timeToFirstTokenMs: options.timeToFirstTokenMs ?? 150,
    defaultLength: options.defaultLength ?? 60,
  };
  if (!(settings.tokensPerSecond > 0)) {
    throw new RangeError(
      'tokensPerSecond must be greater than 0 (Infinity streams without pauses).',
    );
  }
  if (!(settings.timeToFirstTokenMs >= 0) || !Number.isFinite(settings.timeToFirstTokenMs)) {
    throw new RangeError('timeToFirstTokenMs must be a finite number of at least 0.');
  }
  if (!Number.isInteger(settings.defaultLength) || settings.defaultLength < 0) {
    throw new RangeError('defaultLength must be a whole number of at least 0.');
  }
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError('port must be a whole number between 0 and 65535.');
  }
  return settings;
}
