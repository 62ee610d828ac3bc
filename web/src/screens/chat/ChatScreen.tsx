import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { usePageTitle } from '../../lib/title';
import { CareNotice } from './CareNotice';
import { ChatbotPicker } from './ChatbotPicker';
import { type ComposerHandle } from './Composer';
import { ConversationComposer } from './ConversationComposer';
import { ConversationView } from './ConversationView';
import { NewConversation } from './NewConversation';
import { SessionActions } from './SessionActions';
import { SessionList } from './SessionList';

/** Which pane the chat shows: the picker, a conversation not started yet, or an open one. */
export type ChatPane =
  | { readonly kind: 'picker' }
  | { readonly kind: 'new'; readonly chatbotId: string | null }
  | { readonly kind: 'open'; readonly sessionId: string };

/**
 * The student's chat: conversations on the side (a drawer on phones), and the chatbot picker,
 * a new conversation or the open one filling the rest of the screen.
 */
export function ChatScreen({ pane }: { pane: ChatPane }) {
  const { t } = useTranslation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  // Opening a conversation from the drawer closes it.
  useEffect(() => setDrawerOpen(false), [location.pathname]);
  const closeDrawer = useCallback(() => {
    setDrawerOpen(false);
    toggle.current?.focus();
  }, []);

  const drawerButton = (
    <button
      ref={toggle}
      type="button"
      className="secondary drawer-toggle"
      aria-expanded={drawerOpen}
      aria-controls="chat-drawer"
      onClick={() => setDrawerOpen(!drawerOpen)}
    >
      <span aria-hidden="true">☰</span>
      <span className="visually-hidden">{t('chat:sessions.label')}</span>
    </button>
  );
  return (
    <div className="chat-layout fill-screen">
      <SessionList
        activeId={pane.kind === 'open' ? pane.sessionId : undefined}
        open={drawerOpen}
        onClose={closeDrawer}
      />
      <div className="chat-main">
        {pane.kind === 'open' ? (
          <StudentConversation
            key={pane.sessionId}
            sessionId={pane.sessionId}
            drawerButton={drawerButton}
          />
        ) : pane.kind === 'new' ? (
          <NewConversation
            key={pane.chatbotId ?? 'tutor'}
            chatbotId={pane.chatbotId}
            drawerButton={drawerButton}
          />
        ) : (
          <ChatbotPicker drawerButton={drawerButton} />
        )}
      </div>
    </div>
  );
}

function StudentConversation({
  sessionId,
  drawerButton,
}: {
  sessionId: string;
  drawerButton: React.ReactNode;
}) {
  const [draft, setDraft] = useState('');
  const [title, setTitle] = useState<string | null>(null);
  usePageTitle(title);
  // A search result links to the message it found.
  const [params] = useSearchParams();
  const composer = useRef<ComposerHandle>(null);
  // The composer is where a student goes next, except on touch screens (it would open the keyboard).
  useEffect(() => {
    if (!window.matchMedia?.('(pointer: coarse)').matches) composer.current?.focus();
  }, []);
  return (
    <ConversationView
      sessionId={sessionId}
      viewer="student"
      headerStart={drawerButton}
      focusMessageId={params.get('message')}
      onTitle={setTitle}
      onStopped={() => composer.current?.focus()}
      headerActions={({ id, title: current, reload }) => (
        <SessionActions sessionId={id} title={current} onRenamed={reload} />
      )}
      footer={({ streaming, upsert, reload, starterPrompts, isEmpty }) => (
        <>
          <CareNotice sessionId={sessionId} />
          <ConversationComposer
            sessionId={sessionId}
            composer={composer}
            streaming={streaming !== null}
            draft={draft}
            onDraft={setDraft}
            starters={isEmpty ? starterPrompts : []}
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
