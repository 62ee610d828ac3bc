import { appError, badInput, ErrorCode, isUuid, notFound, type Db } from '@aula/runtime';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { ltiDeployments, ltiPlatforms } from './tables';

/** Most LMSs one Aula may have registered: a school runs one or two, a district a handful. */
export const MAX_LTI_PLATFORMS = 20;

/** Most deployments of Aula one platform may launch from (one per LMS account or sub-account). */
export const MAX_LTI_DEPLOYMENTS = 50;

/** What an administrator changes of a registered LMS; absent (or null, but for the token URL) keeps it. */
export interface PlatformChanges {
  readonly name?: string | null | undefined;
  readonly authLoginUrl?: string | null | undefined;
  readonly jwksUrl?: string | null | undefined;
  readonly accessTokenUrl?: string | null | undefined;
}

/** A registered platform with its deployments. */
export type PlatformRow = typeof ltiPlatforms.$inferSelect & { deploymentIds: string[] };

/** What an administrator enters to register an LMS. */
export interface PlatformInput {
  readonly name: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly authLoginUrl: string;
  readonly jwksUrl: string;
  readonly accessTokenUrl?: string | null | undefined;
  readonly deploymentIds?: readonly string[] | null | undefined;
}

function url(value: string, field: string): string {
  const trimmed = value.trim();
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return trimmed;
  } catch {
    // answered below
  }
  throw badInput(`${field} must be an http(s) URL.`, { field });
}

function text(value: string, field: string, max = 500): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max)
    throw badInput(`${field} must be 1 to ${max} characters.`, { field });
  return trimmed;
}

const tooManyDeployments = () =>
  badInput(
    `A platform accepts at most ${MAX_LTI_DEPLOYMENTS} deployments; remove one it no longer uses first.`,
    { field: 'deploymentId', max: MAX_LTI_DEPLOYMENTS },
  );

/** The LMSs administrators registered as LTI 1.3 platforms, and their deployments. */
export class PlatformRegistry {
  constructor(private readonly db: Db) {}

  async list(): Promise<PlatformRow[]> {
    const platforms = await this.db
      .select()
      .from(ltiPlatforms)
      .orderBy(asc(ltiPlatforms.createdAt));
    return this.withDeployments(platforms);
  }

  async get(id: string): Promise<PlatformRow> {
    if (!isUuid(id)) throw notFound('That LTI platform');
    const [row] = await this.db.select().from(ltiPlatforms).where(eq(ltiPlatforms.id, id));
    if (!row) throw notFound('That LTI platform');
    return (await this.withDeployments([row]))[0]!;
  }

  /**
   * Registers an LMS with its first deployments, in one transaction. `CONFLICT` when the issuer
   * and client id are registered already; `BAD_USER_INPUT` past {@link MAX_LTI_PLATFORMS}
   * platforms or {@link MAX_LTI_DEPLOYMENTS} deployments. Registrations take turns on the table
   * (a lock that reads and launches do not wait for), so two at once cannot both take the last place.
   */
  async register(input: PlatformInput): Promise<PlatformRow> {
    const values = {
      name: text(input.name, 'name', 200),
      issuer: text(input.issuer, 'issuer'),
      clientId: text(input.clientId, 'clientId'),
      authLoginUrl: url(input.authLoginUrl, 'authLoginUrl'),
      jwksUrl: url(input.jwksUrl, 'jwksUrl'),
      accessTokenUrl: input.accessTokenUrl ? url(input.accessTokenUrl, 'accessTokenUrl') : null,
    };
    const deploymentIds = [
      ...new Set((input.deploymentIds ?? []).map((id) => text(id, 'deploymentId'))),
    ];
    if (deploymentIds.length > MAX_LTI_DEPLOYMENTS) throw tooManyDeployments();
    const id = await this.db.transaction(async (tx) => {
      await tx.execute(sql`lock table auth.lti_platforms in share row exclusive mode`);
      const [{ total = 0 } = {}] = await tx.select({ total: count() }).from(ltiPlatforms);
      if (total >= MAX_LTI_PLATFORMS) {
        throw badInput(
          `Aula has ${MAX_LTI_PLATFORMS} LMSs registered already, the most it takes; add deployments to one of them instead.`,
          { field: 'input', max: MAX_LTI_PLATFORMS },
        );
      }
      const [row] = await tx.insert(ltiPlatforms).values(values).onConflictDoNothing().returning();
      if (!row)
        throw appError(
          ErrorCode.CONFLICT,
          'This LMS (issuer and client id) is registered already; add deployments to it instead.',
        );
      if (deploymentIds.length) {
        await tx
          .insert(ltiDeployments)
          .values(deploymentIds.map((deploymentId) => ({ platformId: row.id, deploymentId })));
      }
      return row.id;
    });
    return this.get(id);
  }

