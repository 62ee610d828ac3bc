import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { testRedisUrl } from '@aula/runtime/src/testing';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  subscribe,
  type TestPerson,
  type TestSubscription,
} from './testing';

/** The class feed, as the end-to-end tests read it. */
export const ACTIVITY = `subscription($c: ID!) { classActivity(classId: $c) {
  kind sessionId messageId student { id displayName } flag { id category severity source excerpt stoppedAnswer }
} }`;
/** A conversation's stream, as the end-to-end tests read it. */
export const STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) {
  __typename messageId sequence
  ... on ChatStreamTextDelta { text }
  ... on ChatStreamSupervisorNote { message { id role content author { id displayName } } }
  ... on ChatStreamStopped { reason }
} }`;
/** Sends a student's message; returns the pending answer. */
export const SEND = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }`;

/** One class feed event. */
export interface Activity {
  kind: string;
  sessionId: string;
  messageId: string;
  student: { id: string; displayName: string };
  flag: {
    id: string;
    category: string;
    severity: string;
    source: string;
    excerpt: string;
    stoppedAnswer: boolean;
  } | null;
}

/** One stream event. */
export interface StreamEvent {
  __typename: string;
  messageId: string;
  sequence: number;
  text?: string;
  reason?: string;
  message?: {
    id: string;
    role: string;
    content: string;
    author: { id: string; displayName: string };
  };
}

/** Stream events that end an answer. */
export const TERMINAL = ['ChatStreamCompleted', 'ChatStreamStopped', 'ChatStreamFailed'];

/** The text of one answer as a subscriber saw it. */
export const textOf = (events: StreamEvent[], messageId: string) =>
  events
    .filter((e) => e.messageId === messageId && e.__typename === 'ChatStreamTextDelta')
    .map((e) => e.text)
    .join('');

/** A whole platform with one class: its teacher watching, a student chatting, and a teacher of another class. */
export interface Classroom {
  readonly platform: TestPlatform;
  readonly admin: string;
  readonly teacher: TestPerson;
  readonly stranger: TestPerson;
  readonly student: TestPerson;
  readonly classId: string;
  /** The student's conversation with the built-in tutor. */
  readonly sessionId: string;
  /** The teacher's class feed. */
  readonly activity: TestSubscription<Activity>;
  /** The student's own stream of the conversation. */
  readonly own: TestSubscription<StreamEvent>;
  /** The teacher watching the same stream. */
  readonly watching: TestSubscription<StreamEvent>;
  /** Runs an operation through the gateway; throws on errors. */
  run<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** The student sends a message in the conversation; returns the answer's id. */
  send(text: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots every subgraph (with Redis for chat when the run has it), creates the people
 * and the class, starts the conversation and the three subscriptions, and returns once
 * all three have carried a short answer from start to end.
 */
export async function startClassroom(): Promise<Classroom> {
  const redis = testRedisUrl();
  const platform = await startTestPlatform(redis ? { REDIS_URL: redis } : {});
  const admin = adminToken();
  const run = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(platform.url, query, variables, token);
    if (result.errors?.length)
      throw new Error(`${String(codeOf(result))}: ${result.errors[0]!.message}`);
    return result.data!;
  };
  const [teacher, stranger, student] = await Promise.all([
    createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
    createPerson(platform, admin, 'SUPERVISOR', 'Mr Birch'),
    createPerson(platform, admin, 'STUDENT', 'Ada'),
  ]);
  await run(
    admin,
    'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
    { u: student.id, a: 100 },
  );
  const create = `mutation($i: CreateClassInput!) { createClass(input: $i) { id } }`;
  const classId = (
    await run<{ createClass: { id: string } }>(admin, create, {
      i: { name: '7A Biology', supervisorIds: [teacher.id], studentIds: [student.id] },
    })
  ).createClass.id;
  await run(stranger.token, create, { i: { name: '8C Chemistry' } });
  const sessionId = (
    await run<{ startChat: { id: string } }>(student.token, 'mutation { startChat { id } }')
  ).startChat.id;
  const send = async (text: string) =>
    (await run<{ sendMessage: { id: string } }>(student.token, SEND, { s: sessionId, t: text }))
      .sendMessage.id;

  const activity = subscribe<Activity>(platform.wsUrl, ACTIVITY, { c: classId }, teacher.token);
  const own = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, student.token);
  const watching = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, teacher.token);
  // No subscription is acknowledged: short answers are sent until all three have seen one end.
  await eventually(async () => {
    const answer = await send('Hello [[emulator:length=2]]');
    const ended = (e: { messageId: string; __typename?: string; kind?: string }) =>
      e.messageId === answer &&
      (TERMINAL.includes(e.__typename ?? '') || e.kind === 'ANSWER_FINISHED');
    await own.next(ended, 'primer (student)');
    await watching.next(ended, 'primer (teacher)', 2000);
    await activity.next(ended, 'primer (class feed)', 2000);
    return true;
  }, 'all three streams to see a primer answer end');

  return {
    platform,
    admin,
    teacher,
    stranger,
    student,
    classId,
    sessionId,
    activity,
    own,
    watching,
    run,
    send,
    async close() {
      await Promise.all([activity, own, watching].map((s) => s.close()));
      await platform.close();
    },
  };
}
