import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import type { ClassActivitySubscription } from '../../generated/graphql';
import { problemFromCombined, type Problem } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { ClassActivitySubscription as ActivityDocument, ClassHistoryQuery } from './documents';

type Activity = ClassActivitySubscription['classActivity'];

const PAGE = 25;

/** The same event heard live and read from the history has one key. */
const keyOf = (item: Activity) => `${item.kind}:${item.flag?.id ?? item.messageId}`;

/**
 * What a class has been doing, newest first: the recent history from the server (a page at a
 * time), then live from `classActivity`. The subscription starts first, so nothing that
 * happens while the history loads is lost; an event in both is shown once.
 */
export function ActivityFeed({
  classId,
  onActivity,
}: {
  classId: string;
  onActivity?: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [live, setLive] = useState<Activity[]>([]);
  const [past, setPast] = useState<Activity[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const load = async (after: string | null) => {
    setLoading(true);
    const result = await client
      .query(ClassHistoryQuery, { classId, first: PAGE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (result.error) return setProblem(problemFromCombined(result.error));
    const page = result.data?.classActivityHistory;
    if (!page) return;
    setPast((previous) => [...previous, ...page.edges.map((edge) => edge.node)]);
    setCursor(page.pageInfo.endCursor ?? null);
    setMore(page.pageInfo.hasNextPage);
  };

  useEffect(() => {
    const { unsubscribe } = client
      .subscription(ActivityDocument, { classId })
      .subscribe((result) => {
        if (result.error) return setProblem(problemFromCombined(result.error));
        const event = result.data?.classActivity;
        if (!event) return;
        setLive((previous) => [event, ...previous].slice(0, 200));
        onActivity?.();
      });
    void load(null);
    return unsubscribe;
    // `load` reads only this class's id and the client, both in the dependencies.
  }, [client, classId, onActivity]);

  const seen = new Set<string>();
  const items = [...live, ...past].filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('supervisor:activity.title')}</h2>
      {problem && (
        <div className="banner warn" role="alert">
          {t('supervisor:activity.stopped')}
        </div>
      )}
      {items.length === 0 && !problem && !loading && (
        <p className="muted small">{t('supervisor:activity.waiting')}</p>
      )}
      <ol className="activity" aria-live="polite">
        {items.map((item) => (
          <li key={keyOf(item)} className={item.kind === 'FLAG_RAISED' ? 'flagged' : undefined}>
            <span className="small muted">{formatWhen(item.at)}</span>{' '}
            <Link to={`/students/${item.student.id}`}>
              <strong>{item.student.displayName}</strong>
            </Link>{' '}
            {t(`supervisor:activity.kind.${item.kind}`)}
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
            <Link to={`/watch/${item.sessionId}${item.flag ? `?message=${item.messageId}` : ''}`}>
              {t('supervisor:activity.watch')}
            </Link>
          </li>
        ))}
      </ol>
      {more && (
        <button
          type="button"
          className="secondary"
          disabled={loading}
          onClick={() => void load(cursor)}
        >
          {t('supervisor:activity.older')}
        </button>
      )}
    </section>
  );
}
