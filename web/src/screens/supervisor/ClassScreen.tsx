import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { LoadMoreButton, useLoadMore } from '../../components/LoadMore';
import { Link } from 'react-router';
import { problemFromCombined } from '../../lib/errors';
import { formatAgo, formatCredits } from '../../lib/format';
import { ActivityFeed } from './ActivityFeed';
import type { ClassRosterFiguresQuery } from '../../generated/graphql';
import { getSession } from '../../lib/session';
import { usePageTitle } from '../../lib/title';
import { ClassManagePanel } from './ClassManagePanel';
import { ClassRosterQuery, RosterFiguresQuery, UnenrollStudentMutation } from './documents';
import { EnrollForm } from './EnrollForm';
import { JoinCodeCard } from './JoinCodeCard';

/**
 * One class: the roster with each student's activity, credits and flags (a hundred students a
 * page, more on demand), and the live feed.
 */
export function ClassScreen({ classId }: { classId: string }) {
  const { t } = useTranslation();
  // The first roster page; its rows are drawn by the first RosterRows, which shares this query.
  const [{ data, fetching, error }] = useQuery({
    query: ClassRosterQuery,
    variables: { classId, after: null },
  });
  const [figures] = useQuery({ query: RosterFiguresQuery, variables: { classId, after: null } });
  // The tab names the class, so a teacher with several classes open tells them apart.
  usePageTitle(data?.class?.name);
  const pages = useLoadMore();
  // Bumped to read every roster page loaded again.
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  // Activity changes the roster's numbers (credits settle as an answer ends): one refresh
  // shortly after a burst of events, so the last event of a burst is never left out.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onActivity = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      refresh();
    }, 1500);
  }, [refresh]);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  const [unenrolled, unenroll] = useMutation(UnenrollStudentMutation);
  const onUnenrol = useCallback(
    async (studentId: string) => {
      const outcome = await unenroll({ classId, userIds: [studentId] });
      if (outcome.data) refresh();
    },
    [unenroll, classId, refresh],
  );

  return (
    <div className="stack">
      <p className="small">
        <Link to="/classes">{t('supervisor:class.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{data?.class?.name ?? t('supervisor:class.fallbackTitle')}</h1>
        {data?.class?.term && <span className="muted">{data.class.term}</span>}
        <Link className="button" to={`/classes/${classId}/live`}>
          {t('supervisor:class.missionControl')}
        </Link>
      </div>
      {unenrolled.error && <ProblemBanner problem={problemFromCombined(unenrolled.error)} />}
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
          {data && data.classRoster.edges.length === 0 && (
            <Empty>{t('supervisor:class.noStudents')}</Empty>
          )}
          {data && data.classRoster.edges.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('supervisor:class.student')}</th>
                    <th scope="col">{t('supervisor:class.lastActivity')}</th>
                    <th scope="col">{t('supervisor:class.chatsToday')}</th>
                    <th scope="col">{t('supervisor:class.creditsLeft')}</th>
                    <th scope="col">{t('supervisor:class.openFlags')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('supervisor:class.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {pages.cursors.map((after, index) => (
                    <RosterRows
                      key={after ?? 'first'}
                      classId={classId}
                      after={after}
                      generation={generation}
                      last={index === pages.cursors.length - 1}
                      onMore={pages.more}
                      onUnenrol={onUnenrol}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <ActivityFeed classId={classId} onActivity={onActivity} />
      </div>
      <JoinCodeCard classId={classId} />
      <ClassManagePanel classId={classId} onChanged={refresh} />
      {getSession()?.user.role === 'ADMIN' && data && (
        <EnrollForm
          classId={classId}
          enrolled={data.classRoster.edges.map(({ node }) => node.student.id)}
          onDone={refresh}
        />
      )}
    </div>
  );
}

/** One page of roster rows, with the figures of its students; the last page offers the next. */
function RosterRows({
  classId,
  after,
  generation,
  last,
  onMore,
  onUnenrol,
}: {
  classId: string;
  after: string | null;
  generation: number;
  last: boolean;
  onMore(endCursor: string): void;
  onUnenrol(studentId: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: ClassRosterQuery, variables: { classId, after } });
  const [figures, refetchFigures] = useQuery({
    query: RosterFiguresQuery,
    variables: { classId, after },
  });
  useEffect(() => {
    if (generation === 0) return;
    refetch({ requestPolicy: 'network-only' });
    refetchFigures({ requestPolicy: 'network-only' });
  }, [generation, refetch, refetchFigures]);
  const byStudent = new Map(
    (figures.data?.classRoster.edges ?? []).map(({ node }) => [node.student.id, node.student]),
  );
  const page = data?.classRoster;
  return (
    <>
      {page?.edges.map(({ node: { student, openFlagCount } }) => (
        <tr key={student.id}>
          <td>
            <Link to={`/students/${student.id}`}>{student.displayName}</Link>
            <div className="small muted roster-email">{student.email}</div>
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
          <td>
            <ConfirmDialog
              trigger={
                // The row names the student; the button's own name says whom, for screen readers.
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('supervisor:class.unenrol', { name: student.displayName })}
                >
                  {t('supervisor:class.unenrolShort')}
                </button>
              }
              title={t('supervisor:class.unenrolTitle', { name: student.displayName })}
              description={t('supervisor:class.unenrolBody')}
              confirmLabel={t('supervisor:class.unenrol', {
                name: student.displayName,
              })}
              destructive
              onConfirm={() => onUnenrol(student.id)}
            />
          </td>
        </tr>
      ))}
      {last && page?.pageInfo.hasNextPage && (
        <tr>
          <td colSpan={6}>
            <LoadMoreButton pageInfo={page.pageInfo} onMore={onMore} />
          </td>
        </tr>
      )}
    </>
  );
}

type StudentFigures = NonNullable<
  ClassRosterFiguresQuery['classRoster']['edges'][number]['node']['student']
>;

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
