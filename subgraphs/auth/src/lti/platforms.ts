import { appError, badInput, ErrorCode, isUuid, notFound, type Db } from '@aula/runtime';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { ltiDeployments, ltiPlatforms } from './tables';

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

  /** Registers an LMS; `CONFLICT` when the issuer and client id are registered already. */
  async register(input: PlatformInput): Promise<PlatformRow> {
    const values = {
      name: text(input.name, 'name', 200),
      issuer: text(input.issuer, 'issuer'),
      clientId: text(input.clientId, 'clientId'),
      authLoginUrl: url(input.authLoginUrl, 'authLoginUrl'),
      jwksUrl: url(input.jwksUrl, 'jwksUrl'),
      accessTokenUrl: input.accessTokenUrl ? url(input.accessTokenUrl, 'accessTokenUrl') : null,
    };
    const [row] = await this.db
      .insert(ltiPlatforms)
      .values(values)
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw appError(
        ErrorCode.CONFLICT,
        'This LMS (issuer and client id) is registered already; add deployments to it instead.',
      );
    for (const id of input.deploymentIds ?? []) await this.addDeployment(row.id, id);
    return this.get(row.id);
  }

  async addDeployment(platformId: string, deploymentId: string): Promise<PlatformRow> {
    await this.get(platformId);
    await this.db
      .insert(ltiDeployments)
      .values({ platformId, deploymentId: text(deploymentId, 'deploymentId') })
      .onConflictDoNothing();
    return this.get(platformId);
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
