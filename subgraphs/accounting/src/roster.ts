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

/** How a page of monitoring's connections ends. */
interface PageEnd {
  readonly hasNextPage: boolean;
  readonly endCursor?: string | null;
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

/** How many classes' rosters accounting reads at once for a report grouped by class. */
const ROSTERS_AT_ONCE = 4;

/** One class's student with the caller's window on them. */
export interface ClassWindow extends RosterWindow {
  readonly classId: string;
}

/**
 * Every class the caller may report usage on, with each student's window in it: admins every
 * class (monitoring's `classes`), supervisors the classes they supervise (`myClasses`), archived
 * ones included (their windows closed at archiving). Asked on the caller's behalf, like
 * {@link classRosterAsCaller}, so monitoring decides which classes and windows they see.
 */
export async function classWindowsAsCaller(
  client: ServiceClient,
  authorization: string | undefined,
  everyClass: boolean,
): Promise<ClassWindow[]> {
  const caller = client.onBehalfOf(authorization);
  const classIds: string[] = [];
  let after: string | null = null;
  do {
    let page: { edges: ReadonlyArray<{ node: { id: string } }>; pageInfo: PageEnd };
    if (everyClass) {
      page = (
        await caller.request(operations.monitoring.AllClassIds, { first: ROSTER_PAGE, after })
      ).classes;
    } else {
      page = (
        await caller.request(operations.monitoring.SupervisedClassIds, {
          first: ROSTER_PAGE,
          after,
        })
      ).myClasses;
    }
    classIds.push(...page.edges.map((edge) => edge.node.id));
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  const windows: ClassWindow[] = [];
  for (let i = 0; i < classIds.length; i += ROSTERS_AT_ONCE) {
    const batch = classIds.slice(i, i + ROSTERS_AT_ONCE);
    const rosters = await Promise.all(
      batch.map((classId) => classRosterAsCaller(client, authorization, classId)),
    );
    rosters.forEach((roster, j) =>
      windows.push(...roster.map((w) => ({ ...w, classId: batch[j]! }))),
    );
  }
  return windows;
}
