import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { Link } from 'react-router';
import type { ClassActivitySubscription } from '../../generated/graphql';
import { problemFromCombined, type Problem } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { ClassActivitySubscription as ActivityDocument } from './documents';

type Activity = ClassActivitySubscription['classActivity'];

/** What a class is doing right now, live from `classActivity`, newest first. */
export function ActivityFeed({
  classId,
  onActivity,
}: {
  classId: string;
  onActivity?: () => void;
}) {
  const { t } = useTranslation();
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
      <h2 id="activity-title">{t('supervisor:activity.title')}</h2>
      {problem && (
        <div className="banner warn" role="alert">
          {t('supervisor:activity.stopped')}
        </div>
      )}
      {items.length === 0 && !problem && (
        <p className="muted small">{t('supervisor:activity.waiting')}</p>
      )}
      <ol className="activity" aria-live="polite">
        {items.map((item, index) => (
          <li
            key={`${item.messageId}-${item.kind}-${index}`}
            className={item.kind === 'FLAG_RAISED' ? 'flagged' : undefined}
          >
            <span className="small muted">{formatWhen(item.at)}</span>{' '}
            <strong>{item.student.displayName}</strong> {t(`supervisor:activity.kind.${item.kind}`)}
            {item.flag && (
              <span className="small">
                {' '}
                ·{' '}
                <span className="badge danger">
                  {t(`supervisor:flagCategory.${item.flag.category}`)}
                </span>{' '}
                “{item.flag.excerpt}”
              </span>
            )}{' '}
            <Link to={`/watch/${item.sessionId}`}>{t('supervisor:activity.watch')}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
