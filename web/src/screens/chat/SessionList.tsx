import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link } from 'react-router';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { on } from '../../lib/events';
import { formatWhen } from '../../lib/format';
import { MySessionsQuery } from './documents';

/** The student's conversations, most recent first, with the open one marked. */
export function SessionList({ activeId }: { activeId?: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MySessionsQuery,
    variables: { first: 50 },
  });
  useEffect(
    () => on('sessions-changed', () => refetch({ requestPolicy: 'network-only' })),
    [refetch],
  );
  const sessions = data?.myChatSessions.edges.map((edge) => edge.node) ?? [];

  return (
    <nav className="session-list" aria-label={t('chat:sessions.label')}>
      <Link className="button new-chat" to="/chat">
        {t('chat:sessions.new')}
      </Link>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {fetching && !data && <p className="small muted">{t('common:loading')}</p>}
      {data && sessions.length === 0 && <p className="small muted">{t('chat:sessions.none')}</p>}
      <ul>
        {sessions.map((session) => (
          <li key={session.id}>
            <Link
              to={`/chat/${session.id}`}
              aria-current={session.id === activeId ? 'page' : undefined}
            >
              <span className="session-title">{session.title}</span>
              <span className="small muted">
                {session.isStreaming ? t('chat:sessions.answering') : formatWhen(session.updatedAt)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
