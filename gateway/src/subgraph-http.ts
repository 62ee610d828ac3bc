import { Agent, request } from 'undici';

/** Options for {@link SubgraphHttp}. */
export interface SubgraphHttpOptions {
  /** Most sockets open to one subgraph origin. @default 64 */
  readonly connections?: number;
  /**
   * How long an idle socket is kept. Below Node's server default (5 s), so the gateway closes
   * an idle socket before the subgraph does and never sends on one being closed. @default 4000
   */
  readonly keepAliveTimeoutMs?: number;
  /** Longest wait for a subgraph's answer. @default 30_000 */
  readonly timeoutMs?: number;
}

/** A subgraph's HTTP answer, read whole. */
export interface SubgraphReply {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
}

/**
 * The gateway's HTTP client to subgraphs: one undici keep-alive pool per origin (no WHATWG
 * fetch objects per request) and in-flight deduplication of identical queries: concurrent
 * requests with the same URL, headers (the caller's token among them) and body share one
 * round trip, as Hive Gateway does. Mutations are never shared.
 */
export class SubgraphHttp {
  private readonly agent: Agent;
  private readonly inflight = new Map<string, Promise<SubgraphReply>>();
  private readonly timeoutMs: number;

  constructor(options: SubgraphHttpOptions = {}) {
    const keepAlive = options.keepAliveTimeoutMs ?? 4000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.agent = new Agent({
      connections: options.connections ?? 64,
      keepAliveTimeout: keepAlive,
      keepAliveMaxTimeout: keepAlive,
      // Retire a socket a second before the server's own Keep-Alive hint says it will.
      keepAliveTimeoutThreshold: 1000,
    });
  }

  /** POSTs `body`; identical concurrent posts with `shareable` set get the same reply. */
  post(
    url: string,
    headers: Readonly<Record<string, string>>,
    body: string,
    shareable: boolean,
  ): Promise<SubgraphReply> {
    if (!shareable) return this.send(url, headers, body);
    const key = `${url}\n${JSON.stringify(headers)}\n${body}`;
    const running = this.inflight.get(key);
    if (running) return running;
    const sent = this.send(url, headers, body).finally(() => this.inflight.delete(key));
    this.inflight.set(key, sent);
    return sent;
  }

  /** Closes every pooled socket. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private async send(
    url: string,
    headers: Readonly<Record<string, string>>,
    body: string,
  ): Promise<SubgraphReply> {
    const response = await request(url, {
      method: 'POST',
      headers,
      body,
      dispatcher: this.agent,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    const type = response.headers['content-type'];
    return {
      status: response.statusCode,
      contentType: Array.isArray(type) ? type[0] : type,
      body: await response.body.text(),
    };
  }
}

/** Whether a subgraph document is a query (the planner writes `query …` or `{ … }`). */
export function isQueryDocument(document: string | undefined): boolean {
  return document !== undefined && /^\s*(query\b|\{)/.test(document);
}
