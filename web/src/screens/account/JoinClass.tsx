import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { JoinClassMutation, MyInvitationsQuery, RespondToInvitationMutation } from './documents';

/**
 * For students: joining a class is their own act, by the code their teacher shares or by
 * accepting a teacher's invitation. Until then no teacher sees their conversations.
 */
export function JoinClass() {
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
      <h2 id="join-title">Join a class</h2>
      <p className="small muted">
        Your teachers see the conversations you have while you are in their class, never earlier
        ones.
      </p>
      <form onSubmit={submit} aria-label="Join a class">
        {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
        {joined && <Notice>You joined {joined}.</Notice>}
        <div className="field">
          <label htmlFor="join-code">Class code</label>
          <input
            id="join-code"
            autoComplete="off"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit" disabled={result.fetching || !code.trim()}>
          {result.fetching ? 'Joining…' : 'Join'}
        </button>
      </form>
      {answer.error && <ProblemBanner problem={problemFromCombined(answer.error)} />}
      {pending.length > 0 && (
        <ul aria-label="Invitations">
          {pending.map((invitation) => (
            <li key={invitation.id}>
              <strong>{invitation.invitedBy.displayName}</strong> invites you to{' '}
              <strong>{invitation.class.name}</strong>{' '}
              <button type="button" onClick={() => void reply(invitation.id, true)}>
                Accept
              </button>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => void reply(invitation.id, false)}
              >
                Decline
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
