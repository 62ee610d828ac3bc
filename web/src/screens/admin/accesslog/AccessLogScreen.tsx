import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCursorPages } from '../../../components/CursorPager';
import { ListCard } from '../../../components/ListCard';
import { Field } from '../../../components/Field';
import { formatDateTime } from '../../../lib/format';
import { AccessLogPeopleQuery, AccessLogQuery } from './documents';

/** Admins: who opened or watched which student's conversation, when and through what. */
export function AccessLogScreen() {
  const { t } = useTranslation();
  const [viewerId, setViewerId] = useState('');
  const [studentId, setStudentId] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const pages = useCursorPages();
  const [people] = useQuery({ query: AccessLogPeopleQuery });
  const filter = {
    viewerId: viewerId || null,
    studentId: studentId || null,
    since: since ? new Date(`${since}T00:00:00`).toISOString() : null,
    until: until ? new Date(`${until}T23:59:59.999`).toISOString() : null,
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AccessLogQuery,
    variables: { filter, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const viewers = [...(people.data?.staff.edges ?? []), ...(people.data?.admins.edges ?? [])].map(
    (e) => e.node,
  );
  const students = people.data?.students.edges.map((e) => e.node) ?? [];
  const entries = data?.conversationAccessLog.edges.map((e) => e.node) ?? [];
  const narrow = (set: (value: string) => void) => (value: string) => {
    set(value);
    pages.reset();
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:accessLog.title')}</h1>
        <span className="muted small">{t('admin:accessLog.intro')}</span>
      </div>
      <form
        className="card filters-row"
        aria-label={t('admin:accessLog.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t('admin:accessLog.viewer')}>
          {(control) => (
            <select
              {...control}
              value={viewerId}
              onChange={(e) => narrow(setViewerId)(e.target.value)}
            >
              <option value="">{t('admin:accessLog.anyone')}</option>
              {viewers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin:accessLog.student')}>
          {(control) => (
            <select
              {...control}
              value={studentId}
              onChange={(e) => narrow(setStudentId)(e.target.value)}
            >
              <option value="">{t('admin:accessLog.anyStudent')}</option>
              {students.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin:accessLog.since')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={since}
              onChange={(e) => narrow(setSince)(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('admin:accessLog.until')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={until}
              onChange={(e) => narrow(setUntil)(e.target.value)}
            />
          )}
        </Field>
      </form>
      <ListCard
        title={t('admin:accessLog.entries')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('admin:accessLog.none')}
        headers={[
          t('admin:accessLog.when'),
          t('admin:accessLog.viewer'),
          t('admin:accessLog.student'),
          t('admin:accessLog.how'),
          t('admin:accessLog.operation'),
          t('admin:accessLog.conversation'),
        ]}
        items={entries}
        itemKey={(e) => e.id}
        cells={(e) => (
          <>
            <td>{formatDateTime(e.at)}</td>
            <td>{e.viewer.displayName}</td>
            <td>{e.student.displayName}</td>
            <td>{t(`admin:accessLog.kinds.${e.kind}`)}</td>
            <td>
              <code>{e.operation || '—'}</code>
            </td>
            <td>
              <Link to={`/watch/${encodeURIComponent(e.sessionId)}`}>
                {t('admin:accessLog.open')}
                <span className="visually-hidden"> {e.student.displayName}</span>
              </Link>
            </td>
          </>
        )}
        pages={pages}
        pageInfo={data?.conversationAccessLog.pageInfo}
      />
    </div>
  );
}
