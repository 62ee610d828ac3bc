import type { IncomingMessage } from 'node:http';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type ServerOptions,
  type WebSocket as GraphqlWsSocket,
} from 'graphql-ws';
import type { RawData, WebSocket, WebSocketServer } from 'ws';

/** What graphql-ws hands to every hook as `ctx.extra` for a socket served by {@link serveGraphqlWs}. */
export interface SocketExtra {
  /** The client's socket. */
  readonly socket: WebSocket;
  /** The peer's address when the socket was opened (the upgrade request itself is not kept). */
  readonly remoteAddress: string | undefined;
}

/** Options for {@link serveGraphqlWs}: graphql-ws's own server options. */
export type GraphqlWsServerOptions<
  P extends Record<string, unknown>,
  E extends Record<string, unknown>,
> = ServerOptions<P, SocketExtra & Partial<E>>;

/** Sockets whose last ping has not been answered yet. */
const unanswered = new WeakSet<WebSocket>();

/** The `pong` listener, shared by every socket (`this` is the socket that answered). */
function answered(this: WebSocket): void {
  unanswered.delete(this);
}

/**
 * graphql-ws on a `ws` server: the protocol is graphql-ws's own (`makeServer`), this is only
 * the adapter, in place of `graphql-ws/use/ws`, which costs each idle subscription more than it
 * needs to. Here:
 * - an incoming message is parsed before graphql-ws sees it, so a subscription's pending
 *   handler keeps the parsed message (as graphql-ws does anyway), not also its raw text and
 *   the frame's buffer (~1.5 KiB per subscription);
 * - one keep-alive timer pings every socket, instead of a timer per socket: a socket that has
 *   not answered the previous ping when the next is due (`keepAliveMs`) is terminated;
 * - the upgrade request is not kept: hooks get the peer's address.
 * Failures close the socket as `graphql-ws/use/ws` does (4500, the reason only outside production).
 * Returns the disposer.
 *
 * @param keepAliveMs @default 12_000
 */
export function serveGraphqlWs<
  P extends Record<string, unknown>,
  E extends Record<string, unknown>,
>(
  options: GraphqlWsServerOptions<P, E>,
  wss: WebSocketServer,
  keepAliveMs = 12_000,
): () => Promise<void> {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;
  // What failed is logged here; the client learns only that something did (never a raw message).
  const internalError = (socket: WebSocket) =>
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  wss.once('error', (error) => {
    console.error('Internal error emitted on the WebSocket server.', error);
    for (const client of wss.clients) internalError(client);
  });
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (socket.readyState !== socket.OPEN) continue;
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }, keepAliveMs);
  // The server keeps the process alive, not its heartbeat.
  heartbeat.unref();

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => {
      console.error('Internal error emitted on a WebSocket socket.', error);
      internalError(socket);
    });
    socket.on('pong', answered);
    const extra: SocketExtra = { socket, remoteAddress: request.socket.remoteAddress };
    const closed = server.opened(
      new SocketAdapter(socket, internalError),
      extra as SocketExtra & Partial<E>,
    );
    socket.once('close', (code, reason) => {
      unanswered.delete(socket);
      void closed(code, String(reason));
    });
  });

  return async () => {
    clearInterval(heartbeat);
    for (const client of wss.clients) client.close(1001, 'Going away');
    wss.removeAllListeners();
    await new Promise<void>((resolve, reject) =>
      wss.close((error) => (error ? reject(error) : resolve())),
    );
  };
}

/** graphql-ws's view of one `ws` socket (methods, not closures per socket). */
class SocketAdapter implements GraphqlWsSocket {
  constructor(
    private readonly socket: WebSocket,
    private readonly internalError: (socket: WebSocket) => void,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    const socket = this.socket;
    return new Promise((resolve, reject) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    const { socket, internalError } = this;
    socket.on('message', (data: RawData) => {
      // graphql-ws's message handler stays pending for as long as a subscription runs, holding
      // its argument: hand it the parsed message (which it keeps anyway), not the text. It
      // validates an object as it would the parsed text.
      const text = Array.isArray(data) ? Buffer.concat(data).toString() : String(data);
      handle(parsedOr(text) as string).catch((error: unknown) => {
        console.error('Internal error occurred during message handling.', error);
        internalError(socket);
      });
    });
  }
}

/** `text` parsed when it is a JSON object, else `text` itself (graphql-ws refuses it with 4400). */
function parsedOr(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : text;
  } catch {
    return text;
  }
}
