import {
  operations,
  type CursorPosition,
  type Db,
  type ServiceClient,
  keysetAfter,
  millisecondsOf,
} from '@aula/runtime';
import { and, asc, desc, eq, gte } from 'drizzle-orm';
import { messageComments, supervisorNotes } from './db/schema';
import type { MessageCommentModel, SupervisorNoteModel } from './mappers';

/** What monitoring asks chat: who owns a session, to post a teacher's note, to stop an answer. */
export interface ChatGateway {
  /** The owner's user id, or null when there is no such session. */
  sessionOwner(sessionId: string): Promise<string | null>;
  /** Where a message sits (its session, the session's owner, when it was written); null when there is none. */
  messagePlace(
    messageId: string,
  ): Promise<{ sessionId: string; ownerId: string; createdAt: Date } | null>;
  /** Stores the note as a SUPERVISOR message and pushes it on the session's stream. */
  appendSupervisorNote(
    sessionId: string,
    supervisorId: string,
    content: string,
  ): Promise<{ id: string; createdAt: string }>;
  /** Asks chat to stop an answer being written (chat's `stopAnswer`); does not wait for it. */
  stopAnswer(messageId: string, reason: string): Promise<void>;
}

/** Talks to chat with monitoring's service identity (operations fixed in CONTRACTS.md). */
export function createChatGateway(client: ServiceClient): ChatGateway {
  return {
    async sessionOwner(sessionId) {
      const data = await client.request(operations.chat.ChatSessionOwner, { sessionId });
      return data.chatSessionOwner;
    },
    async messagePlace(messageId) {
      const data = await client.request(operations.chat.ChatMessagePlace, { messageId });
      const place = data.chatMessagePlace;
      return place ? { ...place, createdAt: new Date(place.createdAt) } : null;
    },
    async appendSupervisorNote(sessionId, supervisorId, content) {
      const data = await client.request(operations.chat.AppendSupervisorNote, {
        sessionId,
        supervisorId,
        content,
      });
      return data.appendSupervisorNote;
    },
    async stopAnswer(messageId, reason) {
      await client.request(operations.chat.StopAnswer, { messageId, reason });
    },
  };
}

/** Keeps monitoring's own record of a note chat has stored. */
export async function recordNote(
  db: Db,
  note: Omit<SupervisorNoteModel, 'createdAt'> & { createdAt: Date },
): Promise<SupervisorNoteModel> {
  const [row] = await db.insert(supervisorNotes).values(note).onConflictDoNothing().returning();
  return row ?? { ...note };
}

/** Stores a private comment. */
export async function addComment(
  db: Db,
  comment: {
    messageId: string;
    sessionId: string;
    studentId: string;
    authorId: string;
    content: string;
  },
): Promise<MessageCommentModel> {
  const [row] = await db.insert(messageComments).values(comment).returning();
  return row!;
}

/** One page (`size + 1` rows) of a message's private comments, oldest first. */
export async function commentsOn(
  db: Db,
  messageId: string,
  size: number,
  after: CursorPosition | null,
): Promise<MessageCommentModel[]> {
  const key = millisecondsOf(messageComments.createdAt);
  return db
    .select()
    .from(messageComments)
    .where(
      and(
        eq(messageComments.messageId, messageId),
        keysetAfter(key, messageComments.id, after, { order: 'asc' }),
      ),
    )
    .orderBy(asc(key), asc(messageComments.id))
    .limit(size + 1);
}

/**
 * One page of the notes posted into a student's conversations, newest first (`size + 1`
 * rows), only those posted at or after `since` when given.
 */
export async function notesOfStudent(
  db: Db,
  studentId: string,
  since: Date | null,
  size: number,
  after: CursorPosition | null,
): Promise<SupervisorNoteModel[]> {
  return db
    .select()
    .from(supervisorNotes)
    .where(
      and(
        eq(supervisorNotes.studentId, studentId),
        since ? gte(supervisorNotes.createdAt, since) : undefined,
        keysetAfter(supervisorNotes.createdAt, supervisorNotes.messageId, after, {
          idType: 'text',
        }),
      ),
    )
    .orderBy(desc(supervisorNotes.createdAt), desc(supervisorNotes.messageId))
    .limit(size + 1);
}
