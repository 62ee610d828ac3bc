import { operations, type ResultOf, type ServiceClient } from '@aula/runtime';

/**
 * The students enrolled in a class right now, from monitoring's service-only
 * `studentIdsOfClass` (see CONTRACTS.md): what a class allowance pays at each run.
 */
export async function studentIdsOfClass(client: ServiceClient, classId: string): Promise<string[]> {
  const data = await client.request(operations.monitoring.StudentIdsOfClass, { classId });
  return data.studentIdsOfClass;
}

/** The largest roster page monitoring serves: a class's usage needs every student. */
const ROSTER_PAGE = 100;

type RosterPage = ResultOf<typeof operations.monitoring.ClassRosterStudentIds>;

/** One student of a class with the caller's window on them (monitoring's `RosterEntry`). */
export interface RosterWindow {
  readonly userId: string;
  readonly from: Date;
  /** When the window closed (the class's archiving); null while open. */
  readonly until: Date | null;
}

/**
 * A class's students as the caller may see them, each with the caller's supervision window:
 * monitoring's `classRoster`, every page of it, asked on the caller's behalf (their own token), so monitoring decides (the
 * class's supervisors and admins) and its FORBIDDEN or NOT_FOUND reaches the caller unchanged.
 */
export async function classRosterAsCaller(
  client: ServiceClient,
  authorization: string | undefined,
  classId: string,
): Promise<RosterWindow[]> {
  const caller = client.onBehalfOf(authorization);
  const windows: RosterWindow[] = [];
  let after: string | null = null;
  do {
    const { classRoster: page }: RosterPage = await caller.request(
      operations.monitoring.ClassRosterStudentIds,
      { classId, first: ROSTER_PAGE, after },
    );
    for (const { node } of page.edges)
      windows.push({
        userId: node.student.id,
        from: new Date(node.visibleFrom),
        until: node.visibleUntil ? new Date(node.visibleUntil) : null,
      });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return windows;
}
