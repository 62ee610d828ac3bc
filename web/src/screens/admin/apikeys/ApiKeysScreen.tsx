import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCursorPages } from '../../../components/CursorPager';
import { ProblemBanner } from '../../../components/Feedback';
import { ListCard } from '../../../components/ListCard';
import { problemFromCombined } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { ApiKeysQuery, RevokeApiKeyMutation } from './documents';

/** Admins: every API key (theirs and others'), new keys with scopes, and revocation. */
export function ApiKeysScreen() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ApiKeysQuery,
    variables: { includeInactive, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [revoked, revoke] = useMutation(RevokeApiKeyMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const keys = data?.apiKeys.edges.map((e) => e.node) ?? [];
  const status = (key: (typeof keys)[number]) =>
    key.revokedAt
      ? t('admin:apiKeys.revokedOn', { when: formatDateTime(key.revokedAt) })
      : key.expiresAt && Date.parse(key.expiresAt) < Date.now()
        ? t('admin:apiKeys.expired')
        : t('admin:apiKeys.active');

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:apiKeys.title')}</h1>
        <span className="muted small">{t('admin:apiKeys.intro')}</span>
      </div>
      <CreateApiKeyForm onCreated={reload} />
      <ListCard
        title={t('admin:apiKeys.list')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('admin:apiKeys.none')}
        headers={[
          t('admin:apiKeys.name'),
          t('admin:apiKeys.owner'),
          t('admin:apiKeys.scopes'),
          t('admin:apiKeys.lastUsed'),
          t('admin:apiKeys.status'),
          t('admin:actions'),
        ]}
        items={keys}
        itemKey={(key) => key.id}
        cells={(key) => (
          <>
            <td>
              {key.name}
              <div className="small muted">
                <code>{key.prefix}…</code> · {formatDateTime(key.createdAt)}
              </div>
            </td>
            <td>{key.owner.displayName}</td>
            <td className="small">
              {key.scopes.map((s) => t(`admin:apiKeys.scope.${s}`)).join(', ')}
            </td>
            <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('common:never')}</td>
            <td>{status(key)}</td>
            <td>
              {!key.revokedAt && (
                <ConfirmDialog
                  trigger={
                    <button type="button" className="secondary">
                      {t('admin:apiKeys.revoke')}
                      <span className="visually-hidden"> {key.name}</span>
                    </button>
                  }
                  title={t('admin:apiKeys.revokeTitle', { name: key.name })}
                  description={t('admin:apiKeys.revokeBody')}
                  confirmLabel={t('admin:apiKeys.revoke')}
                  destructive
                  onConfirm={async () => {
                    await revoke({ id: key.id });
                    reload();
                  }}
                />
              )}
            </td>
          </>
        )}
        pages={pages}
        pageInfo={data?.apiKeys.pageInfo}
      >
        <label className="check">
          <input
            type="checkbox"
            checked={includeInactive}
            onChange={(e) => {
              setIncludeInactive(e.target.checked);
              pages.reset();
            }}
          />{' '}
          {t('admin:apiKeys.includeInactive')}
        </label>
        {revoked.error && <ProblemBanner problem={problemFromCombined(revoked.error)} />}
      </ListCard>
    </div>
  );
}
