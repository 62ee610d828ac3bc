import { graphql } from '@aula/platform/testing';

/** Runs an operation through the gateway at `url` as `token`; throws on errors. */
export async function callGateway<T = Record<string, unknown>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await graphql<T>(url, query, variables, token);
  if (result.errors?.length) throw new Error(`${query.slice(0, 60)}: ${result.errors[0]!.message}`);
  return result.data!;
}

/** A class the teacher (`teacherToken`) makes through the API, with a join code for students. */
export async function classWithJoinCode(
  url: string,
  teacherToken: string,
  input: { name: string; term?: string },
): Promise<{ classId: string; joinCode: string }> {
  const made = await callGateway<{ createClass: { id: string } }>(
    url,
    teacherToken,
    'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
    { i: input },
  );
  const code = await callGateway<{ rotateJoinCode: { joinCode: string } }>(
    url,
    teacherToken,
    'mutation($c: ID!) { rotateJoinCode(classId: $c) { joinCode } }',
    { c: made.createClass.id },
  );
  return { classId: made.createClass.id, joinCode: code.rotateJoinCode.joinCode };
}
