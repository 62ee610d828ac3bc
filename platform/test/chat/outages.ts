import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** How a {@link ServiceOutage} treats requests. */
export type OutageMode =
  /** Forwards everything. */
  | 'up'
  /** Drops every connection at once, as a stopped service does. */
  | 'down'
  /** Forwards everything but settlements, which are held unanswered. */
  | 'hold-settlements';

/** An HTTP hop in front of a real subgraph that a test can take down. */
export interface ServiceOutage {
  readonly url: string;
  mode: OutageMode;
  /** Requests to drop (their connection destroyed, as a lost keep-alive socket) before forwarding again. */
  dropNext: number;
  /** Settlement requests seen (forwarded or held). */
  readonly settlements: number;
  close(): Promise<void>;
}

const SETTLEMENT = /finalizeReservation|abortReservation/;

/** Starts a hop to `target` (a subgraph's `/graphql` URL) on a free port. */
export async function startServiceOutage(target: string): Promise<ServiceOutage> {
  let settlements = 0;
  const held = new Set<IncomingMessage>();
  const state = { mode: 'up' as OutageMode, dropNext: 0 };
  const server = createHttpServer((request, response) => {
    if (state.dropNext > 0) {
      state.dropNext -= 1;
      request.socket.destroy();
      return;
    }
    if (state.mode === 'down') {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (SETTLEMENT.test(body)) {
        settlements += 1;
        if (state.mode === 'hold-settlements') {
          held.add(request);
          return;
        }
      }
      void fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: request.headers.authorization ?? '',
        },
        body,
      })
        .then(async (upstream) => {
          response.writeHead(upstream.status, { 'content-type': 'application/json' });
          response.end(await upstream.text());
        })
        .catch(() => request.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get mode() {
      return state.mode;
    },
    set mode(mode: OutageMode) {
      state.mode = mode;
    },
    get dropNext() {
      return state.dropNext;
    },
    set dropNext(count: number) {
      state.dropNext = count;
    },
    get settlements() {
      return settlements;
    },
    async close() {
      for (const request of held) request.socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A TCP hop in front of PostgreSQL that can drop every connection and refuse new ones for a while. */
export interface DatabaseOutage {
  /** The PostgreSQL URL through the hop. */
  readonly url: string;
  /** Drops every connection now and refuses new ones until `restore`, as a restarting server does. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Starts a hop to the PostgreSQL server of `databaseUrl`. */
export async function startDatabaseOutage(databaseUrl: string): Promise<DatabaseOutage> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let refusing = false;
  const server = createTcpServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    cut() {
      refusing = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      refusing = false;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
