import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { emit } from '../../lib/events';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
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
  const { t } = useTranslation();
  const navigate = useNavigate();
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
            {t('chat:session.titleLabel')}
          </label>
          <input
            id="session-title"
            maxLength={200}
            required
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" disabled={renamed.fetching || !draft.trim()}>
            {t('common:save')}
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            {t('common:cancel')}
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
            {t('chat:session.rename')}
          </button>
          <ConfirmDialog
            trigger={
              <button type="button" className="link" disabled={deleted.fetching}>
                {t('chat:session.delete')}
              </button>
            }
            title={t('chat:session.deleteTitle')}
            description={t('chat:session.deleteBody')}
            confirmLabel={t('chat:session.delete')}
            destructive
            onConfirm={destroy}
          />
        </div>
      )}
      {renamed.error && <ProblemBanner problem={problemFromCombined(renamed.error)} />}
      {deleted.error && <ProblemBanner problem={problemFromCombined(deleted.error)} />}
    </div>
  );
}
