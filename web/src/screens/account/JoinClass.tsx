import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { problemFromCombined } from '../../lib/errors';
import { JoinClassMutation, MyInvitationsQuery, RespondToInvitationMutation } from './documents';

/**
 * For students: joining a class is their own act, by the code their teacher shares or by
 * accepting a teacher's invitation. Until then no teacher sees their conversations.
 */
export function JoinClass({ withCode = true }: { withCode?: boolean }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<string | null>(null);
  const [result, join] = useMutation(JoinClassMutation);
  const [invitations, refetch] = useQuery({ query: MyInvitationsQuery });
  const [answer, respond] = useMutation(RespondToInvitationMutation);
  const pending = invitations.data?.myClassInvitations.edges.map((edge) => edge.node) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setJoined(null);
    const outcome = await join({ code: code.trim() });
    if (!outcome.data) return;
    setJoined(outcome.data.joinClass.name);
    setCode('');
  };
  const reply = async (invitationId: string, accept: boolean) => {
    const outcome = await respond({ invitationId, accept });
    if (outcome.data) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">{t('account:join.title')}</h2>
      {withCode && <p className="small muted">{t('account:join.intro')}</p>}
      {!withCode && pending.length === 0 && (
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
      {answer.error && <ProblemBanner problem={problemFromCombined(answer.error)} />}
      {pending.length > 0 && (
        <ul aria-label={t('account:join.invitations')}>
          {pending.map((invitation) => (
            <li key={invitation.id}>
              {t('account:join.invitation', {
                who: invitation.invitedBy.displayName,
                name: invitation.class.name,
              })}{' '}
              <button type="button" onClick={() => void reply(invitation.id, true)}>
                {t('account:join.accept')}
              </button>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => void reply(invitation.id, false)}
              >
                {t('account:join.decline')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
