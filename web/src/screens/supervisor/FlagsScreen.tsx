import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import type { FlagStatus } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { FlagsQuery } from './documents';
import { FlagCard } from './FlagCard';

/** The flags inbox: open flags first, each resolvable; filter by status (and student from a link). */
export function FlagsScreen() {
  const studentId = new URLSearchParams(window.location.search).get('student');
  const [status, setStatus] = useState<FlagStatus | ''>('OPEN');
  const [after, setAfter] = useState<string | null>(null);
  const filter = { status: status || null, studentId };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FlagsQuery,
    variables: { filter, first: 20, after },
    requestPolicy: 'cache-and-network',
  });
  const page = data?.flags;

  return (
    <div className="stack">
      <div className="page-head">
        <h1>Flags inbox</h1>
        <div className="field inline-field">
          <label htmlFor="flag-status">Show</label>
          <select
            id="flag-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as FlagStatus | '');
              setAfter(null);
            }}
          >
            <option value="OPEN">Open</option>
            <option value="ACKNOWLEDGED">Acknowledged</option>
            <option value="DISMISSED">Dismissed</option>
            <option value="">All</option>
          </select>
        </div>
      </div>
      {studentId && (
        <p className="small muted">
          Showing one student's flags. <a href="/flags">Show everyone's</a>
        </p>
      )}
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <Loading what="Loading flags" />}
      {page && page.edges.length === 0 && (
        <Empty>{status === 'OPEN' ? 'No open flags. All clear.' : 'No flags here.'}</Empty>
      )}
      {page?.edges.map(({ node: flag }) => (
        <FlagCard key={flag.id} flag={flag} />
      ))}
      <div className="row pager">
        {after && (
          <button type="button" className="secondary" onClick={() => setAfter(null)}>
            Back to newest
          </button>
        )}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <button
            type="button"
            className="secondary"
            onClick={() => setAfter(page.pageInfo.endCursor)}
          >
            Older flags
          </button>
        )}
      </div>
    </div>
  );
}
