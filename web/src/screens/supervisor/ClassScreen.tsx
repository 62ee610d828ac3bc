import { useTranslation } from 'react-i18next';
import { useCallback, useRef } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from 'react-router';
import { problemFromCombined } from '../../lib/errors';
import { formatAgo, formatCredits } from '../../lib/format';
import { ActivityFeed } from './ActivityFeed';
import type { ClassRosterFiguresQuery } from '../../generated/graphql';
import { getSession } from '../../lib/session';
import { ClassRosterQuery, RosterFiguresQuery } from './documents';
import { EnrollForm } from './EnrollForm';
import { JoinCodeCard } from './JoinCodeCard';

/** One class: the roster with each student's activity, credits and flags, and the live feed. */
export function ClassScreen({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ClassRosterQuery,
    variables: { classId },
  });
  const [figures, refetchFigures] = useQuery({ query: RosterFiguresQuery, variables: { classId } });
  const byStudent = new Map(
    (figures.data?.classRoster ?? []).map((entry) => [entry.student.id, entry.student]),
  );
  const refresh = useCallback(() => {
    refetch({ requestPolicy: 'network-only' });
    refetchFigures({ requestPolicy: 'network-only' });
  }, [refetch, refetchFigures]);
  // Activity changes the roster's numbers; refresh at most every few seconds, not per event.
  const last = useRef(0);
  const onActivity = useCallback(() => {
    if (Date.now() - last.current < 3000) return;
    last.current = Date.now();
    refresh();
  }, [refresh]);

  return (
    <div className="stack">
      <p className="small">
        <Link to="/classes">{t('supervisor:class.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{data?.class?.name ?? t('supervisor:class.fallbackTitle')}</h1>
        {data?.class?.term && <span className="muted">{data.class.term}</span>}
      </div>
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={refresh} />}
      {!error && figures.error && (
        <div className="banner warn" role="status">
          {t('supervisor:class.figuresUnavailable')}{' '}
          <button type="button" className="link" onClick={refresh}>
            {t('common:tryAgain')}
          </button>
        </div>
      )}
      <div className="class-layout">
        <section className="card" aria-labelledby="roster-title">
          <h2 id="roster-title">{t('supervisor:class.roster')}</h2>
          {fetching && !data && <Loading what={t('supervisor:class.loadingRoster')} />}
          {data && data.classRoster.length === 0 && (
            <Empty>{t('supervisor:class.noStudents')}</Empty>
          )}
          {data && data.classRoster.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('supervisor:class.student')}</th>
                    <th scope="col">{t('supervisor:class.lastActivity')}</th>
                    <th scope="col">{t('supervisor:class.chatsToday')}</th>
                    <th scope="col">{t('supervisor:class.creditsLeft')}</th>
                    <th scope="col">{t('supervisor:class.openFlags')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.classRoster.map(({ student, openFlagCount }) => (
                    <tr key={student.id}>
                      <td>
                        {student.displayName}
                        <div className="small muted">{student.email}</div>
                      </td>
                      <Figures figures={byStudent.get(student.id)} />
                      <td>
                        {openFlagCount > 0 ? (
                          <Link to={`/flags?student=${student.id}`} className="badge danger">
                            {t('supervisor:class.openCount', { count: openFlagCount })}
                          </Link>
                        ) : (
                          <span className="muted">{t('supervisor:class.none')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <ActivityFeed classId={classId} onActivity={onActivity} />
      </div>
      <JoinCodeCard classId={classId} />
      {getSession()?.user.role === 'ADMIN' && data && (
        <EnrollForm
          classId={classId}
          enrolled={data.classRoster.map((entry) => entry.student.id)}
          onDone={refresh}
        />
      )}
    </div>
  );
}

type StudentFigures = NonNullable<ClassRosterFiguresQuery['classRoster'][number]['student']>;

/** Last activity, chats today and credits left: dashes while unknown. */
function Figures({ figures }: { figures: StudentFigures | undefined }) {
  const { t } = useTranslation();
  if (!figures) {
    return (
      <>
        <td className="muted">—</td>
        <td className="muted">—</td>
        <td className="muted">—</td>
      </>
    );
  }
  return (
    <>
      <td>{formatAgo(figures.lastChatAt, t('common:never'))}</td>
      <td>{figures.chatSessionsToday}</td>
      <td>{formatCredits(figures.credits.available.credits)}</td>
    </>
  );
}
