import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { networkProblem, problemFromCombined } from '../../lib/errors';
import { emit } from '../../lib/events';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  DeleteSessionMutation,
  ExportMyChatSessionQuery,
  RenameSessionMutation,
} from './documents';
import { ExportButtons, type LoadedExport } from './ExportButtons';

/** Renaming, exporting and deleting one's own conversation; focus returns where it was. */
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
  const client = useClient();
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleBox = useRef<HTMLInputElement>(null);
  // Focus follows the form: into the title box when it opens, back to Rename when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (editing) titleBox.current?.select();
    else if (opened.current) renameButton.current?.focus();
    opened.current = editing;
  }, [editing]);
  const loadExport = async (): Promise<LoadedExport> => {
    const result = await client
      .query(ExportMyChatSessionQuery, { sessionId }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) return result.data.exportMyChatSession;
    return { problem: result.error ? problemFromCombined(result.error) : networkProblem() };
  };

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
            ref={titleBox}
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
            ref={renameButton}
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
          <ExportButtons load={loadExport} label={t('chat:export.label')} />
        </div>
      )}
      {renamed.error && <ProblemBanner problem={problemFromCombined(renamed.error)} />}
      {deleted.error && <ProblemBanner problem={problemFromCombined(deleted.error)} />}
    </div>
  );
}
