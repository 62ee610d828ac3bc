import type { Message } from '@aws-sdk/client-bedrock-runtime';
import type { MessageRow } from './messages';

/**
 * Turns stored messages into Converse messages: Converse wants the conversation to
 * start with the user and alternate roles, so same-role neighbours (an unanswered
 * question after a failed answer, say) are joined and a leading answer is dropped.
 */
export function toConverseMessages(
  rows: readonly Pick<MessageRow, 'role' | 'content'>[],
): Message[] {
  const result: Message[] = [];
  for (const row of rows) {
    if (row.role === 'SUPERVISOR' || !row.content) continue;
    const role = row.role === 'USER' ? 'user' : 'assistant';
    const last = result[result.length - 1];
    if (!last && role === 'assistant') continue;
    if (last && last.role === role) {
      const block = last.content?.[0];
      if (block && 'text' in block && typeof block.text === 'string')
        block.text += `\n\n${row.content}`;
      continue;
    }
    result.push({ role, content: [{ text: row.content }] });
  }
  return result;
}
