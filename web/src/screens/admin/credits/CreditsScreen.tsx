import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../../components/Feedback';
import type { Role } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits, formatDateTime } from '../../../lib/format';
import { AllocateForm } from './AllocateForm';
import { UserBalancesQuery } from './documents';

/** Admins: everyone's balance, and grants to one person or a whole selection. */
export function CreditsScreen() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('STUDENT');
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UserBalancesQuery,
    variables: { search: search.trim() || null, role: role || null, first: 100 },
  });
  const users = data?.users.edges.map((edge) => edge.node) ?? [];
  const toggle = (id: string, name: string) => {
    const next = new Map(selected);
    if (next.has(id)) next.delete(id);
    else next.set(id, name);
    setSelected(next);
  };
  const allSelected = users.length > 0 && users.every((u) => selected.has(u.id));
  const toggleAll = () =>
    setSelected(allSelected ? new Map() : new Map(users.map((u) => [u.id, u.displayName])));

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:credits.title')}</h1>
      </div>
      <AllocateForm selected={selected} onDone={() => refetch({ requestPolicy: 'network-only' })} />
      <section className="card" aria-labelledby="balances-title">
        <h2 id="balances-title">{t('admin:credits.balances')}</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="credits-search">{t('admin:search')}</label>
            <input
              id="credits-search"
              type="search"
              placeholder={t('admin:searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="credits-role">{t('admin:role')}</label>
            <select
              id="credits-role"
              value={role}
              onChange={(e) => setRole(e.target.value as Role | '')}
            >
              <option value="">{t('admin:roleFilter.all')}</option>
              <option value="STUDENT">{t('admin:roleFilter.STUDENT')}</option>
              <option value="SUPERVISOR">{t('admin:roleFilter.SUPERVISOR')}</option>
              <option value="ADMIN">{t('admin:roleFilter.ADMIN')}</option>
            </select>
          </div>
        </div>
        {error && (
          <ProblemBanner
            problem={problemFromCombined(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
        {fetching && !data && <Loading what={t('admin:credits.loading')} />}
        {data && users.length === 0 && <Empty>{t('admin:credits.none')}</Empty>}
        {users.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('admin:credits.selectAll')}
                      checked={allSelected}
                      onChange={toggleAll}
                    />
                  </th>
                  <th scope="col">{t('admin:name')}</th>
                  <th scope="col">{t('admin:credits.available')}</th>
                  <th scope="col">{t('admin:credits.reserved')}</th>
                  <th scope="col">{t('admin:credits.spent')}</th>
                  <th scope="col">{t('admin:credits.nextExpiry')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('admin:credits.select', { name: user.displayName })}
                        checked={selected.has(user.id)}
                        onChange={() => toggle(user.id, user.displayName)}
                      />
                    </td>
                    <td>
                      <Link
                        to={`/admin/credits/${user.id}`}
                        aria-label={t('admin:ledger.openFor', { name: user.displayName })}
                      >
                        {user.displayName}
                      </Link>
                      <div className="small muted">{user.email}</div>
                    </td>
                    <td>{formatCredits(user.credits.available.credits)}</td>
                    <td>{formatCredits(user.credits.reserved.credits)}</td>
                    <td>{formatCredits(user.credits.spent.credits)}</td>
                    <td>
                      {user.credits.nextExpiry
                        ? t('admin:credits.expiry', {
                            amount: formatCredits(user.credits.nextExpiry.amount.credits),
                            when: formatDateTime(user.credits.nextExpiry.at),
                          })
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
