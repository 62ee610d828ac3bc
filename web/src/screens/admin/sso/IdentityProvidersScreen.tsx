import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ProblemBanner } from '../../../components/Feedback';
import { ListCard } from '../../../components/ListCard';
import { problemFromCombined } from '../../../lib/errors';
import { IdentityProviderForm } from './IdentityProviderForm';
import {
  DisableIdentityProviderMutation,
  IdentityProvidersQuery,
  UpdateIdentityProviderMutation,
} from './documents';

/**
 * Admins: single sign-on. The identity providers people may sign in with (Google Workspace,
 * Microsoft Entra ID or any OpenID provider), added, edited, turned off and on again.
 */
export function IdentityProvidersScreen() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: IdentityProvidersQuery,
    requestPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [disabled, disable] = useMutation(DisableIdentityProviderMutation);
  const [enabled, enable] = useMutation(UpdateIdentityProviderMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const providers = data?.identityProviders ?? [];
  const current = providers.find((p) => p.id === editing);
  const redirectUri = (uri: string) =>
    uri.startsWith('/') ? `${window.location.origin}${uri}` : uri;
  const toggleProblem = disabled.error ?? enabled.error;

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:sso.title')}</h1>
        <span className="muted small">{t('admin:sso.intro')}</span>
      </div>
      <ListCard
        title={t('admin:sso.list')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('admin:sso.none')}
        headers={[
          t('admin:sso.name'),
          t('admin:sso.domains'),
          t('admin:sso.rules'),
          t('admin:sso.status'),
          t('admin:actions'),
        ]}
        items={providers}
        itemKey={(p) => p.id}
        cells={(p) => (
          <>
            <td>
              {p.name}
              <div className="small muted">
                <code>{p.issuer}</code>
              </div>
              <div className="small muted">
                {t('admin:sso.redirectUri')} <code>{redirectUri(p.redirectUri)}</code>
              </div>
            </td>
            <td>{p.allowedDomains.join(', ')}</td>
            <td className="small">
              {[
                p.createAccounts ? t('admin:sso.createsAccounts') : t('admin:sso.existingOnly'),
                p.passwordSignInDisabled ? t('admin:sso.passwordsOff') : null,
                p.roleClaim ? t('admin:sso.rolesFrom', { claim: p.roleClaim }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </td>
            <td>{p.enabled ? t('admin:sso.enabled') : t('admin:sso.disabled')}</td>
            <td>
              <div className="row">
                <button type="button" className="secondary" onClick={() => setEditing(p.id)}>
                  {t('admin:sso.edit')}
                  <span className="visually-hidden"> {p.name}</span>
                </button>
                {p.enabled ? (
                  <ConfirmDialog
                    trigger={
                      <button type="button" className="secondary">
                        {t('admin:sso.disable')}
                        <span className="visually-hidden"> {p.name}</span>
                      </button>
                    }
                    title={t('admin:sso.disableTitle', { name: p.name })}
                    description={t('admin:sso.disableBody')}
                    confirmLabel={t('admin:sso.disable')}
                    destructive
                    onConfirm={async () => {
                      await disable({ id: p.id });
                      reload();
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={async () => {
                      await enable({ id: p.id, input: { enabled: true } });
                      reload();
                    }}
                  >
                    {t('admin:sso.enable')}
                    <span className="visually-hidden"> {p.name}</span>
                  </button>
                )}
              </div>
            </td>
          </>
        )}
      >
        {toggleProblem && <ProblemBanner problem={problemFromCombined(toggleProblem)} />}
      </ListCard>
      {current ? (
        <>
          <IdentityProviderForm key={current.id} current={current} onSaved={reload} />
          <div className="row">
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t('admin:sso.addInstead')}
            </button>
          </div>
        </>
      ) : (
        <IdentityProviderForm key="new" onSaved={reload} />
      )}
    </div>
  );
}
