import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { Link } from 'react-router';
import type { FlagFieldsFragment, FlagResolution } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { emit } from '../../lib/events';
import { formatDateTime } from '../../lib/format';
import { ResolveFlagMutation } from './documents';

const severityTone = { HIGH: 'danger', MEDIUM: 'warn', LOW: '' } as const;

/** One safety flag: what was said, by whom, and the buttons to acknowledge or dismiss it. */
export function FlagCard({
  flag,
  onResolved,
}: {
  flag: FlagFieldsFragment;
  /** Called once the flag is resolved, for screens that list it. */
  onResolved?: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [result, resolve] = useMutation(ResolveFlagMutation);
  const act = (resolution: FlagResolution) =>
    void resolve({ flagId: flag.id, resolution, note: note.trim() || null }).then((outcome) => {
      if (!outcome.data) return;
      emit('flags-changed');
      onResolved?.();
    });
  const open = flag.status === 'OPEN';

  return (
    <article
      className="card flag"
      aria-label={t('supervisor:flag.label', {
        category: t(`supervisor:flagCategory.${flag.category}`),
        name: flag.student.displayName,
      })}
    >
      <header className="row">
        <span className={`badge ${severityTone[flag.severity]}`}>
          {t(`supervisor:severity.${flag.severity}`)}
        </span>
        <strong>{t(`supervisor:flagCategory.${flag.category}`)}</strong>
        <span className="muted small">
          {flag.student.displayName} ·{' '}
          {flag.source === 'ANSWER'
            ? t('supervisor:flag.inAnswer')
            : t('supervisor:flag.inQuestion')}{' '}
          · {formatDateTime(flag.createdAt)}
        </span>
        {flag.stoppedAnswer && (
          <span className="badge danger">{t('supervisor:flag.answerStopped')}</span>
        )}
      </header>
      <blockquote className="excerpt">{flag.excerpt}</blockquote>
      <p className="small">
        <Link to={`/watch/${flag.sessionId}`}>{t('supervisor:flag.open')}</Link>
      </p>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {open ? (
        <div className="row flag-actions">
          <label className="visually-hidden" htmlFor={`note-${flag.id}`}>
            {t('supervisor:flag.noteLabel')}
          </label>
          <input
            id={`note-${flag.id}`}
            placeholder={t('supervisor:flag.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="button" disabled={result.fetching} onClick={() => act('ACKNOWLEDGED')}>
            {t('supervisor:flag.acknowledge')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={result.fetching}
            onClick={() => act('DISMISSED')}
          >
            {t('supervisor:flag.dismiss')}
          </button>
        </div>
      ) : (
        <p className="small muted">
          {flag.status === 'ACKNOWLEDGED'
            ? t('supervisor:flag.acknowledged')
            : t('supervisor:flag.dismissed')}
          {flag.resolvedBy && ` ${t('supervisor:flag.by', { name: flag.resolvedBy.displayName })}`}
          {flag.resolvedAt &&
            ` ${t('supervisor:flag.on', { when: formatDateTime(flag.resolvedAt) })}`}
          {flag.note && ` — “${flag.note}”`}
        </p>
      )}
    </article>
  );
}
