import { useState } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
import type { FlagFieldsFragment, FlagResolution } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { ResolveFlagMutation } from './documents';

const severityTone = { HIGH: 'danger', MEDIUM: 'warn', LOW: '' } as const;

/** One safety flag: what was said, by whom, and the buttons to acknowledge or dismiss it. */
export function FlagCard({ flag }: { flag: FlagFieldsFragment }) {
  const [note, setNote] = useState('');
  const [result, resolve] = useMutation(ResolveFlagMutation);
  const act = (resolution: FlagResolution) =>
    void resolve({ flagId: flag.id, resolution, note: note.trim() || null });
  const open = flag.status === 'OPEN';

  return (
    <article
      className="card flag"
      aria-label={`Flag: ${flag.category} from ${flag.student.displayName}`}
    >
      <header className="row">
        <span className={`badge ${severityTone[flag.severity]}`}>{flag.severity}</span>
        <strong>{flag.category.replace('_', ' ').toLowerCase()}</strong>
        <span className="muted small">
          {flag.student.displayName} · {flag.source === 'ANSWER' ? 'in an answer' : 'in a question'}{' '}
          · {formatDateTime(flag.createdAt)}
        </span>
        {flag.stoppedAnswer && <span className="badge danger">answer stopped</span>}
      </header>
      <blockquote className="excerpt">{flag.excerpt}</blockquote>
      <p className="small">
        <Link href={`/watch/${flag.sessionId}`}>Open the conversation</Link>
      </p>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {open ? (
        <div className="row flag-actions">
          <label className="visually-hidden" htmlFor={`note-${flag.id}`}>
            Note about this flag
          </label>
          <input
            id={`note-${flag.id}`}
            placeholder="Note (optional)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="button" disabled={result.fetching} onClick={() => act('ACKNOWLEDGED')}>
            Acknowledge
          </button>
          <button
            type="button"
            className="secondary"
            disabled={result.fetching}
            onClick={() => act('DISMISSED')}
          >
            Dismiss
          </button>
        </div>
      ) : (
        <p className="small muted">
          {flag.status === 'ACKNOWLEDGED' ? 'Acknowledged' : 'Dismissed'}
          {flag.resolvedBy && ` by ${flag.resolvedBy.displayName}`}
          {flag.resolvedAt && ` on ${formatDateTime(flag.resolvedAt)}`}
          {flag.note && ` — “${flag.note}”`}
        </p>
      )}
    </article>
  );
}
