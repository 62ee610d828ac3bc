import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { ClassJoinCodeQuery, DisableJoinCodeMutation, RotateJoinCodeMutation } from './documents';

/**
 * For a class's supervisors and admins: the code students enter to join by themselves
 * (a teacher never adds students), and the invitations still waiting for an answer.
 */
export function JoinCodeCard({ classId }: { classId: string }) {
  const { t } = useTranslation();
  // An invitation sent from the form below must show here at once, even when none waited yet
  // (an empty list carries no ClassInvitation for the cache to notice).
  const context = useMemo(() => ({ additionalTypenames: ['ClassInvitation'] }), []);
  const [{ data, error }] = useQuery({
    query: ClassJoinCodeQuery,
    variables: { classId },
    context,
  });
  const [rotated, rotate] = useMutation(RotateJoinCodeMutation);
  const [disabled, disable] = useMutation(DisableJoinCodeMutation);
  const found = data?.class;
  if (!found || found.archived) return null;
  const pending = found.pendingInvitations.edges.map((edge) => edge.node);
  const problem = error ?? rotated.error ?? disabled.error;
  return (
    <section className="card" aria-labelledby="join-code-title">
      <h2 id="join-code-title">{t('supervisor:joinCode.title')}</h2>
      {problem && <ProblemBanner problem={problemFromCombined(problem)} />}
      {found.joinCode ? (
        <p>
          {t('supervisor:joinCode.code')} <strong data-testid="join-code">{found.joinCode}</strong>
        </p>
      ) : (
        <p className="muted">{t('supervisor:joinCode.off')}</p>
      )}
      <button type="button" disabled={rotated.fetching} onClick={() => void rotate({ classId })}>
        {found.joinCode ? t('supervisor:joinCode.newCode') : t('supervisor:joinCode.turnOn')}
      </button>{' '}
      {found.joinCode && (
        <button
          type="button"
          className="secondary"
          disabled={disabled.fetching}
          onClick={() => void disable({ classId })}
        >
          {t('supervisor:joinCode.turnOff')}
        </button>
      )}
      {pending.length > 0 && (
        <>
          <h3>{t('supervisor:joinCode.waiting')}</h3>
          <ul>
            {pending.map((invitation) => (
              <li key={invitation.id}>
                {invitation.invitee.displayName}{' '}
                <span className="muted">
                  (
                  {invitation.role === 'SUPERVISOR'
                    ? t('supervisor:joinCode.coTeacher')
                    : t('supervisor:joinCode.student')}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
