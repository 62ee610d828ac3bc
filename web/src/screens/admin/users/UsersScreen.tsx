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
        <h1>Users</h1>
        {page && <span className="muted">{page.totalCount} in total</span>}
      </div>
      <div className="two-col">
        <CreateUserForm onCreated={reload} />
        <ImportUsersForm onImported={reload} />
      </div>
      <section className="card" aria-labelledby="users-list-title">
        <h2 id="users-list-title">All users</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="users-search">Search</label>
            <input
              id="users-search"
              type="search"
              placeholder="name or email"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setTrail([]);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="users-role">Role</label>
            <select
              id="users-role"
              value={role}
              onChange={(e) => {
                setRole(e.target.value as Role | '');
                setTrail([]);
              }}
            >
              <option value="">All roles</option>
              <option value="STUDENT">Students</option>
              <option value="SUPERVISOR">Teachers</option>
              <option value="ADMIN">Admins</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="users-status">Status</label>
            <select
              id="users-status"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as UserStatus | '');
                setTrail([]);
              }}
            >
              <option value="">Any status</option>
              <option value="ACTIVE">Active</option>
              <option value="SUSPENDED">Suspended</option>
            </select>
          </div>
        </div>
        {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={reload} />}
        {fetching && !page && <Loading what="Loading users" />}
        {page && page.edges.length === 0 && <Empty>No users match these filters.</Empty>}
        {page && page.edges.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last sign-in</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {page.edges.map(({ node: user }) => (
                  <tr key={user.id}>
                    <td>{user.displayName}</td>
                    <td>{user.email}</td>
                    <td>
                      <span className={`badge ${user.status === 'ACTIVE' ? 'ok' : 'danger'}`}>
                        {user.status}
                      </span>
                    </td>
                    <td>{formatAgo(user.lastLoginAt)}</td>
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
              Previous
            </button>
            <span className="muted small">
              {offset + 1}–{Math.min(offset + PAGE, page.totalCount)} of {page.totalCount}
            </span>
            <button
              type="button"
              className="secondary"
              disabled={!page.pageInfo.endCursor || !page.pageInfo.hasNextPage}
              onClick={() =>
                page.pageInfo.endCursor && setTrail([...trail, page.pageInfo.endCursor])
              }
            >
              Next
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
