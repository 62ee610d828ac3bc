import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Empty, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { Composer, type ComposerHandle } from './Composer';
import { ChatbotQuery } from './documents';
import { StarterPrompts } from './StarterPrompts';
import { useStartChat } from './useSendMessage';

/**
 * A conversation not started yet: the chatbot, its starter prompts and the composer. The
 * conversation exists only once the first message is sent (`startChat(message)`).
 */
export function NewConversation({
  chatbotId,
  drawerButton,
}: {
  chatbotId: string | null;
  drawerButton: ReactNode;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const composer = useRef<ComposerHandle>(null);
  const [bot] = useQuery({
    query: ChatbotQuery,
    variables: { id: chatbotId ?? '' },
    pause: !chatbotId,
  });
  const start = useStartChat(chatbotId);
  useEffect(() => {
    if (!window.matchMedia?.('(pointer: coarse)').matches) composer.current?.focus();
  }, []);
  const chatbot = bot.data?.chatbot;
  const name = chatbotId
    ? chatbot
      ? `${chatbot.avatarEmoji ?? '🤖'} ${chatbot.name}`
      : ''
    : `🎓 ${t('chat:tutor.name')}`;
  const description = chatbotId ? (chatbot?.description ?? '') : t('chat:tutor.description');
  return (
    <section className="conversation" aria-labelledby="new-chat-title">
      <header className="conversation-head">
        {drawerButton}
        <div className="conversation-title">
          <h1 id="new-chat-title">{t('chat:newChat.title')}</h1>
          <p className="small muted">
            {name}
            {description && <> · {description}</>}
          </p>
        </div>
      </header>
      {bot.error && <ProblemBanner problem={problemFromCombined(bot.error)} />}
      <div className="messages-frame">
        <div className="messages-scroll">
          <div className="messages">
            <Empty>{t('chat:emptyStudent')}</Empty>
          </div>
        </div>
      </div>
      <div className="conversation-foot">
        <StarterPrompts prompts={chatbot?.starterPrompts ?? []} send={start} />
        <Composer ref={composer} disabled={false} draft={draft} onDraft={setDraft} send={start} />
      </div>
    </section>
  );
}
