import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '../../components/LoadMore';
import { ProblemBanner } from '../../components/Feedback';
import { formatWhen } from '../../lib/format';
import { useInfiniteList } from '../../lib/useInfiniteList';
import { SearchMyChatsQuery } from './documents';

/** What `searchMyChats` found for `query`: each message with its conversation and an excerpt. */
export function SearchResults({ query }: { query: string }) {
  const { t } = useTranslation();
  const hits = useInfiniteList(SearchMyChatsQuery, { query }, (data) => data.searchMyChats, {
    pageSize: 20,
    maxFirst: 50,
  });
  const done = !hits.loading && !hits.problem;
  return (
    <div className="search-results">
      <p className="small muted" role="status">
        {done
          ? t('chat:search.found', { count: hits.items.length, more: hits.hasMore ? '+' : '' })
          : hits.loading
            ? t('chat:search.searching')
            : ''}
      </p>
      {hits.problem && <ProblemBanner problem={hits.problem} onRetry={hits.reload} />}
      <ul aria-label={t('chat:search.results')}>
        {hits.items.map((hit) => (
          <li key={hit.message.id}>
            <Link to={`/chat/${hit.session.id}?message=${hit.message.id}`}>
              <span className="session-title">{hit.session.title}</span>
              <span className="small snippet">{hit.snippet}</span>
              <span className="small muted">
                {t(`chat:search.role.${hit.message.role}`)} · {formatWhen(hit.message.createdAt)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hits.hasMore && (
        <LoadMore
          onMore={hits.loadMore}
          loading={hits.loading}
          label={t('chat:search.more')}
          loadingLabel={t('common:loading')}
        />
      )}
    </div>
  );
}
