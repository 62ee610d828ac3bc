import { CHAT_ACTIVITY, type ChatActivity, type Role } from '@aula/runtime';
import { graphql, testAccessToken, type TestPlatform } from '@aula/platform/testing';
import { createClient, type Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** A person created through auth, with a token to act as them. */
export interface TestPerson {
  readonly id: string;
  readonly role: Role;
  readonly token: string;
}

/**
 * An admin token. Tokens are verified by signature alone, so a signed ADMIN token
 * acts as an admin without depending on how auth bootstraps its first account.
 */
export function adminToken(): string {
  return testAccessToken(randomUUID(), 'ADMIN');
}

/** Creates an account through the gateway as an admin; returns it with an access token. */
export async function createPerson(
  platform: TestPlatform,
  adminToken: string,
  role: Role,
  name: string,
): Promise<TestPerson> {
  const result = await graphql<{ createUser: { id: string } }>(
    platform.url,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        email: `${role.toLowerCase()}-${randomUUID()}@school.test`,
        displayName: name,
        role,
        password: 'a-long-enough-password',
      },
    },
    adminToken,
  );
  if (!result.data) throw new Error(`createUser failed: ${JSON.stringify(result.errors)}`);
  const id = result.data.createUser.id;
  return { id, role, token: testAccessToken(id, role) };
}

/**
 * Plays chat: announces on the bus that `student` sent `text` (in `sessionId`, a fresh
 * conversation by default), as chat does for every student message. Returns the message id.
 */
export async function studentSays(
  platform: TestPlatform,
  student: Pick<TestPerson, 'id'>,
  text: string,
  sessionId: string = randomUUID(),
): Promise<string> {
  const event: ChatActivity = {
    kind: 'user-message',
    sessionId,
    messageId: randomUUID(),
    userId: student.id,
    chatbotId: null,
    text,
    at: new Date().toISOString(),
  };
  await platform.bus.publish(CHAT_ACTIVITY, event);
  return event.messageId;
}

export { codeOf, eventually, nodesOf, readAllPages } from '@aula/platform/testing';

/** A live subscription that collects its events, for tests. */
export interface TestSubscription<T> {
  /** Every event so far. */
  readonly events: T[];
  /** Resolves with the first event (already received or coming) matching `match`; rejects after `timeoutMs`. */
  next(match: (event: T) => boolean, what?: string, timeoutMs?: number): Promise<T>;
  /** Resolves with the error or completion that ended the subscription. */
  readonly ended: Promise<{ error?: unknown }>;
  close(): Promise<void>;
}

/** Subscribes over graphql-ws at `wsUrl` as the holder of `token`. */
export function subscribe<T>(
  wsUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): TestSubscription<T> {
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events: T[] = [];
  const waiters: Array<{ match: (event: T) => boolean; resolve: (event: T) => void }> = [];
  let end: (value: { error?: unknown }) => void = () => undefined;
  const ended = new Promise<{ error?: unknown }>((resolve) => (end = resolve));
  const failWaiters: Array<(error: Error) => void> = [];
  const stop = client.subscribe<{ [key: string]: T }>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors?.length) return end({ error: result.errors });
        const event = Object.values(result.data ?? {})[0] as T;
        events.push(event);
        for (const waiter of [...waiters]) {
          if (waiter.match(event)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
      },
      error: (error) => {
        end({ error });
        for (const fail of failWaiters)
          fail(new Error(`subscription failed: ${JSON.stringify(error)}`));
      },
      complete: () => end({}),
    },
  );
  return {
    events,
    ended,
    next(match, what = 'event', timeoutMs = 15_000) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} arrived`)), timeoutMs);
        failWaiters.push(reject);
        waiters.push({
          match,
          resolve: (event) => {
            clearTimeout(timer);
            resolve(event);
          },
        });
      });
    },
    async close() {
      stop();
      await client.dispose();
    },
  };
}
