import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pass-through HTTP proxy in front of one service that counts what reaches it. */
export interface CountingProxy {
  /** The proxy's `/graphql` URL, to hand out in place of the service's. */
  readonly url: string;
  /** How many requests forwarded so far match `pattern` (method, path and body). */
  count(pattern: RegExp): number;
  close(): Promise<void>;
}

/**
 * Starts a proxy on a free loopback port that forwards every request unchanged to
 * `target`'s origin and remembers each request's path and body, so a test can tell how
 * often the gateway really called a service (JWKS fetches, API-key exchanges).
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const seen: string[] = [];
  const origin = new URL(target).origin;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push(`${req.method} ${req.url} ${body.toString('utf8')}`);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && !['host', 'connection'].includes(entry[0]),
        ),
      );
      fetch(new URL(req.url ?? '/', origin), {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      })
        .then(async (upstream) => {
          res.statusCode = upstream.status;
          const type = upstream.headers.get('content-type');
          if (type) res.setHeader('content-type', type);
          res.end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => {
          res.statusCode = 502;
          res.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    count: (pattern) => seen.filter((line) => pattern.test(line)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
