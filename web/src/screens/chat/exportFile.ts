import type { TFunction } from 'i18next';
import { formatDateTime } from '../../lib/format';

/** A conversation as `exportMyChatSession`/`exportUserChats` return it in JSON. */
interface ExportedConversation {
  readonly id: string;
  readonly title: string;
  readonly chatbotId: string | null;
  readonly createdAt: string;
  readonly deletedByOwnerAt: string | null;
  readonly messages: ReadonlyArray<{
    readonly role: 'USER' | 'ASSISTANT' | 'SUPERVISOR';
    readonly status: 'STREAMING' | 'COMPLETE' | 'STOPPED' | 'FAILED';
    readonly createdAt: string;
    readonly content: string;
    readonly toolCalls: ReadonlyArray<{ name: string; input: string; output: string | null }>;
  }>;
}

/** The JSON export's shape: when it was made and the conversations in it. */
export interface ExportedChats {
  readonly exportedAt: string;
  readonly conversations: readonly ExportedConversation[];
}

/**
 * The export as Markdown in the reader's language: one heading per conversation, each message
 * under its author and time (dates through Intl). Made from the JSON export, so both files
 * hold exactly the same messages.
 */
export function exportMarkdown(chats: ExportedChats, t: TFunction): string {
  const parts: string[] = [];
  for (const c of chats.conversations) {
    parts.push(`# ${c.title}`, '');
    parts.push(`- ${t('chat:export.started')}: ${formatDateTime(c.createdAt)}`);
    if (c.deletedByOwnerAt)
      parts.push(`- ${t('chat:export.deletedByOwner')}: ${formatDateTime(c.deletedByOwnerAt)}`);
    parts.push(`- ${t('chat:export.exported')}: ${formatDateTime(chats.exportedAt)}`, '');
    for (const m of c.messages) {
      const status = m.status === 'COMPLETE' ? '' : ` (${t(`chat:export.status.${m.status}`)})`;
      parts.push(
        `## ${t(`chat:export.author.${m.role}`)} · ${formatDateTime(m.createdAt)}${status}`,
        '',
      );
      for (const call of m.toolCalls)
        parts.push(
          `> ${t('chat:export.tool', { name: call.name })}: ${call.input} → ${call.output ?? '—'}`,
          '',
        );
      parts.push(m.content || `_${t('chat:message.noText')}_`, '');
    }
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/** The file name the server suggested, with the extension of `format`. */
export function exportFileName(serverName: string, format: 'md' | 'json'): string {
  return `${serverName.replace(/\.(json|md)$/, '')}.${format}`;
}
