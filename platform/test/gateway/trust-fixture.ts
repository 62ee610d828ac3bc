import type { Role } from '@aula/runtime';
import { randomUUID } from 'node:crypto';
import { graphql, testAccessToken } from '@aula/platform/testing';

/** A person created through auth, with a token to act as them. */
export interface Person {
  readonly id: string;
  readonly token: string;
}

/** The responses of {@link trustFixture}'s `attempt`: data and error codes together. */
export interface Attempt<T> {
  readonly data?: T;
  readonly codes: unknown[];
}

/**
 * Helpers for the trust-boundary abuse cases: real people, classes and conversations made
 * through the public gateway, so each case is tried the way a new user would try it.
 */
export function trustFixture(gatewayUrl: () => string, adminToken: string) {
  const attempt = async <T = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Attempt<T>> => {
    const result = await graphql<T>(gatewayUrl(), query, variables, token);
    return { data: result.data, codes: (result.errors ?? []).map((e) => e.extensions?.code) };
  };
  const run = async <T = Record<string, unknown>>(
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const result = await graphql<T>(gatewayUrl(), query, variables, token);
    if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const person = async (role: Role, name: string): Promise<Person> => {
    const { createUser } = await run<{ createUser: { id: string } }>(
      adminToken,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          email: `${role.toLowerCase()}-${randomUUID()}@trust.test`,
          displayName: name,
          role,
          password: 'a-long-enough-password',
        },
      },
    );
    return { id: createUser.id, token: testAccessToken(createUser.id, role) };
  };
  /** A class an admin creates, with these supervisors and students enrolled directly. */
  const adminClass = async (supervisors: Person[], students: Person[]): Promise<string> =>
    (
      await run<{ createClass: { id: string } }>(
        adminToken,
        'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
        {
          i: {
            name: `Trust ${randomUUID().slice(0, 8)}`,
            supervisorIds: supervisors.map((p) => p.id),
            studentIds: students.map((p) => p.id),
          },
        },
      )
    ).createClass.id;
  /** A conversation of `student` with one message in it (credits granted first); returns its ids. */
  const conversation = async (
    student: Person,
    text: string,
  ): Promise<{ sessionId: string; messageId: string }> => {
    await run(
      adminToken,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      { u: student.id, a: 10 },
    );
    const sessionId = (
      await run<{ startChat: { id: string } }>(student.token, 'mutation { startChat { id } }')
    ).startChat.id;
    await run(
      student.token,
      'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
      {
        s: sessionId,
        t: `${text} [[emulator:length=2]]`,
      },
    );
    await idle(student, sessionId);
    const messageId = await userMessageOf(student, sessionId);
    return { sessionId, messageId };
  };
  /** Waits until the answer being written in a conversation has ended. */
  const idle = async (student: Person, sessionId: string): Promise<void> => {
    for (let i = 0; i < 300; i += 1) {
      const state = await run<{ chatSession: { isStreaming: boolean } }>(
        student.token,
        'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
        { s: sessionId },
      );
      if (!state.chatSession.isStreaming) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('an answer was still being written after 30 s');
  };
  const userMessageOf = async (student: Person, sessionId: string): Promise<string> => {
    const page = await run<{
      chatSession: { messages: { edges: Array<{ node: { id: string; role: string } }> } };
    }>(
      student.token,
      'query($s: ID!) { chatSession(id: $s) { messages(first: 200) { edges { node { id role } } } } }',
      {
        s: sessionId,
      },
    );
    const users = page.chatSession.messages.edges.filter((e) => e.node.role === 'USER');
    return users[users.length - 1]!.node.id;
  };
  return { attempt, run, person, adminClass, conversation, idle };
}
