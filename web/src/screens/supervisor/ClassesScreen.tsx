import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
import { problemFromCombined } from '../../lib/errors';
import { getSession } from '../../lib/session';
import { CreateClassForm } from './CreateClassForm';
import { AllClassesQuery, MyClassesQuery } from './documents';

/** A supervisor's classes (an admin's: all classes), each with its size and open flags. */
export function ClassesScreen() {
  const isAdmin = getSession()?.user.role === 'ADMIN';
  const [mine, refetchMine] = useQuery({
    query: MyClassesQuery,
    requestPolicy: 'cache-and-network',
    pause: isAdmin,
  });
  const [all, refetchAll] = useQuery({
    query: AllClassesQuery,
    requestPolicy: 'cache-and-network',
    pause: !isAdmin,
  });
  const { fetching, error } = isAdmin ? all : mine;
  const classes = isAdmin ? all.data?.classes : mine.data?.myClasses;
  const refetch = isAdmin ? refetchAll : refetchMine;
  return (
    <div className="stack">
      <div className="page-head">
        <h1>{isAdmin ? 'Classes' : 'My classes'}</h1>
        <Link href="/flags">Open the flags inbox</Link>
      </div>
      {isAdmin && <CreateClassForm onCreated={() => refetch({ requestPolicy: 'network-only' })} />}
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !classes && <Loading what="Loading classes" />}
      {classes && classes.length === 0 && (
        <Empty>
          {isAdmin
            ? 'There are no classes yet.'
            : 'You supervise no classes yet. An administrator assigns you to classes.'}
        </Empty>
      )}
      <div className="grid">
        {classes?.map((cls) => (
          <Link key={cls.id} href={`/classes/${cls.id}`} className="card class-card">
            <h2>{cls.name}</h2>
            {cls.term && <p className="small muted">{cls.term}</p>}
            {cls.supervisors.length > 0 && (
              <p className="small muted">
                Teachers: {cls.supervisors.map((s) => s.displayName).join(', ')}
              </p>
            )}
            <p className="row small">
              <span className="badge">{cls.students.length} students</span>
              {cls.openFlagCount > 0 ? (
                <span className="badge danger">{cls.openFlagCount} open flags</span>
              ) : (
                <span className="badge ok">no open flags</span>
              )}
            </p>
          </Link>
        ))}
      </div>
    </div>
  );
}
