import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { Role } from '../../generated/graphql';
import { PeopleQuery } from './documents';

/** A filterable checkbox list of active people with one role (admins only: it lists users). */
export function PeoplePicker({
  role,
  legend,
  selected,
  onChange,
  exclude = [],
}: {
  role: Role;
  legend: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  exclude?: readonly string[];
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [{ data, error }] = useQuery({ query: PeopleQuery, variables: { role } });
  const needle = filter.trim().toLowerCase();
  const people = (data?.users.edges.map((edge) => edge.node) ?? []).filter(
    (p) =>
      !exclude.includes(p.id) &&
      (!needle || `${p.displayName} ${p.email ?? ''}`.toLowerCase().includes(needle)),
  );
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);

  return (
    <fieldset className="field people-picker">
      <legend>
        {legend}{' '}
        <span className="hint">{t('supervisor:people.selected', { count: selected.length })}</span>
      </legend>
      <label className="visually-hidden" htmlFor={`filter-${role}`}>
        {t('supervisor:people.filterLabel', { what: legend })}
      </label>
      <input
        id={`filter-${role}`}
        type="search"
        placeholder={t('supervisor:people.filterPlaceholder')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {error && <p className="small text-danger">{t('supervisor:people.error')}</p>}
      <div className="people-list">
        {people.map((person) => (
          <label key={person.id} className="check">
            <input
              type="checkbox"
              checked={selected.includes(person.id)}
              onChange={() => toggle(person.id)}
            />{' '}
            {person.displayName} <span className="small muted">{person.email}</span>
          </label>
        ))}
        {data && people.length === 0 && (
          <p className="small muted">{t('supervisor:people.nobody')}</p>
        )}
      </div>
    </fieldset>
  );
}
