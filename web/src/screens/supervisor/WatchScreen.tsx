import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { ConversationView } from '../chat/ConversationView';
import { PostNoteMutation } from './documents';

/** A supervisor watching a student's conversation live, with a note box the student sees. */
export function WatchScreen({ sessionId }: { sessionId: string }) {
  return (
    <ConversationView
      sessionId={sessionId}
      viewer="supervisor"
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
