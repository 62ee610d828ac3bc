import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { signOut } from '../../lib/auth';
import { problemFromCombined } from '../../lib/errors';
import { ChangePasswordMutation, LogoutEverywhereMutation } from './documents';

/** Changing one's own password, and ending every session on every device. */
export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [changed, setChanged] = useState(false);
  const [result, change] = useMutation(ChangePasswordMutation);
  const [everywhere, logoutEverywhere] = useMutation(LogoutEverywhereMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const outcome = await change({ currentPassword: current, newPassword: next });
    if (!outcome.data) return;
    setChanged(true);
    setCurrent('');
    setNext('');
  };
  const endAll = async () => {
    if (!window.confirm('Sign out on every device, including this one?')) return;
    const outcome = await logoutEverywhere({});
    if (outcome.data) await signOut();
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Password and sessions</h2>
      <form onSubmit={submit}>
        {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
        {changed && <Notice>Password changed. Your other sessions have ended.</Notice>}
        <div className="form-grid">
          <div className="field">
            <label htmlFor="pw-current">Current password</label>
            <input
              id="pw-current"
              type="password"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="pw-new">
              New password <span className="hint">(12 characters or more)</span>
            </label>
            <input
              id="pw-new"
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          </div>
        </div>
        <button type="submit" disabled={result.fetching || !current || next.length < 12}>
          {result.fetching ? 'Changing…' : 'Change password'}
        </button>
      </form>
      <hr className="divider" />
      {everywhere.error && <ProblemBanner problem={problemFromCombined(everywhere.error)} />}
      <button
        type="button"
        className="secondary"
        disabled={everywhere.fetching}
        onClick={() => void endAll()}
      >
        Sign out everywhere
      </button>
    </section>
  );
}
