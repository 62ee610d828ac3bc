import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import type { Role } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { CreateUserMutation } from './documents';

/** Creates one account with an initial password the admin hands over. */
export function CreateUserForm({ onCreated }: { onCreated?: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('STUDENT');
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [result, create] = useMutation(CreateUserMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const outcome = await create({
      input: { email: email.trim(), displayName: displayName.trim(), role, password },
    });
    if (outcome.data) {
      setCreated(
        `${outcome.data.createUser.displayName} (${outcome.data.createUser.email}) can now sign in.`,
      );
      setEmail('');
      setDisplayName('');
      setPassword('');
      onCreated?.();
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">Create a user</h2>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {created && <Notice>{created}</Notice>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="new-user-name">Name</label>
          <input
            id="new-user-name"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-user-email">Email</label>
          <input
            id="new-user-email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-user-role">Role</label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="STUDENT">Student</option>
            <option value="SUPERVISOR">Teacher (supervisor)</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-user-password">
            Initial password <span className="hint">(12 characters or more)</span>
          </label>
          <input
            id="new-user-password"
            type="text"
            autoComplete="off"
            required
            minLength={12}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
      </div>
      <button
        type="submit"
        disabled={result.fetching || !email || !displayName || password.length < 12}
      >
        {result.fetching ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}
