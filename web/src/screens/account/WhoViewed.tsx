import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from 'react-router';
import { problemFromCombined } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { WhoViewedQuery } from './documents';

/** For students: which teachers or admins opened or watched their conversations. */
export function WhoViewed() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: WhoViewedQuery, variables: { first: 20 } });
  const views = data?.whoViewedMyConversations.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card" aria-labelledby="viewed-title">
      <h2 id="viewed-title">{t('account:viewed.title')}</h2>
      <p className="small muted">{t('account:viewed.intro')}</p>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {fetching && !data && <Loading />}
      {data && views.length === 0 && <Empty>{t('account:viewed.none')}</Empty>}
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            {formatDateTime(view.at)}: <strong>{view.viewer.displayName}</strong>{' '}
            {view.kind === 'WATCHED'
              ? t('account:viewed.watched')
              : view.kind === 'WROTE'
                ? t('account:viewed.wrote')
                : t('account:viewed.opened')}{' '}
            <Link to={`/chat/${view.sessionId}`}>{t('account:viewed.aConversation')}</Link>
            {view.operation && (
              <span className="small muted">
                {' '}
                {t('account:viewed.through', { operation: view.operation })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
