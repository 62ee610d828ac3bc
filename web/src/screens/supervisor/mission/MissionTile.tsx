import { memo, useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { StopGenerationMutation } from '../../chat/documents';
import { PostNoteMutation } from '../documents';
import type { MissionStore } from './missionStore';

/** One student's live tile: the answer as it streams, and watch, note and stop at hand. */
export const MissionTile = memo(function MissionTile({
  store,
  studentId,
}: {
  store: MissionStore;
  studentId: string;
}) {
  const { t } = useTranslation();
  const tile = useSyncExternalStore(
    (listener) => store.subscribe(studentId, listener),
    () => store.tile(studentId),
  );
  const [noting, setNoting] = useState(false);
  const [stop, stopAnswer] = useMutation(StopGenerationMutation);
  const headingId = useId();
  if (!tile) return null;
  const streaming = tile.status === 'STREAMING' && tile.messageId !== null;
  return (
    <li
      className={`tile card${tile.flagged ? ' flagged' : ''}${streaming ? ' streaming' : ''}`}
      aria-labelledby={headingId}
      data-student={tile.studentId}
    >
      <div className="tile-head">
        <h2 id={headingId} className="tile-name">
          {tile.name}
        </h2>
        <span className={`badge ${streaming ? 'ok' : ''}`}>
          {t(`supervisor:mission.status.${tile.status}`)}
        </span>
        {tile.flagged && <span className="badge danger">{t('supervisor:mission.flagged')}</span>}
      </div>
      <p className="tile-text" data-testid="tile-text">
        {tile.text || <span className="muted">{t('supervisor:mission.noAnswerYet')}</span>}
      </p>
      <div className="row small tile-actions">
        <Link to={`/watch/${tile.sessionId}`}>
          {t('supervisor:mission.watch', { name: tile.name })}
        </Link>
        <button
          type="button"
          className="secondary"
          aria-expanded={noting}
          onClick={() => setNoting((open) => !open)}
        >
          {t('supervisor:mission.note')}
        </button>
        {streaming && (
          <button
            type="button"
            className="danger"
            disabled={stop.fetching}
            onClick={() => void stopAnswer({ messageId: tile.messageId! })}
          >
            {t('supervisor:mission.stop')}
          </button>
        )}
      </div>
      {tile.lost && (
        <p className="small banner warn" role="status">
          {t('supervisor:mission.lost')}{' '}
          <button type="button" className="link" onClick={() => store.refollow(tile.studentId)}>
            {t('supervisor:mission.reconnect')}
          </button>
        </p>
      )}
      {stop.error && <ProblemBanner problem={problemFromCombined(stop.error)} />}
      {noting && (
        <TileNote sessionId={tile.sessionId} name={tile.name} onDone={() => setNoting(false)} />
      )}
    </li>
  );
});

function TileNote({
  sessionId,
  name,
  onDone,
}: {
  sessionId: string;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [result, post] = useMutation(PostNoteMutation);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await post({ sessionId, content: content.trim() });
    if (outcome.data) {
      setContent('');
      onDone();
    }
  };
  return (
    <form className="tile-note" onSubmit={submit}>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <label htmlFor={id}>{t('supervisor:mission.noteLabel', { name })}</label>
      <div className="composer-row">
        <input
          id={id}
          maxLength={4000}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          autoFocus
        />
        <button type="submit" disabled={result.fetching || !content.trim()}>
          {t('supervisor:mission.post')}
        </button>
      </div>
    </form>
  );
}
