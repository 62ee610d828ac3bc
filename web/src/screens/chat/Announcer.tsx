import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from './conversationState';
import type { Viewer } from './MessageView';

/**
 * The conversation's one polite live region. It speaks a message once it is finished (an
 * answer completed, stopped or failed; a teacher's note) and never while an answer streams, so
 * screen readers are not handed every token. Messages already there when the view opened are
 * not read out.
 */
export function Announcer({ messages, viewer }: { messages: readonly Message[]; viewer: Viewer }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const spoken = useRef<Map<string, string> | null>(null);

  useEffect(() => {
    const seen = spoken.current;
    const next = new Map(messages.map((m) => [m.id, m.status]));
    spoken.current = next;
    if (!seen) return; // the first render: what was stored is not news
    for (const message of messages) {
      const before = seen.get(message.id);
      if (before === message.status) continue;
      if (message.role === 'SUPERVISOR' && before === undefined) {
        setText(
          `${viewer === 'student' ? t('chat:message.noteFromYourTeacher') : t('chat:message.noteFromTeacher')}: ${message.content}`,
        );
      } else if (message.role === 'ASSISTANT' && message.status !== 'STREAMING') {
        const said =
          message.status === 'COMPLETE'
            ? t('chat:announce.answered')
            : message.status === 'STOPPED'
              ? t('chat:announce.stopped')
              : t('chat:announce.failed');
        setText(`${said} ${message.content}`.trim());
      }
    }
  }, [messages, t, viewer]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
