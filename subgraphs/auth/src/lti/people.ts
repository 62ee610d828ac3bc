import type { Db } from '@aula/runtime';
import { and, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { users } from '../db/schema';
import { findUserByEmail, findUserById, type UserRow } from '../users';
import { LtiError, LtiErrorCode } from './errors';
import { ltiUserLinks } from './tables';

/** LIS membership roles (LTI 1.3 §A.2.3); the short forms are LTI 1.1's, still sent by some LMSs. */
const INSTRUCTOR = [
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
  'Instructor',
];
const LEARNER = ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner', 'Learner'];

/** What the LMS says someone is in a course; `null` when Aula has no place for them. */
export type CourseRole = 'LEARNER' | 'INSTRUCTOR';

/**
 * Maps LTI roles to a course role: any instructor role makes an instructor (a SUPERVISOR in
 * Aula), otherwise a learner (a STUDENT). Institution roles, such as an LMS administrator, give
 * nothing: no launch ever makes an Aula administrator.
 */
export function courseRoleOf(roles: readonly string[]): CourseRole | null {
  if (roles.some((r) => INSTRUCTOR.includes(r))) return 'INSTRUCTOR';
  if (roles.some((r) => LEARNER.includes(r))) return 'LEARNER';
  return null;
}

/** A platform's person, as a launch or a membership list describes them. */
export interface LmsPerson {
  readonly subject: string;
  readonly email?: string | undefined;
  readonly name?: string | undefined;
  readonly role: CourseRole;
}

const accountRole = (role: CourseRole) => (role === 'INSTRUCTOR' ? 'SUPERVISOR' : 'STUDENT');

/**
 * The Aula account of a platform's person: the one linked before, else an account with the same
 * e-mail of the matching role (linked now), else a new account without a password (they sign in
 * through the LMS). An administrator's account is never reached this way, and a student account
 * is never turned into a teacher's (`LTI_ACCOUNT_REFUSED`).
 */
export async function accountOf(db: Db, platformId: string, person: LmsPerson): Promise<UserRow> {
  const [link] = await db
    .select({ userId: ltiUserLinks.userId })
    .from(ltiUserLinks)
    .where(and(eq(ltiUserLinks.platformId, platformId), eq(ltiUserLinks.subject, person.subject)))
    .limit(1);
  const wanted = accountRole(person.role);
  let user = link ? await findUserById(db, link.userId) : null;
  if (!user) {
    const email = person.email?.trim() || syntheticEmail(platformId, person.subject);
    const existing = await findUserByEmail(db, email);
    if (existing && existing.role !== wanted)
      throw new LtiError(
        LtiErrorCode.LTI_ACCOUNT_REFUSED,
        `The Aula account for ${email} is not a ${wanted === 'SUPERVISOR' ? 'teacher' : 'student'} account; an administrator can link it.`,
      );
    user = existing ?? (await createAccount(db, email, person, wanted));
    await db
      .insert(ltiUserLinks)
      .values({ platformId, subject: person.subject, userId: user.id })
      .onConflictDoNothing();
  }
  if (user.status !== 'ACTIVE')
    throw new LtiError(
      LtiErrorCode.LTI_ACCOUNT_REFUSED,
      'This Aula account is suspended. Ask an administrator.',
    );
  if (person.role === 'INSTRUCTOR' && user.role === 'STUDENT')
    throw new LtiError(
      LtiErrorCode.LTI_ACCOUNT_REFUSED,
      'This is a student account in Aula; an administrator must change its role before it can teach.',
    );
  return user;
}

async function createAccount(
  db: Db,
  email: string,
  person: LmsPerson,
  role: 'STUDENT' | 'SUPERVISOR',
) {
  const displayName = (person.name?.trim() || 'LMS user').slice(0, 120);
  const [created] = await db
    .insert(users)
    .values({ email, displayName, role, passwordHash: null })
    .onConflictDoNothing()
    .returning();
  // A concurrent launch or sync created it first.
  return created ?? (await findUserByEmail(db, email))!;
}

/** A stable address for people the LMS sends without an e-mail (they never receive mail at it). */
function syntheticEmail(platformId: string, subject: string): string {
  const digest = createHash('sha256').update(`${platformId}\n${subject}`).digest('hex');
  return `lti-${digest.slice(0, 24)}@lti.invalid`;
}
