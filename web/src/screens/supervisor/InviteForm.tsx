import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import type { ClassInvitationRole } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { InviteToClassMutation } from './documents';

/** Invites a co-teacher or a student by e-mail; they join only by accepting. */
export function InviteForm({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ClassInvitationRole>('SUPERVISOR');
  const [done, setDone] = useState<string | null>(null);
  const [result, inviteToClass] = useMutation(InviteToClassMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const outcome = await inviteToClass({ classId, email: email.trim(), role });
    if (!outcome.data) return;
    setDone(t('supervisor:invite.done', { email: email.trim() }));
    setEmail('');
  };
  return (
    <form onSubmit={submit} aria-label={t('supervisor:invite.title')}>
      <h3>{t('supervisor:invite.title')}</h3>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {done && <Notice>{done}</Notice>}
      <div className="form-grid">
        <Field label={t('supervisor:invite.email')} required>
          {(control) => (
            <input
              {...control}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('supervisor:invite.role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(e) => setRole(e.target.value as ClassInvitationRole)}
            >
              <option value="SUPERVISOR">{t('supervisor:invite.roles.SUPERVISOR')}</option>
              <option value="STUDENT">{t('supervisor:invite.roles.STUDENT')}</option>
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={result.fetching || !email.trim()}>
        {t('supervisor:invite.send')}
      </button>
    </form>
  );
}
