import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { CreateClassMutation } from './documents';
import { PeoplePicker } from './PeoplePicker';

/** Admins: a new class with its teachers and students. */
export function CreateClassForm({ onCreated }: { onCreated: () => void }) {
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
    setDone(`Created ${outcome.data.createClass.name}.`);
    setName('');
    setTerm('');
    setSupervisorIds([]);
    setStudentIds([]);
    onCreated();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-class-title">
      <h2 id="create-class-title">Create a class</h2>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {done && <Notice>{done}</Notice>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="class-name">Name</label>
          <input id="class-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="class-term">
            Term <span className="hint">(optional)</span>
          </label>
          <input id="class-term" value={term} onChange={(e) => setTerm(e.target.value)} />
        </div>
      </div>
      <div className="form-grid">
        <PeoplePicker
          role="SUPERVISOR"
          legend="Teachers"
          selected={supervisorIds}
          onChange={setSupervisorIds}
        />
        <PeoplePicker
          role="STUDENT"
          legend="Students"
          selected={studentIds}
          onChange={setStudentIds}
        />
      </div>
      <button type="submit" disabled={result.fetching || !name.trim()}>
        {result.fetching ? 'Creating…' : 'Create class'}
      </button>
    </form>
  );
}
