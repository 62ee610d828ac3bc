import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { emit } from '../../lib/events';
import { navigate } from '../../lib/router';
import { DeleteSessionMutation, RenameSessionMutation } from './documents';

/** Renaming and deleting one's own conversation. */
export function SessionActions({
  sessionId,
  title,
  onRenamed,
}: {
  sessionId: string;
  title: string;
  onRenamed: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [renamed, rename] = useMutation(RenameSessionMutation);
  const [deleted, remove] = useMutation(DeleteSessionMutation);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await rename({ id: sessionId, title: draft.trim() });
    if (!outcome.data) return;
    setEditing(false);
    emit('sessions-changed');
    onRenamed();
  };
  const destroy = async () => {
    if (!window.confirm('Delete this conversation? It cannot be undone.')) return;
    const outcome = await remove({ id: sessionId });
    if (!outcome.data) return;
    emit('sessions-changed');
    navigate('/chat');
  };

  return (
    <div className="session-actions">
      {editing ? (
        <form className="row" onSubmit={save}>
          <label className="visually-hidden" htmlFor="session-title">
            Conversation title
          </label>
          <input
            id="session-title"
            maxLength={200}
            required
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" disabled={renamed.fetching || !draft.trim()}>
            Save
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="row">
          <button
            type="button"
            className="link"
            onClick={() => {
              setDraft(title);
              setEditing(true);
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="link"
            disabled={deleted.fetching}
            onClick={() => void destroy()}
          >
            Delete
          </button>
        </div>
      )}
      {renamed.error && <ProblemBanner problem={problemFromCombined(renamed.error)} />}
      {deleted.error && <ProblemBanner problem={problemFromCombined(deleted.error)} />}
    </div>
  );
}
