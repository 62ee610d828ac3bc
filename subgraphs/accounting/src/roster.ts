import { operations, type ServiceClient } from '@aula/runtime';

/**
 * The students enrolled in a class right now, from monitoring's service-only
 * `studentIdsOfClass` (see CONTRACTS.md): what a class allowance pays at each run.
 */
export async function studentIdsOfClass(client: ServiceClient, classId: string): Promise<string[]> {
  const data = await client.request(operations.monitoring.StudentIdsOfClass, { classId });
  return data.studentIdsOfClass;
}

/** One student of a class with the caller's window on them (monitoring's `RosterEntry`). */
export interface RosterWindow {
  readonly userId: string;
  readonly from: Date;
  /** When the window closed (the class's archiving); null while open. */
  readonly until: Date | null;
}

/**
 * A class's students as the caller may see them, each with the caller's supervision window:
 * monitoring's `classRoster`, asked on the caller's behalf (their own token), so monitoring decides (the
 * class's supervisors and admins) and its FORBIDDEN or NOT_FOUND reaches the caller unchanged.
 */
export async function classRosterAsCaller(
  client: ServiceClient,
  authorization: string | undefined,
  classId: string,
): Promise<RosterWindow[]> {
  const data = await client
    .onBehalfOf(authorization)
    .request(operations.monitoring.ClassRosterStudentIds, { classId });
  return data.classRoster.map((entry) => ({
    userId: entry.student.id,
    from: new Date(entry.visibleFrom),
    until: entry.visibleUntil ? new Date(entry.visibleUntil) : null,
  }));
}
