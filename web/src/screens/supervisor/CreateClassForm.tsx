import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { CreateClassMutation } from './documents';
import { PeoplePicker } from './PeoplePicker';

/**
 * A new class. Admins pick its teachers and students from everyone; a teacher creates their
 * own class (they are assigned to it) and brings people in afterwards by join code or
 * invitation, since only admins can list accounts.
 */
export function CreateClassForm({
  onCreated,
  pickPeople,
}: {
  onCreated: () => void;
  pickPeople: boolean;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [term, setTerm] = useState('');
  const [supervisorIds, setSupervisorIds] = useState<string[]>([]);
  const [studentIds, setStudentIds] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [result, create] = useMutation(CreateClassMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await create({
      input: { name: name.trim(), term: term.trim() || null, supervisorIds, studentIds },
    });
    if (!outcome.data) return;
    setDone(t('supervisor:createClass.done', { name: outcome.data.createClass.name }));
    setName('');
    setTerm('');
    setSupervisorIds([]);
    setStudentIds([]);
    onCreated();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-class-title">
      <h2 id="create-class-title">{t('supervisor:createClass.title')}</h2>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {done && <Notice>{done}</Notice>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="class-name">{t('supervisor:createClass.name')}</label>
          <input id="class-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="class-term">
            {t('supervisor:createClass.term')} <span className="hint">{t('common:optional')}</span>
          </label>
          <input id="class-term" value={term} onChange={(e) => setTerm(e.target.value)} />
        </div>
      </div>
      {pickPeople && (
        <div className="form-grid">
          <PeoplePicker
            role="SUPERVISOR"
            legend={t('supervisor:createClass.teachers')}
            selected={supervisorIds}
            onChange={setSupervisorIds}
          />
          <PeoplePicker
            role="STUDENT"
            legend={t('supervisor:createClass.students')}
            selected={studentIds}
            onChange={setStudentIds}
          />
        </div>
      )}
      <button type="submit" disabled={result.fetching || !name.trim()}>
        {result.fetching
          ? t('supervisor:createClass.creating')
          : t('supervisor:createClass.create')}
      </button>
    </form>
  );
}
