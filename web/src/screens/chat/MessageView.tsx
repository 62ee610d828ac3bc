import type { Message } from './conversationState';
import { ToolCalls } from './ToolCalls';

/** Who the reader is, so messages are labelled from their point of view. */
export type Viewer = 'student' | 'supervisor';

const statusText: Record<string, string> = {
  STOPPED: 'Stopped',
  FAILED: 'Failed',
};

/** One message: the student's question, the chatbot's answer, or a note from the teacher. */
export function MessageView({
  message,
  viewer,
  botName,
  studentName,
  gap,
}: {
  message: Message;
  viewer: Viewer;
  botName: string;
  studentName: string;
  gap?: boolean;
}) {
  if (message.role === 'SUPERVISOR') {
    return (
      <article className="msg msg-note" aria-label="Note from the teacher">
        <header className="msg-head">
          <span aria-hidden="true">🧑‍🏫</span> Note from{' '}
          {viewer === 'student' ? 'your teacher' : 'teacher'}
          {message.author && <span className="muted"> · {message.author.displayName}</span>}
        </header>
        <div className="msg-body">{message.content}</div>
      </article>
    );
  }
  if (message.role === 'USER') {
    return (
      <article className="msg msg-user" aria-label={viewer === 'student' ? 'You' : studentName}>
        <header className="msg-head">{viewer === 'student' ? 'You' : studentName}</header>
        <div className="msg-body">{message.content}</div>
      </article>
    );
  }
  const streaming = message.status === 'STREAMING';
  const badge = statusText[message.status];
  return (
    <article className="msg msg-bot" aria-label={botName} aria-busy={streaming}>
      <header className="msg-head">
        {botName}
        {streaming && (
          <span className="badge accent">
            <span className="spinner" aria-hidden="true" /> writing
          </span>
        )}
        {badge && (
          <span className={`badge ${message.status === 'FAILED' ? 'danger' : 'warn'}`}>
            {badge}
          </span>
        )}
      </header>
      {message.toolCalls.length > 0 && <ToolCalls calls={message.toolCalls} />}
      <div className="msg-body" data-status={message.status}>
        {message.content ||
          (streaming ? (
            <span className="muted">Thinking…</span>
          ) : (
            <span className="muted">(no text)</span>
          ))}
        {streaming && message.content && <span className="cursor" aria-hidden="true" />}
      </div>
      {gap && streaming && (
        <p className="small muted">
          Part of the live text was missed; the full answer appears when it ends.
        </p>
      )}
      {(message.status === 'STOPPED' || message.status === 'FAILED') && message.statusReason && (
        <p className="small msg-reason">{message.statusReason}</p>
      )}
      {message.creditsCharged && !streaming && (
        <p className="small muted msg-cost">
          {message.creditsCharged.credits.toLocaleString(undefined, { maximumFractionDigits: 4 })}{' '}
          credits
        </p>
      )}
    </article>
  );
}
