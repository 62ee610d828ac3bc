import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Notice } from '../../../components/Feedback';
import { ListCard } from '../../../components/ListCard';
import { formatDateTime } from '../../../lib/format';
import { DeploymentsCell } from './DeploymentsCell';
import { LtiPlatformForm } from './LtiPlatformForm';
import { PlatformActions } from './PlatformActions';
import { RosterSyncCard } from './RosterSyncCard';
import { ToolUrlsCard } from './ToolUrlsCard';
import { LtiPlatformsQuery } from './documents';

/** How many LMSs one Aula may register (auth's MAX_LTI_PLATFORMS). */
const MAX_PLATFORMS = 20;

/**
 * Admins: the LMSs (Canvas, Moodle, Schoology, Blackboard …) that launch Aula with LTI 1.3:
 * Aula's URLs to paste into the LMS, the registered platforms and their deployments, a new
 * registration, and a roster sync on demand.
 */
export function LtiPlatformsScreen() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: LtiPlatformsQuery,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [unregistered, setUnregistered] = useState<string | null>(null);
  const platforms = data?.ltiPlatforms ?? [];
  const full = platforms.length >= MAX_PLATFORMS;

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:lms.title')}</h1>
        <span className="muted small">{t('admin:lms.intro')}</span>
      </div>
      <ToolUrlsCard />
      {unregistered && <Notice>{t('admin:lms.unregistered', { name: unregistered })}</Notice>}
      <ListCard
        title={t('admin:lms.list')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('admin:lms.none')}
        headers={[t('admin:lms.name'), t('admin:lms.platformUrls'), t('admin:lms.deployments')]}
        items={platforms}
        itemKey={(p) => p.id}
        cells={(p) => (
          <>
            <td>
              <div className="url-list">
                {p.name}
                <div className="small muted">
                  <code>{p.issuer}</code>
                </div>
                <div className="small muted">
                  {t('admin:lms.clientId')} <code>{p.clientId}</code>
                </div>
                <div className="small muted">
                  {t('admin:lms.registeredOn', { when: formatDateTime(p.createdAt) })}
                </div>
                {/* Inside the cell's one block: on a phone each cell's second block would fall
                    under the column's label instead of beside it. */}
                <PlatformActions
                  platform={p}
                  onUpdated={reload}
                  onRemoved={(name) => {
                    setUnregistered(name);
                    reload();
                  }}
                />
              </div>
            </td>
            <td className="small">
              <div className="url-list">
                <div>
                  {t('admin:lms.authLoginUrl')} <code>{p.authLoginUrl}</code>
                </div>
                <div>
                  {t('admin:lms.jwksUrl')} <code>{p.jwksUrl}</code>
                </div>
                <div>
                  {p.accessTokenUrl ? (
                    <>
                      {t('admin:lms.accessTokenUrl')} <code>{p.accessTokenUrl}</code>
                    </>
                  ) : (
                    t('admin:lms.syncOff')
                  )}
                </div>
              </div>
            </td>
            <td>
              <div>
                <DeploymentsCell platform={p} />
              </div>
            </td>
          </>
        )}
      >
        <p className="small muted">
          {t('admin:lms.count', { registered: platforms.length, max: MAX_PLATFORMS })}
        </p>
      </ListCard>
      {full ? (
        <Notice tone="info">{t('admin:lms.full', { max: MAX_PLATFORMS })}</Notice>
      ) : (
        <LtiPlatformForm onSaved={reload} />
      )}
      <RosterSyncCard />
    </div>
  );
}
