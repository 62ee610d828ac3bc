import {
  USER_TOKENS_REVOKED,
  type Db,
  type EventBus,
  type TokenRevocation,
  type UserTokensRevokedEvent,
} from '@aula/runtime';
import { eq, gt } from 'drizzle-orm';
import { users } from './db/schema';
import { isUserId } from './users';

/**
 * Records a user's revocation time and announces it, so every service refuses the user's
 * older access tokens at once and open subscriptions end. Tokens carry `iat` with
 * milliseconds, taken from this process's clock like the revocation time.
 */
export class TokenRevoker {
  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    /** Longest life of any access token auth issues; older revocations no longer matter. */
    private readonly longestTokenSeconds: number,
  ) {}

  /** Revokes every access token of `userId` issued until now. */
  async revoke(userId: string, reason: UserTokensRevokedEvent['reason']): Promise<void> {
    if (!isUserId(userId)) return;
    const revokedAt = new Date();
    const updated = await this.db
      .update(users)
      .set({ tokensRevokedAt: revokedAt })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    // No such account, no tokens of it to refuse (a token naming a made-up user fails elsewhere).
    if (updated.length === 0) return;
    const event: UserTokensRevokedEvent = { userId, revokedAt: revokedAt.getTime(), reason };
    await this.bus.publish(USER_TOKENS_REVOKED, event);
  }

  /** Revocations recent enough that a token they refuse may still be unexpired. */
  async recent(): Promise<TokenRevocation[]> {
    // A minute of margin for clock skew between replicas.
    const since = new Date(Date.now() - (this.longestTokenSeconds + 60) * 1000);
    const rows = await this.db
      .select({ userId: users.id, revokedAt: users.tokensRevokedAt })
      .from(users)
      .where(gt(users.tokensRevokedAt, since));
    return rows.map((row) => ({ userId: row.userId, revokedAt: row.revokedAt!.getTime() }));
  }
}
