import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from 'react-router';
import { problemFromCombined } from '../../lib/errors';
import { getSession } from '../../lib/session';
import { CreateClassForm } from './CreateClassForm';
import { AllClassesQuery, MyClassesQuery } from './documents';

/** A supervisor's classes (an admin's: all classes), each with its size and open flags. */
export function ClassesScreen() {
  const { t } = useTranslation();
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
        <h1>{isAdmin ? t('supervisor:classes.allTitle') : t('supervisor:classes.myTitle')}</h1>
        <Link to="/flags">{t('supervisor:classes.openInbox')}</Link>
      </div>
      <CreateClassForm
        pickPeople={isAdmin}
        onCreated={() => refetch({ requestPolicy: 'network-only' })}
      />
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !classes && <Loading what={t('supervisor:classes.loading')} />}
      {classes && classes.length === 0 && (
        <Empty>
          {isAdmin ? t('supervisor:classes.noneAdmin') : t('supervisor:classes.noneSupervisor')}
        </Empty>
      )}
      <div className="grid">
        {classes?.map((cls) => (
          <Link key={cls.id} to={`/classes/${cls.id}`} className="card class-card">
            <h2>{cls.name}</h2>
            {cls.term && <p className="small muted">{cls.term}</p>}
            {cls.supervisors.length > 0 && (
              <p className="small muted">
                {t('supervisor:classes.teachers', {
                  names: cls.supervisors.map((s) => s.displayName).join(', '),
                })}
              </p>
            )}
            <p className="row small">
              <span className="badge">
                {t('supervisor:classes.students', { count: cls.students.length })}
              </span>
              {cls.openFlagCount > 0 ? (
                <span className="badge danger">
                  {t('supervisor:classes.openFlags', { count: cls.openFlagCount })}
                </span>
              ) : (
                <span className="badge ok">{t('supervisor:classes.noOpenFlags')}</span>
              )}
            </p>
          </Link>
        ))}
      </div>
    </div>
  );
}
