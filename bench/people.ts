import { graphql, testAccessToken } from '@aula/platform/testing';
import { randomUUID } from 'node:crypto';

/**
 * Creates a student through the gateway as `admin`, grants them `credits` (none when 0), and
 * returns an access token for them that lasts `expiresInSeconds`.
 */
export async function createBenchStudent(
  url: string,
  admin: string,
  options: { credits?: number; expiresInSeconds?: number } = {},
): Promise<string> {
  const created = await graphql<{ createUser: { id: string } }>(
    url,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        email: `${randomUUID()}@bench.aula`,
        displayName: 'Bench student',
        role: 'STUDENT',
        password: 'a-long-bench-password',
      },
    },
    admin,
  );
  if (!created.data) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
  const studentId = created.data.createUser.id;
  const credits = options.credits ?? 100_000;
  if (credits > 0)
    await graphql(
      url,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      { u: studentId, a: credits },
      admin,
    );
  return testAccessToken(studentId, 'STUDENT', { expiresIn: options.expiresInSeconds ?? 900 });
}