  /**
   * Accepts one more deployment; adding one twice is harmless. `BAD_USER_INPUT` past
   * {@link MAX_LTI_DEPLOYMENTS}: adds to one platform take turns on its row (`FOR UPDATE`), so
   * two at once cannot both take the last place.
   */
  async addDeployment(platformId: string, deploymentId: string): Promise<PlatformRow> {
    if (!isUuid(platformId)) throw notFound('That LTI platform');
    const id = text(deploymentId, 'deploymentId');
    await this.db.transaction(async (tx) => {
      const [platform] = await tx
        .select({ id: ltiPlatforms.id })
        .from(ltiPlatforms)
        .where(eq(ltiPlatforms.id, platformId))
        .for('update');
      if (!platform) throw notFound('That LTI platform');
      const existing = await tx
        .select({ deploymentId: ltiDeployments.deploymentId })
        .from(ltiDeployments)
        .where(eq(ltiDeployments.platformId, platformId));
      if (existing.some((d) => d.deploymentId === id)) return;
      if (existing.length >= MAX_LTI_DEPLOYMENTS) throw tooManyDeployments();
      await tx
        .insert(ltiDeployments)
        .values({ platformId, deploymentId: id })
        .onConflictDoNothing();
    });
    return this.get(platformId);
  }

  /**
   * Changes an LMS's name or URLs; only the fields given change (a null or empty token URL turns
   * roster sync off). Its issuer and client id identify it and stay.
   */
  async update(id: string, changes: PlatformChanges): Promise<PlatformRow> {
    if (!isUuid(id)) throw notFound('That LTI platform');
    const values: Partial<typeof ltiPlatforms.$inferInsert> = {};
    if (changes.name != null) values.name = text(changes.name, 'name', 200);
    if (changes.authLoginUrl != null)
      values.authLoginUrl = url(changes.authLoginUrl, 'authLoginUrl');
    if (changes.jwksUrl != null) values.jwksUrl = url(changes.jwksUrl, 'jwksUrl');
    if (changes.accessTokenUrl !== undefined) {
      values.accessTokenUrl = changes.accessTokenUrl?.trim()
        ? url(changes.accessTokenUrl, 'accessTokenUrl')
        : null;
    }
    if (Object.keys(values).length) {
      const [row] = await this.db
        .update(ltiPlatforms)
        .set(values)
        .where(eq(ltiPlatforms.id, id))
        .returning({ id: ltiPlatforms.id });
      if (!row) throw notFound('That LTI platform');
    }
    return this.get(id);
  }

  /**
   * Unregisters an LMS: its deployments, pending logins and launches, and the links of its people
   * and courses go with it (foreign keys cascade); accounts and classes stay. Returns it as it was.
   */
  async remove(id: string): Promise<PlatformRow> {
    const platform = await this.get(id);
    const [row] = await this.db
      .delete(ltiPlatforms)
      .where(eq(ltiPlatforms.id, id))
      .returning({ id: ltiPlatforms.id });
    if (!row) throw notFound('That LTI platform');
    return platform;
  }

  async removeDeployment(platformId: string, deploymentId: string): Promise<PlatformRow> {
    await this.get(platformId);
    await this.db
      .delete(ltiDeployments)
      .where(
        and(
          eq(ltiDeployments.platformId, platformId),
          eq(ltiDeployments.deploymentId, deploymentId),
        ),
      );
    return this.get(platformId);
  }

  private async withDeployments(
    platforms: (typeof ltiPlatforms.$inferSelect)[],
  ): Promise<PlatformRow[]> {
    if (!platforms.length) return [];
    const deployments = await this.db
      .select()
      .from(ltiDeployments)
      .where(
        inArray(
          ltiDeployments.platformId,
          platforms.map((p) => p.id),
        ),
      )
      .orderBy(asc(ltiDeployments.createdAt));
    return platforms.map((p) => ({
      ...p,
      deploymentIds: deployments.filter((d) => d.platformId === p.id).map((d) => d.deploymentId),
    }));
  }
}
