import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatAgo, formatCredits, formatWhen } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { FlagCard } from '../FlagCard';
import { StudentOverviewQuery, StudentSessionsQuery } from './documents';

const PAGE = 10;

/**
 * One student as their teacher sees them: credits, open flags, the conversations the tie
 * opens (opening one is recorded in the access log, as every read of their messages is),
 * flags and the notes teachers posted.
 */
export function StudentScreen({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: StudentOverviewQuery,
    variables: { id: studentId },
    requestPolicy: 'cache-and-network',
  });
  const student = data?.user;
  usePageTitle(student?.displayName);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <div className="stack">
      <p className="small">
        <Link to="/classes">{t('supervisor:student.back')}</Link>
      </p>
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={reload} />}
      {fetching && !data && <Loading what={t('supervisor:student.loading')} />}
      {data && !student && <Empty>{t('supervisor:student.notFound')}</Empty>}
      {student && (
        <>
          <div className="page-head">
            <h1>{student.displayName}</h1>
            <span className="badge">{t(`common:roles.${student.role}`)}</span>
            {student.status && (
              <span className={`badge ${student.status === 'ACTIVE' ? 'ok' : 'warn'}`}>
                {t(`common:userStatus.${student.status}`)}
              </span>
            )}
          </div>
          {student.email && <p className="muted small">{student.email}</p>}
          <dl className="figures card" aria-label={t('supervisor:student.figures')}>
            <div>
              <dt>{t('supervisor:student.creditsLeft')}</dt>
              <dd data-testid="credits-left">{formatCredits(student.credits.available.credits)}</dd>
            </div>
            <div>
              <dt>{t('supervisor:student.creditsSpent')}</dt>
              <dd>{formatCredits(student.credits.spent.credits)}</dd>
            </div>
            <div>
              <dt>{t('supervisor:student.openFlags')}</dt>
              <dd>{student.openFlagCount}</dd>
            </div>
            <div>
              <dt>{t('supervisor:student.lastChat')}</dt>
              <dd>{formatAgo(student.lastChatAt, t('common:never'))}</dd>
            </div>
            <div>
              <dt>{t('supervisor:student.chatsToday')}</dt>
              <dd>{student.chatSessionsToday}</dd>
            </div>
          </dl>
          <div className="class-layout">
            <Conversations studentId={studentId} />
            <section className="card" aria-labelledby="student-notes">
              <h2 id="student-notes">{t('supervisor:student.notes')}</h2>
              {student.supervisorNotes.edges.length === 0 ? (
                <p className="muted">{t('supervisor:student.noNotes')}</p>
              ) : (
                <ol className="activity">
                  {student.supervisorNotes.edges.map(({ node }) => (
                    <li key={node.messageId}>
                      <span className="small muted">{formatWhen(node.createdAt)}</span>{' '}
                      <strong>{node.supervisor.displayName}</strong>: {node.content}{' '}
                      <Link to={`/watch/${node.sessionId}?message=${node.messageId}`}>
                        {t('supervisor:student.openConversation')}
                      </Link>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>
          <section className="stack" aria-labelledby="student-flags">
            <h2 id="student-flags">{t('supervisor:student.flags')}</h2>
            {data.flags.edges.length === 0 && (
              <p className="muted">{t('supervisor:student.noFlags')}</p>
            )}
            {data.flags.edges.map(({ node }) => (
              <FlagCard key={node.id} flag={node} onResolved={reload} />
            ))}
            {data.flags.pageInfo.hasNextPage && (
              <Link to={`/flags?student=${studentId}`}>{t('supervisor:student.allFlags')}</Link>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** The student's conversations, a page at a time. */
function Conversations({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <section className="card" aria-labelledby="student-sessions">
      <h2 id="student-sessions">{t('supervisor:student.conversations')}</h2>
      <p className="small muted">{t('supervisor:student.conversationsHint')}</p>
      <ul className="plain-list">
        {cursors.map((after, index) => (
          <SessionPage
            key={after ?? 'first'}
            studentId={studentId}
            after={after}
            last={index === cursors.length - 1}
            onMore={(next) => setCursors((all) => [...all, next])}
          />
        ))}
      </ul>
    </section>
  );
}

function SessionPage({
  studentId,
  after,
  last,
  onMore,
}: {
  studentId: string;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: StudentSessionsQuery,
    variables: { id: studentId, first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  const page = data?.user?.chatSessions;
  return (
    <>
      {error && (
        <li>
          <ProblemBanner problem={problemFromCombined(error)} />
        </li>
      )}
      {fetching && !page && (
        <li>
          <Loading what={t('supervisor:student.loadingConversations')} />
        </li>
      )}
      {page && page.edges.length === 0 && after === null && (
        <li className="muted">{t('supervisor:student.noConversations')}</li>
      )}
      {page?.edges.map(({ node }) => (
        <li key={node.id}>
          <Link to={`/watch/${node.id}`}>{node.title}</Link>{' '}
          <span className="small muted">
            {t('supervisor:student.updated', { when: formatWhen(node.updatedAt) })}
          </span>
          {node.isStreaming && (
            <span className="badge ok"> {t('supervisor:student.streaming')}</span>
          )}
          {node.deletedByOwnerAt && (
            <span className="badge warn"> {t('supervisor:student.deletedByStudent')}</span>
          )}
        </li>
      ))}
      {last && page?.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <li>
          <button
            type="button"
            className="secondary"
            onClick={() => onMore(page.pageInfo.endCursor!)}
          >
            {t('supervisor:student.more')}
          </button>
        </li>
      )}
    </>
  );
}
