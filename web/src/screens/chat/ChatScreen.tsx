import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { CareNotice } from './CareNotice';
import { ChatbotPicker } from './ChatbotPicker';
import { Composer } from './Composer';
import { ConversationView } from './ConversationView';
import { SessionActions } from './SessionActions';
import { SessionList } from './SessionList';

/** The student's chat: conversations on the side, a chatbot picker or the open conversation. */
export function ChatScreen({ sessionId }: { sessionId?: string }) {
  return (
    <div className="chat-layout">
      <SessionList activeId={sessionId} />
      <div className="chat-main">
        {sessionId ? (
          <StudentConversation key={sessionId} sessionId={sessionId} />
        ) : (
          <ChatbotPicker />
        )}
      </div>
    </div>
  );
}

function StudentConversation({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  // A starter prompt picked on the previous screen arrives as ?prompt= and fills the box once.
  const [draft, setDraft] = useState(
    () => new URLSearchParams(window.location.search).get('prompt') ?? '',
  );
  return (
    <ConversationView
      sessionId={sessionId}
      viewer="student"
      headerActions={({ id, title, reload }) => (
        <SessionActions sessionId={id} title={title} onRenamed={reload} />
      )}
      footer={({ streaming, upsert, reload, starterPrompts, isEmpty }) => (
        <>
          <CareNotice sessionId={sessionId} />
          {isEmpty && !draft && starterPrompts.length > 0 && (
            <div className="row starters-inline" aria-label={t('chat:suggestions')}>
              {starterPrompts.map((prompt) => (
                <button
                  key={prompt}
                  type="button"
                  className="secondary starter"
                  onClick={() => setDraft(prompt)}
                >
                  {prompt}
                </button>
              ))}
            </div>
          )}
          <Composer
            sessionId={sessionId}
            disabled={streaming !== null}
            draft={draft}
            onDraft={setDraft}
            onSent={(pending) => {
              upsert(pending);
              reload();
            }}
          />
        </>
      )}
    />
  );
}
