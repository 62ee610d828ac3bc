import type { Db } from '@aula/runtime';
import { listMessages, messagePosition, type MessageRow } from './messages';
import { listSessions, sessionPosition, type SessionRow } from './sessions';

/** MARKDOWN or JSON, as the schema's ChatExportFormat. */
export type ExportFormat = 'MARKDOWN' | 'JSON';

/** A conversation with every one of its messages, oldest first. */
export interface ExportedSession {
  readonly session: SessionRow;
  readonly messages: readonly MessageRow[];
}

const PAGE = 500;

/** Every message of a conversation, oldest first, read page by page. */
export async function allMessages(db: Db, sessionId: string): Promise<MessageRow[]> {
  const out: MessageRow[] = [];
  for (;;) {
    const last = out.at(-1);
    const page = await listMessages(db, sessionId, PAGE, last ? messagePosition(last) : null);
    out.push(...page.slice(0, PAGE));
    if (page.length <= PAGE) return out;
  }
}

/** Every conversation of a person, most recently active first (deleted-but-held ones too when asked). */
export async function allSessions(
  db: Db,
  ownerId: string,
  includeDeleted: boolean,
): Promise<SessionRow[]> {
  const out: SessionRow[] = [];
  for (;;) {
    const last = out.at(-1);
    const page = await listSessions(db, ownerId, PAGE, last ? sessionPosition(last) : null, {
      includeDeleted,
    });
    out.push(...page.slice(0, PAGE));
    if (page.length <= PAGE) return out;
  }
}

const authorOf: Record<MessageRow['role'], string> = {
  USER: 'Student',
  ASSISTANT: 'Assistant',
  SUPERVISOR: 'Teacher',
};

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function markdown(sessions: readonly ExportedSession[]): string {
  const parts: string[] = [];
  for (const { session, messages } of sessions) {
    parts.push(`# ${session.title}`, '');
    parts.push(`- Conversation: ${session.id}`);
    parts.push(`- Chatbot: ${session.chatbotId ?? 'Aula tutor (built in)'}`);
    parts.push(`- Started: ${iso(session.createdAt)}`);
    if (session.deletedByOwnerAt)
      parts.push(`- Deleted by its owner: ${iso(session.deletedByOwnerAt)}`);
    parts.push('');
    for (const message of messages) {
      const status = message.status === 'COMPLETE' ? '' : ` (${message.status.toLowerCase()})`;
      parts.push(`## ${authorOf[message.role]} · ${iso(message.createdAt)}${status}`, '');
      for (const call of message.toolCalls)
        parts.push(`> Tool ${call.name}: ${call.input} → ${call.output ?? '(no result)'}`, '');
      parts.push(message.content || '_(no text)_', '');
    }
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function json(sessions: readonly ExportedSession[], exportedAt: Date): string {
  return `${JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      conversations: sessions.map(({ session, messages }) => ({
        id: session.id,
        title: session.title,
        chatbotId: session.chatbotId,
        createdAt: iso(session.createdAt),
        updatedAt: iso(session.updatedAt),
        deletedByOwnerAt: iso(session.deletedByOwnerAt),
        messages: messages.map((m) => ({
          id: m.id,
          role: m.role,
          authorId: m.authorId,
          status: m.status,
          statusReason: m.statusReason,
          createdAt: iso(m.createdAt),
          completedAt: iso(m.completedAt),
          content: m.content,
          toolCalls: m.toolCalls,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The file for `sessions` in `format`, named after `name`. */
export function exportFile(
  sessions: readonly ExportedSession[],
  format: ExportFormat,
  name: string,
  exportedAt = new Date(),
) {
  const stem = `${
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'conversation'
  }-${exportedAt.toISOString().slice(0, 10)}`;
  return {
    fileName: `${stem}.${format === 'JSON' ? 'json' : 'md'}`,
    contentType: format === 'JSON' ? 'application/json' : 'text/markdown',
    content: format === 'JSON' ? json(sessions, exportedAt) : markdown(sessions),
    sessionCount: sessions.length,
    messageCount: sessions.reduce((n, s) => n + s.messages.length, 0),
  };
}
