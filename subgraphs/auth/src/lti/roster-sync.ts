import type { Db } from '@aula/runtime';
import { and, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { NRPS_MEDIA_TYPE, NRPS_SCOPE } from './claims';
import { LtiError, LtiErrorCode } from './errors';
import { accountOf, courseRoleOf } from './people';
import { ltiContexts, ltiPlatforms } from './tables';
import type { ToolKey } from './tool-key';

/** Monitoring's `applyLmsRoster`: makes the class's roster what the LMS says; returns its id. */
export type ApplyRoster = (input: {
  classId: string | null;
  className: string;
  studentIds: string[];
  supervisorIds: string[];
  complete: boolean;
}) => Promise<string>;

/** A course (LTI context) Aula has seen. */
export type Course = typeof ltiContexts.$inferSelect;

/** What one roster sync did. */
export interface SyncOutcome {
  readonly classId: string;
  readonly studentCount: number;
  readonly supervisorCount: number;
}

interface Member {
  readonly user_id?: unknown;
  readonly status?: unknown;
  readonly roles?: unknown;
  readonly email?: unknown;
  readonly name?: unknown;
}

const MAX_PAGES = 100;

/**
 * Courses and their classes. A class's roster follows the LMS: launches add people, and a Names
 * and Role Provisioning Services sync makes the class exactly the course's active learners
 * (students) and instructors (supervisors). The ties this creates are legitimate because the
 * LMS was registered by an administrator: its roster is an administrator's roster import.
 */
export class RosterSync {
  constructor(
    private readonly options: {
      db: Db;
      toolKey: ToolKey;
      applyRoster: ApplyRoster;
      timeoutMs: number;
    },
  ) {}

  /** The course row for a launch's context, created on first sight, its NRPS URL kept current. */
  async course(
    platformId: string,
    deploymentId: string,
    contextId: string,
    title: string,
    membershipsUrl: string | null,
  ): Promise<Course> {
    const [row] = await this.options.db
      .insert(ltiContexts)
      .values({ platformId, deploymentId, contextId, title: title.slice(0, 200), membershipsUrl })
      .onConflictDoUpdate({
        target: [ltiContexts.platformId, ltiContexts.contextId],
        set: {
          title: title.slice(0, 200),
          membershipsUrl: sql`coalesce(excluded.memberships_url, ${ltiContexts.membershipsUrl})`,
        },
      })
      .returning();
    return row!;
  }

  /** Applies a roster to the course's class (creating it) and remembers the class. */
  async apply(
    course: Course,
    lists: { studentIds: string[]; supervisorIds: string[]; complete: boolean },
  ): Promise<string> {
    const classId = await this.options.applyRoster({
      classId: course.classId,
      className: course.title,
      ...lists,
    });
    if (classId !== course.classId)
      await this.options.db
        .update(ltiContexts)
        .set({ classId })
        .where(eq(ltiContexts.id, course.id));
    return classId;
  }

  /** The course linked to a class, if any. */
  async courseOfClass(classId: string): Promise<Course | null> {
    const [row] = await this.options.db
      .select()
      .from(ltiContexts)
      .where(eq(ltiContexts.classId, classId))
      .limit(1);
    return row ?? null;
  }

  /**
   * Reads the course's memberships from the LMS (NRPS 2.0, every page) with a service token and
   * makes the class's roster match: active learners enrolled, active instructors supervising,
   * everyone else removed.
   */
  async sync(courseId: string): Promise<SyncOutcome> {
    const { db } = this.options;
    const [row] = await db
      .select({ course: ltiContexts, platform: ltiPlatforms })
      .from(ltiContexts)
      .innerJoin(ltiPlatforms, eq(ltiPlatforms.id, ltiContexts.platformId))
      .where(eq(ltiContexts.id, courseId));
    if (!row) throw new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'There is no such course.');
    const { course, platform } = row;
    if (!course.membershipsUrl || !platform.accessTokenUrl)
      throw new LtiError(
        LtiErrorCode.LTI_BAD_REQUEST,
        'This course has no roster service: the LMS sent no memberships URL, or the platform has no access-token URL.',
      );
    const token = await this.serviceToken(platform);
    const members = await this.memberships(course.membershipsUrl, token);
    const studentIds: string[] = [];
    const supervisorIds: string[] = [];
    for (const member of members) {
      if (typeof member.user_id !== 'string' || !member.user_id) continue;
      if (member.status !== undefined && member.status !== 'Active') continue;
      const roles = Array.isArray(member.roles)
        ? member.roles.filter((r): r is string => typeof r === 'string')
        : [];
      const role = courseRoleOf(roles);
      if (!role) continue;
      let user;
      try {
        user = await accountOf(db, platform.id, {
          subject: member.user_id,
          email: typeof member.email === 'string' ? member.email : undefined,
          name: typeof member.name === 'string' ? member.name : undefined,
          role,
        });
      } catch (error) {
        // One refused person (suspended, a student account listed as instructor) skips only them.
        if (error instanceof LtiError) continue;
        throw error;
      }
      if (role === 'LEARNER' && user.role === 'STUDENT') studentIds.push(user.id);
      if (role === 'INSTRUCTOR' && user.role !== 'STUDENT') supervisorIds.push(user.id);
    }
    if (!course.classId && !supervisorIds.length && !studentIds.length)
      throw new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'The LMS lists nobody in this course.');
    const classId = await this.apply(course, { studentIds, supervisorIds, complete: true });
    await db
      .update(ltiContexts)
      .set({ syncedAt: sql`now()` })
      .where(and(eq(ltiContexts.id, course.id)));
    return { classId, studentCount: studentIds.length, supervisorCount: supervisorIds.length };
  }

  /** An OAuth 2 client-credentials token, authenticated with a JWT signed by the tool key. */
  private async serviceToken(platform: typeof ltiPlatforms.$inferSelect): Promise<string> {
    const assertion = await this.options.toolKey.sign(
      {
        iss: platform.clientId,
        sub: platform.clientId,
        aud: platform.accessTokenUrl!,
        jti: randomUUID(),
      },
      { expiresInSeconds: 300 },
    );
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: NRPS_SCOPE,
    });
    const response = await this.fetch(platform.accessTokenUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
    });
    const json = (await response.json().catch(() => null)) as { access_token?: unknown } | null;
    if (!response.ok || typeof json?.access_token !== 'string')
      throw new LtiError(
        LtiErrorCode.LTI_PLATFORM_UNAVAILABLE,
        `The LMS refused Aula a roster token (HTTP ${response.status}); check the platform's access-token URL and that Aula's key is registered there.`,
      );
    return json.access_token;
  }

  private async memberships(url: string, token: string): Promise<Member[]> {
    const members: Member[] = [];
    let next: string | null = url;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const response = await this.fetch(next, {
        headers: { authorization: `Bearer ${token}`, accept: NRPS_MEDIA_TYPE },
      });
      const json = (await response.json().catch(() => null)) as { members?: unknown } | null;
      if (!response.ok || !Array.isArray(json?.members))
        throw new LtiError(
          LtiErrorCode.LTI_PLATFORM_UNAVAILABLE,
          `The LMS did not return the course's memberships (HTTP ${response.status}).`,
        );
      members.push(...(json.members as Member[]));
      next = nextLink(response.headers.get('link'));
    }
    return members;
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch {
      throw new LtiError(
        LtiErrorCode.LTI_PLATFORM_UNAVAILABLE,
        'The LMS could not be reached for the roster. Try again shortly.',
      );
    }
  }
}

/** The `rel="next"` target of an HTTP `Link` header (NRPS paging). */
function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match && /rel\s*=\s*"?next"?/.test(match[2]!)) return match[1]!;
  }
  return null;
}
