import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../../components/Feedback';
import type { Role, UserStatus } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { formatAgo } from '../../../lib/format';
import { CreateUserForm } from './CreateUserForm';
import { UsersQuery } from './documents';
import { ImportUsersForm } from './ImportUsersForm';
import { UserActions } from './UserActions';

const PAGE = 25;

/** Admins: every account, with filters, creation, CSV import, roles and suspension. */
export function UsersScreen() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  // The `after` cursor of each page before this one, so Previous can step back.
  const [trail, setTrail] = useState<string[]>([]);
  const offset = trail.length * PAGE;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UsersQuery,
    variables: {
      search: search.trim() || null,
      role: role || null,
      status: status || null,
      first: PAGE,
      after: trail.at(-1) ?? null,
    },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const page = data?.users;

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:users.title')}</h1>
        {page && (
          <span className="muted">{t('admin:users.total', { count: page.totalCount })}</span>
        )}
      </div>
      <div className="two-col">
        <CreateUserForm onCreated={reload} />
        <ImportUsersForm onImported={reload} />
      </div>
      <section className="card" aria-labelledby="users-list-title">
        <h2 id="users-list-title">{t('admin:users.all')}</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="users-search">{t('admin:search')}</label>
            <input
              id="users-search"
              type="search"
              placeholder={t('admin:searchPlaceholder')}
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setTrail([]);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="users-role">{t('admin:role')}</label>
            <select
              id="users-role"
              value={role}
              onChange={(e) => {
                setRole(e.target.value as Role | '');
                setTrail([]);
              }}
            >
              <option value="">{t('admin:roleFilter.all')}</option>
              <option value="STUDENT">{t('admin:roleFilter.STUDENT')}</option>
              <option value="SUPERVISOR">{t('admin:roleFilter.SUPERVISOR')}</option>
              <option value="ADMIN">{t('admin:roleFilter.ADMIN')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="users-status">{t('admin:status')}</label>
            <select
              id="users-status"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as UserStatus | '');
                setTrail([]);
              }}
            >
              <option value="">{t('admin:users.anyStatus')}</option>
              <option value="ACTIVE">{t('common:userStatus.ACTIVE')}</option>
              <option value="SUSPENDED">{t('common:userStatus.SUSPENDED')}</option>
            </select>
          </div>
        </div>
        {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={reload} />}
        {fetching && !page && <Loading what={t('admin:users.loading')} />}
        {page && page.edges.length === 0 && <Empty>{t('admin:users.none')}</Empty>}
        {page && page.edges.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin:name')}</th>
                  <th scope="col">{t('admin:email')}</th>
                  <th scope="col">{t('admin:status')}</th>
                  <th scope="col">{t('admin:users.lastSignIn')}</th>
                  <th scope="col">{t('admin:actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.edges.map(({ node: user }) => (
                  <tr key={user.id}>
                    <td>{user.displayName}</td>
                    <td>{user.email}</td>
                    <td>
                      <span className={`badge ${user.status === 'ACTIVE' ? 'ok' : 'danger'}`}>
                        {user.status ? t(`common:userStatus.${user.status}`) : '—'}
                      </span>
                    </td>
                    <td>{formatAgo(user.lastLoginAt, t('common:never'))}</td>
                    <td>
                      <UserActions user={user} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {page && page.totalCount > PAGE && (
          <div className="row pager">
            <button
              type="button"
              className="secondary"
              disabled={offset === 0}
              onClick={() => setTrail(trail.slice(0, -1))}
            >
              {t('admin:users.previous')}
            </button>
            <span className="muted small">
              {t('admin:users.range', {
                from: offset + 1,
                to: Math.min(offset + PAGE, page.totalCount),
                total: page.totalCount,
              })}
            </span>
            <button
              type="button"
              className="secondary"
              disabled={!page.pageInfo.endCursor || !page.pageInfo.hasNextPage}
              onClick={() =>
                page.pageInfo.endCursor && setTrail([...trail, page.pageInfo.endCursor])
              }
            >
              {t('admin:users.next')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
