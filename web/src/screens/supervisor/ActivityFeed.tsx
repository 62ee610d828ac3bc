import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { Link } from '../../components/Link';
import type { ClassActivitySubscription } from '../../generated/graphql';
import { problemFromCombined, type Problem } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { ClassActivitySubscription as ActivityDocument } from './documents';

type Activity = ClassActivitySubscription['classActivity'];

const kindText: Record<Activity['kind'], string> = {
  STUDENT_MESSAGE: 'asked a question',
  ANSWER_STARTED: 'is getting an answer',
  ANSWER_FINISHED: 'got an answer',
  ANSWER_STOPPED: 'had an answer stopped',
  ANSWER_FAILED: 'had an answer fail',
  FLAG_RAISED: 'was flagged',
  FLAG_RESOLVED: 'had a flag resolved',
};

/** What a class is doing right now, live from `classActivity`, newest first. */
export function ActivityFeed({
  classId,
  onActivity,
}: {
  classId: string;
  onActivity?: () => void;
}) {
  const client = useClient();
  const [items, setItems] = useState<Activity[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    const { unsubscribe } = client
      .subscription(ActivityDocument, { classId })
      .subscribe((result) => {
        if (result.error) return setProblem(problemFromCombined(result.error));
        const event = result.data?.classActivity;
        if (!event) return;
        setItems((previous) => [event, ...previous].slice(0, 50));
        onActivity?.();
      });
    return unsubscribe;
  }, [client, classId, onActivity]);

  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 id="activity-title">Live activity</h2>
      {problem && (
        <div className="banner warn" role="alert">
          Live activity stopped: {problem.message}
        </div>
      )}
      {items.length === 0 && !problem && (
        <p className="muted small">
          Waiting for activity… New questions, answers and flags appear here as they happen.
        </p>
      )}
      <ol className="activity" aria-live="polite">
        {items.map((item, index) => (
          <li
            key={`${item.messageId}-${item.kind}-${index}`}
            className={item.kind === 'FLAG_RAISED' ? 'flagged' : undefined}
          >
            <span className="small muted">{formatWhen(item.at)}</span>{' '}
            <strong>{item.student.displayName}</strong> {kindText[item.kind]}
            {item.flag && (
              <span className="small">
                {' '}
                · <span className="badge danger">{item.flag.category}</span> “{item.flag.excerpt}”
              </span>
            )}{' '}
            <Link href={`/watch/${item.sessionId}`}>Watch</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
