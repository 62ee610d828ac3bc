import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
import { problemFromCombined } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { WhoViewedQuery } from './documents';

/** For students: which teachers or admins opened or watched their conversations. */
export function WhoViewed() {
  const [{ data, fetching, error }] = useQuery({ query: WhoViewedQuery, variables: { first: 20 } });
  const views = data?.whoViewedMyConversations.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card" aria-labelledby="viewed-title">
      <h2 id="viewed-title">Who looked at my conversations</h2>
      <p className="small muted">
        Your teachers can read and watch the chats you have while you are in their class; every time
        they or an admin do, it is listed here.
      </p>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {fetching && !data && <Loading />}
      {data && views.length === 0 && <Empty>Nobody has opened your conversations.</Empty>}
      <ul>
        {views.map((view) => (
          <li key={view.id}>
            {formatDateTime(view.at)}: <strong>{view.viewer.displayName}</strong>{' '}
            {view.kind === 'WATCHED' ? 'watched' : 'opened'}{' '}
            <Link href={`/chat/${view.sessionId}`}>a conversation</Link>
            {view.operation && <span className="small muted"> (through {view.operation})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
