import {
  API_KEY_PREFIX,
  API_KEY_SCOPES,
  API_KEYS_REVOKED,
  badInput,
  forbidden,
  isApiKeyScope,
  notFound,
  unauthenticated,
  type ApiKeyScope,
  type ApiKeysRevokedEvent,
  type CursorPosition,
  type EventBus,
  type Db,
  keysetAfter,
} from '@aula/runtime';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { AccessTokenSigner } from './access-tokens';
import { apiKeys, users } from './db/schema';
import { digestToken } from './sessions';
import { isUserId, type UserRow } from './users';

/** A row of `auth.api_keys`. */
export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Which scopes each role may put on its keys: never more than the role can do itself. */
const scopesByRole: Record<UserRow['role'], readonly ApiKeyScope[]> = {
  ADMIN: API_KEY_SCOPES,
  // Supervisors reach people only through their classes, so they cannot list every user.
  SUPERVISOR: API_KEY_SCOPES.filter((scope) => scope !== 'users:read'),
  STUDENT: [],
};

/** What {@link ApiKeyRegistry.create} needs. */
export interface NewApiKey {
  readonly name: string;
  readonly scopes: readonly string[];
  readonly expiresAt?: Date | null;
}

/**
 * API keys: created by admins and supervisors, acting as their creator, limited to scopes.
 * The gateway trades a key for a short-lived access token through {@link exchange}.
 */
export class ApiKeyRegistry {
  constructor(
    private readonly db: Db,
    private readonly signer: AccessTokenSigner,
    private readonly bus: EventBus,
    private readonly tokenTtlSeconds: number,
  ) {}

  /** Creates a key for `owner`; returns it with the secret, which is never stored. */
  async create(owner: UserRow, input: NewApiKey): Promise<{ apiKey: ApiKeyRow; secret: string }> {
    const allowed = scopesByRole[owner.role];
    if (allowed.length === 0)
      throw forbidden('Only administrators and supervisors can create API keys.');
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100)
      throw badInput('The key name must be 1 to 100 characters long.', { field: 'name' });
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0)
      throw badInput('Give the key at least one scope.', { field: 'scopes' });
    for (const scope of scopes) {
      if (!isApiKeyScope(scope))
        throw badInput(`"${scope}" is not a known scope.`, { field: 'scopes' });
      if (!allowed.includes(scope)) throw forbidden(`Your role cannot grant the "${scope}" scope.`);
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw badInput('The expiry must be in the future.', { field: 'expiresAt' });
    }
    const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
    const [apiKey] = await this.db
      .insert(apiKeys)
      .values({
        ownerId: owner.id,
        name,
        prefix: secret.slice(0, API_KEY_PREFIX.length + 8),
        secretHash: digestToken(secret),
        scopes,
        expiresAt: input.expiresAt ?? null,
      })
      .returning();
    return { apiKey: apiKey!, secret };
  }

  /**
   * A page of the keys owned by `ownerId` (everyone's when undefined), newest first, after
   * `after`; one extra row tells whether more follow.
   */
  async list(
    ownerId: string | undefined,
    includeInactive: boolean,
    first: number,
    after: CursorPosition | null,
  ): Promise<ApiKeyRow[]> {
    const active = and(
      isNull(apiKeys.revokedAt),
      or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, new Date())),
    );
    const owner = ownerId ? eq(apiKeys.ownerId, ownerId) : undefined;
    return this.db
      .select()
      .from(apiKeys)
      .where(
        and(
          owner,
          includeInactive ? undefined : active,
          keysetAfter(apiKeys.createdAt, apiKeys.id, after),
        ),
      )
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(first + 1);
  }

  /** Revokes a key; its creator or an administrator may. Revoking twice is harmless. */
  async revoke(actor: { userId: string; role: UserRow['role'] }, id: string): Promise<ApiKeyRow> {
    if (!isUserId(id)) throw notFound('That API key');
    const [existing] = await this.db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
    if (!existing || (existing.ownerId !== actor.userId && actor.role !== 'ADMIN'))
      throw notFound('That API key');
    const [row] = await this.db
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
      .where(eq(apiKeys.id, id))
      .returning();
    await this.announceRevoked([id]);
    return row!;
  }

  /** Announces that every key of `userId` stopped working (the owner was suspended). */
  async announceOwnerBlocked(userId: string): Promise<void> {
    const rows = await this.db
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(eq(apiKeys.ownerId, userId));
    if (rows.length) await this.announceRevoked(rows.map((r) => r.id));
  }

  /**
   * Trades a secret for an access token carrying the key's id and scopes, acting as the owner
   * with the owner's current role. Refused when the key is unknown, revoked or expired, or the
   * owner is suspended. Records `lastUsedAt` at most once a minute.
   */
  async exchange(secret: string): Promise<{ accessToken: string; expiresAt: Date; keyId: string }> {
    const refused = () =>
      unauthenticated('This API key is not valid: it may be mistyped, expired or revoked.');
    if (!secret.startsWith(API_KEY_PREFIX)) throw refused();
    const [found] = await this.db
      .select({ key: apiKeys, owner: users })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.ownerId))
      .where(eq(apiKeys.secretHash, digestToken(secret)))
      .limit(1);
    if (!found) throw refused();
    const { key, owner } = found;
    if (
      key.revokedAt ||
      (key.expiresAt && key.expiresAt.getTime() <= Date.now()) ||
      owner.status !== 'ACTIVE'
    ) {
      throw refused();
    }
    // A role change since creation narrows the key too: keep only scopes the role still allows.
    const scopes = key.scopes.filter(
      (s): s is ApiKeyScope => isApiKeyScope(s) && scopesByRole[owner.role].includes(s),
    );
    if (scopes.length === 0) throw refused();
    await this.db
      .update(apiKeys)
      .set({ lastUsedAt: new Date() })
      .where(
        and(
          eq(apiKeys.id, key.id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(Date.now() - 60_000))),
        ),
      );
    const ttl = key.expiresAt
      ? Math.max(
          1,
          Math.min(this.tokenTtlSeconds, Math.floor((key.expiresAt.getTime() - Date.now()) / 1000)),
        )
      : this.tokenTtlSeconds;
    const access = this.signer.sign(
      { userId: owner.id, role: owner.role, apiKey: { id: key.id, scopes } },
      ttl,
    );
    return { accessToken: access.token, expiresAt: access.expiresAt, keyId: key.id };
  }

  private async announceRevoked(keyIds: string[]): Promise<void> {
    const payload: ApiKeysRevokedEvent = { keyIds };
    await this.bus.publish(API_KEYS_REVOKED, payload);
  }
}
