import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { problemFromCombined } from '../../lib/errors';
import { ClassInvitations, usePendingInvitationCount } from './ClassInvitations';
import { JoinClassMutation } from './documents';

/**
 * For students: joining a class is their own act, by the code their teacher shares or by
 * accepting a teacher's invitation. Until then no teacher sees their conversations.
 */
export function JoinClass({ withCode = true }: { withCode?: boolean }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<string | null>(null);
  const [result, join] = useMutation(JoinClassMutation);
  const waiting = usePendingInvitationCount();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setJoined(null);
    const outcome = await join({ code: code.trim() });
    if (!outcome.data) return;
    setJoined(outcome.data.joinClass.name);
    setCode('');
  };

  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">{t('account:join.title')}</h2>
      {withCode && <p className="small muted">{t('account:join.intro')}</p>}
      {!withCode && waiting === 0 && (
        <p className="small muted">{t('account:join.noInvitations')}</p>
      )}
      {withCode && (
        <form onSubmit={submit} aria-label={t('account:join.title')}>
          {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
          {joined && <Notice>{t('account:join.joined', { name: joined })}</Notice>}
          <Field label={t('account:join.code')} required>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={result.fetching || !code.trim()}>
            {result.fetching ? t('account:join.joining') : t('account:join.join')}
          </button>
        </form>
      )}
      <ClassInvitations />
    </section>
  );
}
