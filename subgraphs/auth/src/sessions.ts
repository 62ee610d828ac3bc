import { appError, ErrorCode, unauthenticated, type Db } from '@aula/runtime';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AccessTokenSigner } from './access-tokens';
import { refreshTokens } from './db/schema';
import { findUserById, recordSignIn, type UserRow } from './users';

/** What a sign-in or refresh hands the client (the `AuthPayload`). */
export interface IssuedSession {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: Date;
  readonly user: UserRow;
}

/** Lifetimes of the two tokens. */
export interface SessionPolicy {
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
}

/** Refresh tokens are high-entropy random strings, so a fast digest is enough to store them safely. */
export const digestToken = (token: string) => createHash('sha256').update(token).digest('hex');

const sessionEnded = () => unauthenticated('This session has ended. Sign in again.');

/**
 * Refresh-token families: one per sign-in, a new member per refresh, single use each. A used
 * member presented again means two parties hold the family, so the whole family is revoked.
 */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly signer: AccessTokenSigner,
    private readonly policy: SessionPolicy,
  ) {}

  /** Starts a new family for `user` (who has just proven who they are). */
  async start(user: UserRow): Promise<IssuedSession> {
    const signedIn = await recordSignIn(this.db, user.id);
    return this.issue(this.db, signedIn, randomUUID());
  }

  /**
   * Rotates `presented`: marks it used and issues its successor. Unknown, expired or revoked
   * tokens are refused; a used one revokes its family; a suspended owner's family is revoked.
   */
  async refresh(presented: string): Promise<IssuedSession> {
    const hash = digestToken(presented);
    const outcome = await this.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      // Marking it used is the conditional write: of two concurrent refreshes only one wins.
      const [claimed] = await db
        .update(refreshTokens)
        .set({ usedAt: new Date() })
        .where(
          and(
            eq(refreshTokens.tokenHash, hash),
            isNull(refreshTokens.usedAt),
            isNull(refreshTokens.revokedAt),
          ),
        )
        .returning();
      if (!claimed) return { kind: 'refused' as const };
      if (claimed.expiresAt.getTime() <= Date.now()) return { kind: 'expired' as const };
      const user = await findUserById(db, claimed.userId);
      if (!user || user.status !== 'ACTIVE') {
        await this.revokeFamily(db, claimed.familyId);
        return { kind: 'suspended' as const };
      }
      return { kind: 'ok' as const, session: await this.issue(db, user, claimed.familyId) };
    });
    if (outcome.kind === 'ok') return outcome.session;
    if (outcome.kind === 'suspended')
      throw appError(ErrorCode.FORBIDDEN, 'This account is suspended. Ask an administrator.');
    if (outcome.kind === 'expired') throw sessionEnded();
    await this.detectReuse(hash);
    throw sessionEnded();
  }

  /** Ends the family `presented` belongs to; `false` when it matched no live session. */
  async logout(presented: string): Promise<boolean> {
    const [row] = await this.db
      .select({ familyId: refreshTokens.familyId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, digestToken(presented)))
      .limit(1);
    if (!row) return false;
    return (await this.revokeFamily(this.db, row.familyId)) > 0;
  }

  /** Ends every session of a user; returns how many families were live. */
  async endAllFor(userId: string): Promise<number> {
    const rows = await this.db
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(refreshTokens.userId, userId),
          isNull(refreshTokens.revokedAt),
          isNull(refreshTokens.usedAt),
        ),
      )
      .returning({ familyId: refreshTokens.familyId });
    await this.db
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    return new Set(rows.map((r) => r.familyId)).size;
  }

  /** A token that exists but could not be claimed was used or revoked: end its family. */
  private async detectReuse(hash: string): Promise<void> {
    const [row] = await this.db
      .select({ familyId: refreshTokens.familyId, usedAt: refreshTokens.usedAt })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hash))
      .limit(1);
    if (row?.usedAt) await this.revokeFamily(this.db, row.familyId);
  }

  private async revokeFamily(db: Db, familyId: string): Promise<number> {
    const rows = await db
      .update(refreshTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id, usedAt: refreshTokens.usedAt });
    return rows.filter((r) => r.usedAt === null).length;
  }

  private async issue(db: Db, user: UserRow, familyId: string): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    await db.insert(refreshTokens).values({
      familyId,
      userId: user.id,
      tokenHash: digestToken(refreshToken),
      expiresAt: new Date(Date.now() + this.policy.refreshTokenTtlDays * 86_400_000),
    });
    const access = this.signer.sign(
      { userId: user.id, role: user.role },
      this.policy.accessTokenTtlSeconds,
    );
    return { accessToken: access.token, refreshToken, expiresAt: access.expiresAt, user };
  }
}
