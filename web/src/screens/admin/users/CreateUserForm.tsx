import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import type { Role } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { CreateUserMutation } from './documents';

/** Creates one account with an initial password the admin hands over. */
export function CreateUserForm({ onCreated }: { onCreated?: () => void }) {
  const { t } = useTranslation();
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
        t('admin:createUser.done', {
          name: outcome.data.createUser.displayName,
          email: outcome.data.createUser.email,
        }),
      );
      setEmail('');
      setDisplayName('');
      setPassword('');
      onCreated?.();
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('admin:createUser.title')}</h2>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {created && <Notice>{created}</Notice>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="new-user-name">{t('admin:name')}</label>
          <input
            id="new-user-name"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-user-email">{t('admin:email')}</label>
          <input
            id="new-user-email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-user-role">{t('admin:role')}</label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="STUDENT">{t('common:roles.STUDENT')}</option>
            <option value="SUPERVISOR">{t('admin:createUser.supervisorRole')}</option>
            <option value="ADMIN">{t('common:roles.ADMIN')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-user-password">
            {t('admin:createUser.password')}{' '}
            <span className="hint">{t('admin:createUser.passwordHint')}</span>
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
        {result.fetching ? t('admin:createUser.creating') : t('admin:createUser.submit')}
      </button>
    </form>
  );
}
