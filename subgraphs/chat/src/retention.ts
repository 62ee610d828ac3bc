import { operations, type Db, type Logger, type ServiceClient } from '@aula/runtime';
import { and, eq, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { sessions } from './db/schema';
import { deleteSessionIfIdle, noAnswerStreaming } from './sessions';

/** What monitoring says about a conversation's flags (`conversationHold`, service only). */
export interface Hold {
  readonly held: boolean;
  /** When the hold ends if nothing changes; null while a flag is open. */
  readonly until: Date | null;
}

/** How long to wait before asking again about a conversation held by an open flag (or when monitoring did not answer). */
const RECHECK_MS = 60 * 60_000;

/**
 * Keeps evidence: a conversation its owner deletes is really deleted only when no safety flag
 * holds it. While one does (open, or raised or resolved within monitoring's retention period)
 * it is hidden from the owner and kept for their supervisors; {@link sweep} deletes it once
 * the hold has passed. When monitoring cannot be asked, the conversation is kept: evidence is
 * never lost to an outage.
 */
export class RetentionHold {
  constructor(
    private readonly db: Db,
    private readonly monitoring: ServiceClient,
    private readonly monitoringAvailable: () => boolean,
    private readonly logger: Logger,
  ) {}

  /**
   * The owner deletes a conversation: gone at once when nothing holds it, hidden otherwise.
   * Returns false when an answer is still being written (nothing changed).
   */
  async deleteByOwner(sessionId: string): Promise<boolean> {
    const hold = await this.ask(sessionId);
    if (hold && !hold.held) return deleteSessionIfIdle(this.db, sessionId);
    const hidden = await this.db
      .update(sessions)
      .set({ deletedByOwnerAt: sql`now()`, holdCheckAt: this.recheckAt(hold) })
      .where(and(eq(sessions.id, sessionId), noAnswerStreaming))
      .returning({ id: sessions.id });
    return hidden.length > 0;
  }

  /** Really deletes held conversations whose hold has passed; returns how many. */
  async sweep(limit = 100): Promise<number> {
    const due = await this.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(
        and(
          isNotNull(sessions.deletedByOwnerAt),
          or(isNull(sessions.holdCheckAt), lte(sessions.holdCheckAt, new Date())),
        ),
      )
      .limit(limit);
    let deleted = 0;
    for (const { id } of due) {
      const hold = await this.ask(id);
      if (hold && !hold.held) {
        if (await deleteSessionIfIdle(this.db, id)) deleted += 1;
        continue;
      }
      await this.db
        .update(sessions)
        .set({ holdCheckAt: this.recheckAt(hold) })
        .where(eq(sessions.id, id));
    }
    if (deleted) this.logger.info({ deleted }, 'deleted conversations whose flag hold passed');
    return deleted;
  }

  private recheckAt(hold: Hold | null): Date {
    return hold?.until ?? new Date(Date.now() + RECHECK_MS);
  }

  /** Monitoring's answer; null when it could not be asked (then the conversation is kept). */
  private async ask(sessionId: string): Promise<Hold | null> {
    if (!this.monitoringAvailable()) return { held: false, until: null };
    try {
      const data = await this.monitoring.request(operations.monitoring.ConversationHold, {
        sessionId,
      });
      const hold = data.conversationHold;
      return { held: hold.held, until: hold.until ? new Date(hold.until) : null };
    } catch (error) {
      this.logger.warn({ err: error, sessionId }, 'could not ask monitoring about a flag hold');
      return null;
    }
  }
}
