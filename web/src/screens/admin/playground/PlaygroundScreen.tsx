import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Feedback';
import { currentSocket } from '../../../lib/client';

// GraphiQL brings Monaco (several megabytes): only admins who open the playground load it.
const GraphiQLPlayground = lazy(() => import('./GraphiQLPlayground'));

/** Admins: GraphiQL on the published API, as the signed-in admin, subscriptions included. */
export function PlaygroundScreen() {
  const { t } = useTranslation();
  const socket = currentSocket();
  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:playground.title')}</h1>
        <span className="muted small">{t('admin:playground.intro')}</span>
      </div>
      {socket ? (
        <div className="playground-frame">
          <Suspense fallback={<Loading what={t('admin:playground.loading')} />}>
            <GraphiQLPlayground socket={socket} />
          </Suspense>
        </div>
      ) : (
        <div className="banner error" role="alert">
          {t('admin:playground.signInAgain')}
        </div>
      )}
    </div>
  );
}
