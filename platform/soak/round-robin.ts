import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP load balancer on loopback, as a Kubernetes Service or a cloud load balancer is: each new
 * connection goes to the next backend in turn; a backend that refuses (stopped, restarting) is
 * skipped for that connection. HTTP keep-alive and WebSocket connections stay on the replica
 * they reached until it or the client closes them.
 */
export interface RoundRobin {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Connections forwarded to each backend port so far. */
  readonly forwarded: Map<number, number>;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) and spreads connections over `backends()`. */
export async function startRoundRobin(backends: () => number[], port = 0): Promise<RoundRobin> {
  const sockets = new Set<Socket>();
  const forwarded = new Map<number, number>();
  let next = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };
  const server = createServer((client) => {
    track(client);
    client.pause();
    const ports = backends();
    const attempt = (tries: number) => {
      if (tries >= ports.length || client.destroyed) {
        client.destroy();
        return;
      }
      const target = ports[next++ % ports.length]!;
      const upstream = connect(target, '127.0.0.1');
      let connected = false;
      upstream.on('error', () => {
        if (!connected) attempt(tries + 1);
      });
      upstream.once('connect', () => {
        connected = true;
        track(upstream);
        forwarded.set(target, (forwarded.get(target) ?? 0) + 1);
        client.pipe(upstream).pipe(client);
        client.resume();
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
    };
    attempt(0);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    origin: `http://127.0.0.1:${bound}`,
    forwarded,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
