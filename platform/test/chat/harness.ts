import {
  graphql,
  startTestPlatform,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';
import { testRedisUrl } from '@aula/runtime/src/testing';
import { createClient, type Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** Every field of every stream event, as the tests read them. */
export const STREAM = `subscription Stream($s: ID!) { chatStream(sessionId: $s) {
  __typename sessionId messageId sequence
  ... on ChatStreamStarted { message { id status role } }
  ... on ChatStreamSnapshot { text toolCalls { toolUseId name output } }
  ... on ChatStreamTextDelta { text }
  ... on ChatStreamToolCall { toolCall { toolUseId name input output isError } }
  ... on ChatStreamToolResult { toolCall { toolUseId name input output isError } }
  ... on ChatStreamSupervisorNote { message { id role content author { id displayName } } }
  ... on ChatStreamCompleted { usage { inputTokens outputTokens estimated } creditsCharged { microCredits } newBalance { microCredits }
    message { id status content inputTokens outputTokens creditsCharged { microCredits } } }
  ... on ChatStreamStopped { reason usage { inputTokens outputTokens estimated } creditsCharged { microCredits }
    message { id status content statusReason creditsCharged { microCredits } } }
  ... on ChatStreamFailed { reason usage { inputTokens outputTokens estimated } creditsCharged { microCredits }
    message { id status content statusReason creditsCharged { microCredits } } }
} }`;

/** One stream event as received. */
export type StreamEvent = {
  __typename: string;
  messageId: string;
  sequence: number;
  text?: string;
  reason?: string;
  [field: string]: unknown;
};

/** A person the tests act as. */
export interface TestUser {
  readonly id: string;
  readonly token: string;
}

/** A platform with chat, helpers to create people and to watch streams over graphql-ws. */
export interface ChatHarness {
  readonly platform: TestPlatform;
  readonly admin: TestUser;
  /** Creates a person in auth and, when `credits` is given, grants them credits. */
  person(role: 'STUDENT' | 'SUPERVISOR' | 'ADMIN', credits?: number): Promise<TestUser>;
  /** Runs an operation through the gateway; throws on errors. */
  run<T = Record<string, unknown>>(
    who: TestUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Runs an operation through the gateway and returns the raw result. */
  raw(
    who: TestUser,
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphql>;
  /**
   * Resolves once every watcher is provably live on `sessionId`: graphql-ws does not
   * acknowledge subscriptions, so the owner sends a long primer answer, each watcher
   * must see it, and it is stopped once it has text (so it reads as a normal exchange).
   */
  live(owner: TestUser, sessionId: string, watchers: Watcher[]): Promise<void>;
  /** Subscribes to a session's stream through the gateway (or `url`). */
  watch(who: TestUser, sessionId: string, options?: { url?: string; query?: string }): Watcher;
  close(): Promise<void>;
}

/** A live subscription. */
export interface Watcher {
  readonly events: StreamEvent[];
  /** Resolves with an error (GraphQL errors or a closed socket) if the subscription failed. */
  readonly failed: Promise<unknown>;
  /** Waits until `predicate` holds for some event, returning the events so far. */
  until(predicate: (event: StreamEvent) => boolean): Promise<StreamEvent[]>;
  stop(): void;
}

/** Whether an event ends a message. */
export const isTerminal = (e: StreamEvent) =>
  ['ChatStreamCompleted', 'ChatStreamStopped', 'ChatStreamFailed'].includes(e.__typename);

/** Starts the whole platform for one test file, with Redis for chat when the run has it. */
export async function startChatHarness(env: Record<string, string> = {}): Promise<ChatHarness> {
  const redis = testRedisUrl();
  const platform = await startTestPlatform({ ...(redis ? { REDIS_URL: redis } : {}), ...env });
  const admin: TestUser = { id: randomUUID(), token: testAccessToken(randomUUID(), 'ADMIN') };
  const clients: Client[] = [];
  const run = async <T>(who: TestUser, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(platform.url, query, variables, who.token);
    if (result.errors?.length)
      throw new Error(`${result.errors[0]!.extensions?.code}: ${result.errors[0]!.message}`);
    return result.data as T;
  };
  return {
    platform,
    admin,
    async person(role, credits) {
      const created = await run<{ createUser: { id: string } }>(
        admin,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            email: `${randomUUID()}@test.aula`,
            displayName: `Test ${role.toLowerCase()}`,
            role,
            password: 'a-long-test-password',
          },
        },
      );
      const id = created.createUser.id;
      if (credits !== undefined) {
        await run(
          admin,
          'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
          { u: id, a: credits },
        );
      }
      return { id, token: testAccessToken(id, role) };
    },
    run,
    async live(owner, sessionId, watchers) {
      const { sendMessage: primer } = await run<{ sendMessage: { id: string } }>(
        owner,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        { s: sessionId, t: 'Are you listening? [[emulator:length=1000]] [[emulator:rate=20]]' },
      );
      for (const watcher of watchers) await watcher.until((e) => e.messageId === primer.id);
      await watchers[0]!.until(
        (e) => e.messageId === primer.id && e.__typename === 'ChatStreamTextDelta',
      );
      await run(owner, 'mutation($m: ID!) { stopGeneration(messageId: $m) { id } }', {
        m: primer.id,
      });
      for (const watcher of watchers)
        await watcher.until((e) => isTerminal(e) && e.messageId === primer.id);
    },
    raw: (who, query, variables = {}) => graphql(platform.url, query, variables, who.token),
    watch(who, sessionId, options = {}) {
      const client = createClient({
        url: options.url ?? platform.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        connectionParams: { authorization: `Bearer ${who.token}` },
      });
      clients.push(client);
      const events: StreamEvent[] = [];
      const waiters = new Set<() => void>();
      let fail!: (error: unknown) => void;
      const failed = new Promise<unknown>((resolve) => (fail = resolve));
      const stop = client.subscribe<{ chatStream: StreamEvent }>(
        { query: options.query ?? STREAM, variables: { s: sessionId } },
        {
          next: (result) => {
            if (result.errors?.length) fail(result.errors);
            if (result.data?.chatStream) events.push(result.data.chatStream);
            for (const wake of waiters) wake();
          },
          error: (error) => {
            fail(error);
            for (const wake of waiters) wake();
          },
          complete: () => undefined,
        },
      );
      return {
        events,
        failed,
        stop,
        async until(predicate) {
          while (!events.some(predicate)) {
            const outcome = await Promise.race([
              new Promise<'event'>((resolve) => {
                const wake = () => {
                  waiters.delete(wake);
                  resolve('event');
                };
                waiters.add(wake);
              }),
              failed.then((error) => ({ error })),
            ]);
            if (typeof outcome === 'object')
              throw new Error(`subscription failed: ${JSON.stringify(outcome.error)}`);
          }
          return [...events];
        },
      };
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await platform.close();
    },
  };
}

/** The text of an answer as a subscriber reconstructs it from its events. */
export function reconstruct(events: StreamEvent[], messageId: string): string {
  let text = '';
  for (const event of events) {
    if (event.messageId !== messageId) continue;
    if (event.__typename === 'ChatStreamSnapshot') text = String(event.text);
    if (event.__typename === 'ChatStreamTextDelta') text += String(event.text);
  }
  return text;
}

/** Asserts sequence numbers of one message's events run 1..n (or from a snapshot's n+1) with no gap or repeat. */
export function sequencesOf(events: StreamEvent[], messageId: string): number[] {
  return events.filter((e) => e.messageId === messageId).map((e) => e.sequence);
}
