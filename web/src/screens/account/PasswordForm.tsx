import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { signOut } from '../../lib/auth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { problemFromCombined } from '../../lib/errors';
import { ChangePasswordMutation, LogoutEverywhereMutation } from './documents';

/** Changing one's own password, and ending every session on every device. */
export function PasswordForm() {
  const { t } = useTranslation();
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
    const outcome = await logoutEverywhere({});
    if (outcome.data) await signOut();
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('account:password.title')}</h2>
      <form onSubmit={submit}>
        {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
        {changed && <Notice>{t('account:password.changed')}</Notice>}
        <div className="form-grid">
          <Field label={t('account:password.current')} required>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(e) => setCurrent(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('account:password.new')} hint={t('account:password.newHint')} required>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                minLength={12}
                value={next}
                onChange={(e) => setNext(e.target.value)}
              />
            )}
          </Field>
        </div>
        <button type="submit" disabled={result.fetching || !current || next.length < 12}>
          {result.fetching ? t('account:password.changing') : t('account:password.change')}
        </button>
      </form>
      <hr className="divider" />
      {everywhere.error && <ProblemBanner problem={problemFromCombined(everywhere.error)} />}
      <ConfirmDialog
        trigger={
          <button type="button" className="secondary" disabled={everywhere.fetching}>
            {t('account:password.everywhere')}
          </button>
        }
        title={t('account:password.everywhereTitle')}
        description={t('account:password.everywhereBody')}
        confirmLabel={t('account:password.everywhere')}
        destructive
        onConfirm={endAll}
      />
    </section>
  );
}
