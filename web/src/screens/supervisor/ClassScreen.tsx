import { useCallback, useRef } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
import { problemFromCombined } from '../../lib/errors';
import { formatAgo, formatCredits } from '../../lib/format';
import { ActivityFeed } from './ActivityFeed';
import { getSession } from '../../lib/session';
import { ClassRosterQuery } from './documents';
import { EnrollForm } from './EnrollForm';

/** One class: the roster with each student's activity, credits and flags, and the live feed. */
export function ClassScreen({ classId }: { classId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ClassRosterQuery,
    variables: { classId },
  });
  // Activity changes the roster's numbers; refresh at most every few seconds, not per event.
  const last = useRef(0);
  const onActivity = useCallback(() => {
    if (Date.now() - last.current < 3000) return;
    last.current = Date.now();
    refetch({ requestPolicy: 'network-only' });
  }, [refetch]);

  return (
    <div className="stack">
      <p className="small">
        <Link href="/classes">← My classes</Link>
      </p>
      <div className="page-head">
        <h1>{data?.class?.name ?? 'Class'}</h1>
        {data?.class?.term && <span className="muted">{data.class.term}</span>}
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
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
                      <td>{formatAgo(student.lastChatAt)}</td>
                      <td>{student.chatSessionsToday}</td>
                      <td>{formatCredits(student.credits.available.credits)}</td>
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
      {getSession()?.user.role === 'ADMIN' && data && (
        <EnrollForm
          classId={classId}
          enrolled={data.classRoster.map((entry) => entry.student.id)}
          onDone={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </div>
  );
}
