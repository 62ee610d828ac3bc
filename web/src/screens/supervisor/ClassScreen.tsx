import { useCallback, useRef } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
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
        <Link href="/classes">← My classes</Link>
      </p>
      <div className="page-head">
        <h1>{data?.class?.name ?? 'Class'}</h1>
        {data?.class?.term && <span className="muted">{data.class.term}</span>}
      </div>
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={refresh} />}
      {!error && figures.error && (
        <div className="banner warn" role="status">
          Activity and credit figures are unavailable right now (
          {figures.error.graphQLErrors[0]?.message ?? 'connection problem'}).{' '}
          <button type="button" className="link" onClick={refresh}>
            Try again
          </button>
        </div>
      )}
      <div className="class-layout">
        <section className="card" aria-labelledby="roster-title">
          <h2 id="roster-title">Roster</h2>
          {fetching && !data && <Loading what="Loading the roster" />}
          {data && data.classRoster.length === 0 && (
            <Empty>No students are enrolled in this class.</Empty>
          )}
          {data && data.classRoster.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col">Last activity</th>
                    <th scope="col">Chats today</th>
                    <th scope="col">Credits left</th>
                    <th scope="col">Open flags</th>
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
                          <Link href={`/flags?student=${student.id}`} className="badge danger">
                            {openFlagCount} open
                          </Link>
                        ) : (
                          <span className="muted">none</span>
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
      <td>{formatAgo(figures.lastChatAt)}</td>
      <td>{figures.chatSessionsToday}</td>
      <td>{formatCredits(figures.credits.available.credits)}</td>
    </>
  );
}
