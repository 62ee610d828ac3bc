import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { LoadMoreButton, useLoadMore } from '../../components/LoadMore';
import { Link } from 'react-router';
import type { ClassCardFragment } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { getSession } from '../../lib/session';
import { ClassInvitations, usePendingInvitationCount } from '../account/ClassInvitations';
import { CreateClassForm } from './CreateClassForm';
import { AllClassesQuery, MyClassesQuery } from './documents';

/** A supervisor's classes (an admin's: all classes), each with its size and open flags. */
export function ClassesScreen() {
  const { t } = useTranslation();
  const isAdmin = getSession()?.user.role === 'ADMIN';
  const pages = useLoadMore();
  // Bumped when a class is created or an invitation accepted: every page loaded reads again.
  const [generation, setGeneration] = useState(0);
  const reread = () => setGeneration((g) => g + 1);
  return (
    <div className="stack">
      <div className="page-head">
        <h1>{isAdmin ? t('supervisor:classes.allTitle') : t('supervisor:classes.myTitle')}</h1>
        <Link to="/flags">{t('supervisor:classes.openInbox')}</Link>
      </div>
      {!isAdmin && <CoTeacherInvitations onAnswered={reread} />}
      <CreateClassForm pickPeople={isAdmin} onCreated={reread} />
      <div className="grid">
        {pages.cursors.map((after, index) => (
          <ClassCardsPage
            key={after ?? 'first'}
            isAdmin={isAdmin}
            after={after}
            generation={generation}
            last={index === pages.cursors.length - 1}
            onMore={pages.more}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * A colleague's invitations to co-teach their classes, where a teacher lands after signing in
 * (they also show on the account page); shown only while some are waiting.
 */
function CoTeacherInvitations({ onAnswered }: { onAnswered: () => void }) {
  const { t } = useTranslation();
  const waiting = usePendingInvitationCount();
  if (!waiting) return null;
  return (
    <section className="card" aria-labelledby="co-teacher-invitations-title">
      <h2 id="co-teacher-invitations-title">{t('supervisor:classes.invitationsTitle')}</h2>
      <ClassInvitations onAnswered={onAnswered} />
    </section>
  );
}

/** One page of class cards; the last page loaded offers the next. */
function ClassCardsPage({
  isAdmin,
  after,
  generation,
  last,
  onMore,
}: {
  isAdmin: boolean;
  after: string | null;
  generation: number;
  last: boolean;
  onMore(endCursor: string): void;
}) {
  const { t } = useTranslation();
  const [mine, refetchMine] = useQuery({
    query: MyClassesQuery,
    variables: { after },
    requestPolicy: 'cache-and-network',
    pause: isAdmin,
  });
  const [all, refetchAll] = useQuery({
    query: AllClassesQuery,
    variables: { after },
    requestPolicy: 'cache-and-network',
    pause: !isAdmin,
  });
  const { fetching, error } = isAdmin ? all : mine;
  const page = isAdmin ? all.data?.classes : mine.data?.myClasses;
  const refetch = isAdmin ? refetchAll : refetchMine;
  useEffect(() => {
    if (generation > 0) refetch({ requestPolicy: 'network-only' });
  }, [generation, refetch]);
  return (
    <>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !page && <Loading what={t('supervisor:classes.loading')} />}
      {after === null && page && page.edges.length === 0 && (
        <Empty>
          {isAdmin ? t('supervisor:classes.noneAdmin') : t('supervisor:classes.noneSupervisor')}
        </Empty>
      )}
      {page?.edges.map(({ node }) => (
        <ClassCard key={node.id} cls={node} />
      ))}
      {last && <LoadMoreButton pageInfo={page?.pageInfo} onMore={onMore} />}
    </>
  );
}

/** A class's card: its name, term, teachers, size and open flags. */
function ClassCard({ cls }: { cls: ClassCardFragment }) {
  const { t } = useTranslation();
  const teachers = cls.supervisors.edges.map(({ node }) => node.displayName);
  const more = cls.supervisors.totalCount - teachers.length;
  return (
    <Link to={`/classes/${cls.id}`} className="card class-card">
      <h2>{cls.name}</h2>
      {cls.term && <p className="small muted">{cls.term}</p>}
      {teachers.length > 0 && (
        <p className="small muted">
          {t('supervisor:classes.teachers', {
            names:
              more > 0
                ? t('supervisor:classes.andMore', { names: teachers.join(', '), count: more })
                : teachers.join(', '),
          })}
        </p>
      )}
      <p className="row small">
        <span className="badge">
          {t('supervisor:classes.students', { count: cls.students.totalCount })}
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
  );
}
