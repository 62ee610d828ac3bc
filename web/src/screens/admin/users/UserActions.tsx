import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { ExportButtons, type LoadedExport } from '../../chat/ExportButtons';
import { ProblemBanner } from '../../../components/Feedback';
import type { Role, UserStatus } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { networkProblem, problemFromCombined } from '../../../lib/errors';
import {
  ExportUserChatsQuery,
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
  const { t } = useTranslation();
  const [roleResult, setRole] = useMutation(SetRoleMutation);
  const [suspendResult, suspend] = useMutation(SuspendMutation);
  const [reactivateResult, reactivate] = useMutation(ReactivateMutation);
  const [resetResult, reset] = useMutation(ResetPasswordMutation);
  const [generated, setGenerated] = useState<string | null>(null);
  const client = useClient();
  // Safeguarding and data-subject requests: every conversation of the person, access-logged.
  const loadChats = async (): Promise<LoadedExport> => {
    const result = await client
      .query(ExportUserChatsQuery, { userId: user.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) return result.data.exportUserChats;
    return { problem: result.error ? problemFromCombined(result.error) : networkProblem() };
  };
  const error =
    roleResult.error ?? suspendResult.error ?? reactivateResult.error ?? resetResult.error;
  const busy =
    roleResult.fetching ||
    suspendResult.fetching ||
    reactivateResult.fetching ||
    resetResult.fetching;

  const resetPassword = async () => {
    const outcome = await reset({ userId: user.id });
    setGenerated(outcome.data?.resetUserPassword.generatedPassword ?? null);
  };

  return (
    <div className="user-actions">
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        {t('admin:userActions.roleOf', { name: user.displayName })}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={busy}
        onChange={(e) => void setRole({ userId: user.id, role: e.target.value as Role })}
      >
        <option value="STUDENT">{t('common:roles.STUDENT')}</option>
        <option value="SUPERVISOR">{t('common:roles.SUPERVISOR')}</option>
        <option value="ADMIN">{t('common:roles.ADMIN')}</option>
      </select>
      {user.status === 'ACTIVE' ? (
        <ConfirmDialog
          trigger={
            <button type="button" className="secondary" disabled={busy}>
              {t('admin:userActions.suspend')}
            </button>
          }
          title={t('admin:userActions.suspendTitle', { name: user.displayName })}
          description={t('admin:userActions.suspendBody')}
          confirmLabel={t('admin:userActions.suspend')}
          destructive
          onConfirm={() => suspend({ userId: user.id })}
        />
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void reactivate({ userId: user.id })}
        >
          {t('admin:userActions.reactivate')}
        </button>
      )}
      <ConfirmDialog
        trigger={
          <button type="button" className="secondary" disabled={busy}>
            {t('admin:userActions.reset')}
          </button>
        }
        title={t('admin:userActions.resetTitle', { name: user.displayName })}
        description={t('admin:userActions.resetBody')}
        confirmLabel={t('admin:userActions.reset')}
        destructive
        onConfirm={resetPassword}
      />
      {user.role === 'STUDENT' && (
        <ExportButtons
          load={loadChats}
          label={t('admin:userActions.exportChats', { name: user.displayName })}
        />
      )}
      {generated && (
        <p className="small" role="status">
          {t('admin:userActions.newPassword')} <code>{generated}</code>
        </p>
      )}
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
    </div>
  );
}
