import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { MyInvitationsQuery, RespondToInvitationMutation } from './documents';

/**
 * The signed-in person's invitations to classes, each to accept or decline: a student's
 * (on their account page) or a co-teacher's (on their classes). Renders nothing while none
 * are waiting; `onAnswered` runs after an answer was recorded (an accepted class now lists).
 */
export function ClassInvitations({ onAnswered }: { onAnswered?: () => void }) {
  const { t } = useTranslation();
  const [invitations, refetch] = useQuery({ query: MyInvitationsQuery });
  const [answer, respond] = useMutation(RespondToInvitationMutation);
  const pending = invitations.data?.myClassInvitations.edges.map((edge) => edge.node) ?? [];

  const reply = async (invitationId: string, accept: boolean) => {
    const outcome = await respond({ invitationId, accept });
    if (!outcome.data) return;
    refetch({ requestPolicy: 'network-only' });
    onAnswered?.();
  };

  return (
    <>
      {answer.error && <ProblemBanner problem={problemFromCombined(answer.error)} />}
      {pending.length > 0 && (
        <ul aria-label={t('account:join.invitations')}>
          {pending.map((invitation) => (
            <li key={invitation.id}>
              {t('account:join.invitation', {
                who: invitation.invitedBy.displayName,
                name: invitation.class.name,
              })}{' '}
              <button
                type="button"
                disabled={answer.fetching}
                onClick={() => void reply(invitation.id, true)}
              >
                {t('account:join.accept')}
              </button>{' '}
              <button
                type="button"
                className="secondary"
                disabled={answer.fetching}
                onClick={() => void reply(invitation.id, false)}
              >
                {t('account:join.decline')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Whether invitations are waiting for the signed-in person (shares the list's query). */
export function usePendingInvitationCount(): number | null {
  const [{ data }] = useQuery({ query: MyInvitationsQuery });
  return data ? data.myClassInvitations.edges.length : null;
}
