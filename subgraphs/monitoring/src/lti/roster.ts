import { appError, ErrorCode, type Db } from '@aula/runtime';
import * as classes from '../classes';
import { overtakeInvitations } from '../invitations';

/** What the LMS says a course's roster is (auth's LTI integration sends it). */
export interface LmsRoster {
  /** The class linked to the course; null creates it (the first instructor launch or sync). */
  readonly classId: string | null;
  /** The course's title: the new class's name. */
  readonly className: string;
  readonly studentIds: readonly string[];
  readonly supervisorIds: readonly string[];
  /**
   * True when the lists are the whole roster (a Names and Role Provisioning sync): anyone not
   * listed leaves the class. False for one person's launch, which only adds them.
   */
  readonly complete: boolean;
}

/** Who joined and who left, for the supervision-change announcement. */
export interface RosterOutcome {
  readonly classId: string;
  readonly changedStudentIds: string[];
}

/**
 * Makes a class's enrolments and supervisors what the LMS says. This is how an LMS course
 * creates ties: the platform was registered by an administrator, so what it says about its
 * course carries the administrator's authority (the trust rule "admins enrol directly or
 * import rosters"), never a teacher's own say-so.
 */
export async function applyLmsRoster(db: Db, roster: LmsRoster): Promise<RosterOutcome> {
  const createdBy = roster.supervisorIds[0] ?? roster.studentIds[0];
  if (!roster.classId) {
    if (!createdBy) throw appError(ErrorCode.BAD_USER_INPUT, 'An empty course creates no class.');
    const created = await classes.createClass(db, {
      name: roster.className.slice(0, 200) || 'Course',
      term: null,
      createdBy,
      supervisorIds: [...new Set(roster.supervisorIds)],
      studentIds: [...new Set(roster.studentIds)],
      flagKeywords: [],
    });
    return { classId: created.id, changedStudentIds: [...roster.studentIds] };
  }
  const found = await classes.findClass(db, roster.classId);
  if (!found) throw appError(ErrorCode.NOT_FOUND, 'The class linked to this course is gone.');
  if (found.archivedAt)
    throw appError(
      ErrorCode.CONFLICT,
      'The class linked to this course is archived; an administrator can unlink the course.',
    );
  const students = new Set(await classes.activeStudentIds(db, found.id));
  const supervisors = new Set(await classes.activeSupervisorIds(db, found.id));
  const joining = roster.studentIds.filter((id) => !students.has(id));
  const leaving = roster.complete
    ? [...students].filter((id) => !roster.studentIds.includes(id))
    : [];
  await classes.enrollStudents(db, found.id, joining);
  await overtakeInvitations(db, found.id, joining);
  await classes.unenrollStudents(db, found.id, leaving);
  for (const id of roster.supervisorIds)
    if (!supervisors.has(id)) await classes.assignSupervisor(db, found.id, id);
  await overtakeInvitations(
    db,
    found.id,
    roster.supervisorIds.filter((id) => !supervisors.has(id)),
  );
  if (roster.complete)
    for (const id of supervisors)
      if (!roster.supervisorIds.includes(id)) await classes.removeSupervisor(db, found.id, id);
  const supervisorsChanged =
    roster.supervisorIds.some((id) => !supervisors.has(id)) ||
    (roster.complete && [...supervisors].some((id) => !roster.supervisorIds.includes(id)));
  return {
    classId: found.id,
    changedStudentIds: supervisorsChanged
      ? [...new Set([...students, ...joining])]
      : [...joining, ...leaving],
  };
}
