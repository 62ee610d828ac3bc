import { useState } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../../components/Feedback';
import type { Role, UserStatus } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import {
  ReactivateMutation,
  ResetPasswordMutation,
  SetRoleMutation,
  SuspendMutation,
} from './documents';

/** Role, suspension and password reset for one user row. */
export function UserActions({
  user,
}: {
  user: { id: string; displayName: string; role: Role; status: UserStatus | null };
}) {
  const [roleResult, setRole] = useMutation(SetRoleMutation);
  const [suspendResult, suspend] = useMutation(SuspendMutation);
  const [reactivateResult, reactivate] = useMutation(ReactivateMutation);
  const [resetResult, reset] = useMutation(ResetPasswordMutation);
  const [generated, setGenerated] = useState<string | null>(null);
  const error =
    roleResult.error ?? suspendResult.error ?? reactivateResult.error ?? resetResult.error;
  const busy =
    roleResult.fetching ||
    suspendResult.fetching ||
    reactivateResult.fetching ||
    resetResult.fetching;

  const resetPassword = async () => {
    if (!window.confirm(`Set a new password for ${user.displayName}? Their sessions end.`)) return;
    const outcome = await reset({ userId: user.id });
    setGenerated(outcome.data?.resetUserPassword.generatedPassword ?? null);
  };

  return (
    <div className="user-actions">
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        Role of {user.displayName}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={busy}
        onChange={(e) => void setRole({ userId: user.id, role: e.target.value as Role })}
      >
        <option value="STUDENT">Student</option>
        <option value="SUPERVISOR">Teacher</option>
        <option value="ADMIN">Admin</option>
      </select>
      {user.status === 'ACTIVE' ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void suspend({ userId: user.id })}
        >
          Suspend
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void reactivate({ userId: user.id })}
        >
          Reactivate
        </button>
      )}
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => void resetPassword()}
      >
        Reset password
      </button>
      {generated && (
        <p className="small" role="status">
          New password: <code>{generated}</code>
        </p>
      )}
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
    </div>
  );
}
