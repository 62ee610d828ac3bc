import { useTranslation } from 'react-i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { ConversationView } from '../chat/ConversationView';
import { PostNoteMutation, WatchFlagsQuery, WatchOwnerQuery } from './documents';

/**
 * A supervisor watching a student's conversation live, with a note box the student sees, a
 * way back to the student's page and their flags marked on the messages they were raised on.
 */
export function WatchScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  // Who owns it, without its messages (listing is not reading; the view below records the read).
  const [owner] = useQuery({ query: WatchOwnerQuery, variables: { id: sessionId } });
  const studentId = owner.data?.chatSession?.owner.id;
  const [flags] = useQuery({
    query: WatchFlagsQuery,
    variables: { studentId: studentId ?? '' },
    pause: !studentId,
  });
  const flagged = useMemo(() => {
    const marks = new Map<string, string>();
    for (const { node } of flags.data?.flags.edges ?? []) {
      if (node.sessionId !== sessionId) continue;
      const label = t('supervisor:watch.flagged', {
        category: t(`supervisor:flagCategory.${node.category}`),
        severity: t(`supervisor:severity.${node.severity}`),
        status: t(`supervisor:watch.flagStatus.${node.status}`),
      });
      marks.set(
        node.messageId,
        marks.has(node.messageId) ? `${marks.get(node.messageId)} · ${label}` : label,
      );
    }
    return marks;
  }, [flags.data, sessionId, t]);
  return (
    <ConversationView
      sessionId={sessionId}
      viewer="supervisor"
      flagged={flagged}
      focusMessageId={searchParams.get('message')}
      headerActions={(session) => (
        <p className="small row">
          <Link to={`/students/${session.ownerId}`}>{t('supervisor:watch.backToStudent')}</Link>
          <Link to="/flags">{t('supervisor:watch.backToFlags')}</Link>
        </p>
      )}
      footer={() => <NoteForm sessionId={sessionId} />}
    />
  );
}

function NoteForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [result, post] = useMutation(PostNoteMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The note comes back through the session's stream, like any message.
    const outcome = await post({ sessionId, content: content.trim() });
    if (outcome.data) setContent('');
  };
  return (
    <form className="composer note-form" onSubmit={submit}>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <label htmlFor="note-text">{t('supervisor:watch.noteLabel')}</label>
      <div className="composer-row">
        <textarea
          id="note-text"
          rows={2}
          maxLength={4000}
          value={content}
          onChange={(e) => setContent(e.target.value)}
        />
        <button type="submit" disabled={result.fetching || !content.trim()}>
          {result.fetching ? t('supervisor:watch.posting') : t('supervisor:watch.post')}
        </button>
      </div>
    </form>
  );
}
