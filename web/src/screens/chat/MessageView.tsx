import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from './conversationState';
import { formatNumber } from '../../lib/format';
import { Markdown } from './Markdown';
import { ToolCalls } from './ToolCalls';

/** Who the reader is, so messages are labelled from their point of view. */
export type Viewer = 'student' | 'supervisor';

/** One message: the student's question, the chatbot's answer, or a note from the teacher. */
export const MessageView = memo(function MessageView({
  message,
  viewer,
  botName,
  studentName,
  gap,
  flag,
  focused,
}: {
  message: Message;
  viewer: Viewer;
  botName: string;
  studentName: string;
  gap?: boolean;
  /** Why this message was flagged, for a supervisor; unset when it was not. */
  flag?: string;
  /** Whether the reader came here to see this message. */
  focused?: boolean;
}) {
  const { t } = useTranslation();
  const marks = `${flag ? ' msg-flagged' : ''}${focused ? ' msg-focused' : ''}`;
  const flagNote = flag ? (
    <p className="msg-flag small" role="note">
      ⚑ {flag}
    </p>
  ) : null;
  if (message.role === 'SUPERVISOR') {
    return (
      <article
        id={`msg-${message.id}`}
        className={`msg msg-note${focused ? ' msg-focused' : ''}`}
        aria-label={t('chat:message.noteLabel')}
      >
        <header className="msg-head">
          <span aria-hidden="true">🧑‍🏫</span>{' '}
          {viewer === 'student'
            ? t('chat:message.noteFromYourTeacher')
            : t('chat:message.noteFromTeacher')}
          {message.author && <span className="muted"> · {message.author.displayName}</span>}
        </header>
        <div className="msg-body">{message.content}</div>
      </article>
    );
  }
  if (message.role === 'USER') {
    return (
      <article
        id={`msg-${message.id}`}
        className={`msg msg-user${marks}`}
        aria-label={viewer === 'student' ? t('chat:message.you') : studentName}
      >
        {flagNote}
        <header className="msg-head">
          {viewer === 'student' ? t('chat:message.you') : studentName}
        </header>
        <div className="msg-body">{message.content}</div>
      </article>
    );
  }
  const streaming = message.status === 'STREAMING';
  const badge =
    message.status === 'STOPPED'
      ? t('chat:message.stopped')
      : message.status === 'FAILED'
        ? t('chat:message.failed')
        : null;
  return (
    <article
      id={`msg-${message.id}`}
      className={`msg msg-bot${marks}`}
      aria-label={botName}
      aria-busy={streaming}
    >
      {flagNote}
      <header className="msg-head">
        {botName}
        {streaming && (
          <span className="badge accent">
            <span className="spinner" aria-hidden="true" /> {t('chat:message.writing')}
          </span>
        )}
        {badge && (
          <span className={`badge ${message.status === 'FAILED' ? 'danger' : 'warn'}`}>
            {badge}
          </span>
        )}
      </header>
      {message.toolCalls.length > 0 && <ToolCalls calls={message.toolCalls} />}
      <div className="msg-body msg-md" data-status={message.status}>
        {message.content ? (
          <Markdown text={message.content} />
        ) : streaming ? (
          <span className="muted">{t('chat:message.thinking')}</span>
        ) : (
          <span className="muted">{t('chat:message.noText')}</span>
        )}
        {streaming && message.content && <span className="cursor" aria-hidden="true" />}
      </div>
      {gap && streaming && <p className="small muted">{t('chat:message.gap')}</p>}
      {(message.status === 'STOPPED' || message.status === 'FAILED') && message.statusReason && (
        <p className="small msg-reason">{message.statusReason}</p>
      )}
      {message.creditsCharged && !streaming && (
        <p className="small muted msg-cost">
          {t('chat:message.cost', {
            count: message.creditsCharged.credits,
            amount: formatNumber(message.creditsCharged.credits, { maximumFractionDigits: 4 }),
          })}
        </p>
      )}
    </article>
  );
});
