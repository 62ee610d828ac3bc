import { useTranslation } from 'react-i18next';
import { useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useStickToBottom } from 'use-stick-to-bottom';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { LoadMore } from '../../components/LoadMore';
import { useSocketStatus } from '../../lib/socketStatus';
import type { Message } from './conversationState';
import { ChatbotQuery } from './documents';
import { Announcer } from './Announcer';
import { MessageView, type Viewer } from './MessageView';
import { StopButton } from './StopButton';
import { useConversation } from './useConversation';

/** What the footer slot gets to work with. */
export interface ConversationFooter {
  readonly streaming: Message | null;
  readonly upsert: (message: Message) => void;
  /** Reloads the stored messages (for example to show the question just sent). */
  readonly reload: () => void;
  readonly starterPrompts: readonly string[];
  readonly isEmpty: boolean;
}

/**
 * A conversation that updates live, for the student who owns it and for a supervisor
 * watching it: the same stored messages and the same `chatStream`.
 */
export function ConversationView({
  sessionId,
  viewer,
  footer,
  headerActions,
  flagged,
  focusMessageId,
  headerStart,
  onStopped,
  onTitle,
}: {
  sessionId: string;
  viewer: Viewer;
  footer: (props: ConversationFooter) => ReactNode;
  /** Extra controls under the title (the owner's rename and delete). */
  headerActions?: (session: {
    id: string;
    title: string;
    ownerId: string;
    reload: () => void;
  }) => ReactNode;
  /** Messages a safety flag was raised on, with what to say about it (a supervisor's view). */
  flagged?: ReadonlyMap<string, string>;
  /** A message to scroll to once it is shown (from a link to a flag or a note). */
  focusMessageId?: string | null;
  /** Something before the title (the phone's conversation-drawer button). */
  headerStart?: ReactNode;
  /** Called after the reader stopped an answer (the student's view puts focus back in the composer). */
  onStopped?: () => void;
  /** Called with the conversation's title once it is known (for the page title). */
  onTitle?: (title: string) => void;
}) {
  const { t } = useTranslation();
  const conversation = useConversation(sessionId);
  const socket = useSocketStatus();
  const chatbotId = conversation.session?.chatbotId;
  const [bot] = useQuery({
    query: ChatbotQuery,
    variables: { id: chatbotId ?? '' },
    pause: !chatbotId,
  });
  const chatbot = bot.data?.chatbot;
  const botName = chatbot
    ? `${chatbot.avatarEmoji ?? '🤖'} ${chatbot.name}`
    : chatbotId
      ? `🤖 ${t('chat:assistant')}`
      : `🎓 ${t('chat:tutor.name')}`;
  // Follows the answer while the reader is at the bottom, whatever grows (text, a note, a
  // tool chip, the cost line); scrolling up lets go until they come back or jump to the latest.
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const stick = useStickToBottom({ initial: 'instant', resize: 'instant' });

  const focused = useRef<string | null>(null);
  const hasFocusTarget = conversation.messages.some((m) => m.id === focusMessageId);
  useEffect(() => {
    if (!focusMessageId || !hasFocusTarget || focused.current === focusMessageId) return;
    focused.current = focusMessageId;
    stick.stopScroll();
    document.getElementById(`msg-${focusMessageId}`)?.scrollIntoView({ block: 'center' });
  }, [focusMessageId, hasFocusTarget, stick]);

  const title = conversation.session?.title;
  useEffect(() => {
    if (title) onTitle?.(title);
  }, [title, onTitle]);

  if (conversation.loading) return <Loading what={t('chat:opening')} />;
  if (conversation.loadProblem)
    return <ProblemBanner problem={conversation.loadProblem} onRetry={conversation.reconnect} />;
  if (conversation.notFound || !conversation.session) return <Empty>{t('chat:notFound')}</Empty>;

  const { session, messages, streaming } = conversation;
  return (
    <section
      className="conversation"
      aria-label={t('chat:conversationLabel', { title: session.title })}
    >
      <header className="conversation-head">
        {headerStart}
        <div className="conversation-title">
          <h1>{session.title}</h1>
          <p className="small muted">
            {botName}
            {viewer === 'supervisor' && <> · {session.owner.displayName}</>}
          </p>
          {headerActions?.({
            id: session.id,
            title: session.title,
            ownerId: session.owner.id,
            reload: conversation.reload,
          })}
        </div>
        <span
          className={`badge ${socket === 'connected' && conversation.live.status === 'ok' ? 'ok' : 'warn'}`}
          role="status"
        >
          {conversation.live.status === 'lost'
            ? t('chat:live.lost')
            : socket === 'connected'
              ? t('chat:live.on')
              : t('chat:live.connecting')}
        </span>
      </header>
      {conversation.live.status === 'lost' && (
        <div className="banner warn" role="alert">
          {t('chat:live.stopped')}{' '}
          <button type="button" className="link" onClick={conversation.reconnect}>
            {t('chat:live.reconnect')}
          </button>
        </div>
      )}
      <div className="messages-frame">
        <div
          className="messages-scroll"
          ref={stick.scrollRef}
          tabIndex={0}
          role="region"
          aria-label={t('chat:messagesLabel')}
        >
          <div className="messages" ref={stick.contentRef}>
            {conversation.hasEarlier && (
              <LoadMore
                onMore={() => void conversation.loadEarlier()}
                loading={conversation.loadingEarlier}
                label={t('chat:earlier')}
                loadingLabel={t('common:loading')}
                auto={false}
              />
            )}
            {messages.length === 0 && (
              <Empty>
                {viewer === 'student' ? t('chat:emptyStudent') : t('chat:emptyWatcher')}
              </Empty>
            )}
            {messages.map((message) => (
              <MessageView
                key={message.id}
                message={message}
                viewer={viewer}
                botName={botName}
                studentName={session.owner.displayName}
                gap={conversation.gaps[message.id]}
                flag={flagged?.get(message.id)}
                focused={message.id === focusMessageId}
              />
            ))}
          </div>
        </div>
        {!stick.isAtBottom && (
          <button
            type="button"
            className="jump-latest"
            onClick={() => void stick.scrollToBottom(reducedMotion ? 'instant' : 'smooth')}
          >
            <span aria-hidden="true">↓</span> {t('chat:jumpToLatest')}
          </button>
        )}
      </div>
      <Announcer messages={messages} viewer={viewer} />
      <div className="conversation-foot">
        {streaming && (
          <StopButton
            messageId={streaming.id}
            onStopped={(message) => {
              conversation.upsert(message);
              onStopped?.();
            }}
          />
        )}
        {footer({
          streaming,
          upsert: conversation.upsert,
          reload: conversation.reload,
          starterPrompts: chatbot?.starterPrompts ?? [],
          isEmpty: messages.length === 0,
        })}
      </div>
    </section>
  );
}
