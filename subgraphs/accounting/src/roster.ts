import { appError, ErrorCode, type ServiceClient } from '@aula/runtime';
import { GraphQLError } from 'graphql';

/**
 * The students enrolled in a class right now, from monitoring's service-only
 * `studentIdsOfClass` (see CONTRACTS.md): what a class allowance pays at each run.
 */
export async function studentIdsOfClass(client: ServiceClient, classId: string): Promise<string[]> {
  const data = await client.request<{ studentIdsOfClass: string[] }>(
    'monitoring',
    'query($c: ID!) { studentIdsOfClass(classId: $c) }',
    { c: classId },
  );
  return data.studentIdsOfClass;
}

/**
 * A class's students as the caller may see them: monitoring's `classRoster`, asked with the
 * caller's own token, so monitoring decides (the class's supervisors and admins) and its
 * FORBIDDEN or NOT_FOUND reaches the caller unchanged.
 */
export async function classRosterAsCaller(
  monitoringUrl: () => string,
  authorization: string | undefined,
  classId: string,
): Promise<string[]> {
  let body: {
    data?: { classRoster: Array<{ student: { id: string } }> };
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  try {
    const response = await fetch(monitoringUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({
        query: 'query($c: ID!) { classRoster(classId: $c) { student { id } } }',
        variables: { c: classId },
      }),
      signal: AbortSignal.timeout(10_000),
    });
    body = (await response.json()) as typeof body;
  } catch {
    throw unavailable();
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code && code in ErrorCode && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      throw new GraphQLError(first.message, { extensions: { code, service: 'monitoring' } });
    }
    throw unavailable();
  }
  if (!body.data) throw unavailable();
  return body.data.classRoster.map((entry) => entry.student.id);
}

const unavailable = () =>
  appError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'Class rosters are not available right now. Please try again shortly.',
  );
