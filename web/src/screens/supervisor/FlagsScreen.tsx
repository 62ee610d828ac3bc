import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import type { FlagStatus } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { on } from '../../lib/events';
import { FlagsQuery } from './documents';
import { FlagCard } from './FlagCard';

/** The flags inbox: open flags first, each resolvable; filter by status (and student from a link). */
export function FlagsScreen() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const studentId = searchParams.get('student');
  const [status, setStatus] = useState<FlagStatus | ''>('OPEN');
  const [after, setAfter] = useState<string | null>(null);
  const filter = { status: status || null, studentId };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FlagsQuery,
    variables: { filter, first: 20, after },
    requestPolicy: 'cache-and-network',
  });
  const page = data?.flags;
  // Live: a flag raised anywhere in the caller's inbox (the badge's `flagRaised` subscription)
  // or resolved elsewhere in the app reloads the page being read.
  useEffect(() => on('flags-changed', () => refetch({ requestPolicy: 'network-only' })), [refetch]);

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('supervisor:flags.title')}</h1>
        <div className="field inline-field">
          <label htmlFor="flag-status">{t('supervisor:flags.show')}</label>
          <select
            id="flag-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as FlagStatus | '');
              setAfter(null);
            }}
          >
            <option value="OPEN">{t('supervisor:flags.open')}</option>
            <option value="ACKNOWLEDGED">{t('supervisor:flags.acknowledged')}</option>
            <option value="DISMISSED">{t('supervisor:flags.dismissed')}</option>
            <option value="">{t('supervisor:flags.all')}</option>
          </select>
        </div>
      </div>
      {studentId && (
        <p className="small muted">
          {t('supervisor:flags.oneStudent')}{' '}
          <Link to="/flags">{t('supervisor:flags.everyone')}</Link>
        </p>
      )}
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <Loading what={t('supervisor:flags.loading')} />}
      {page && page.edges.length === 0 && (
        <Empty>
          {status === 'OPEN' ? t('supervisor:flags.noneOpen') : t('supervisor:flags.none')}
        </Empty>
      )}
      {page?.edges.map(({ node: flag }) => (
        <FlagCard key={flag.id} flag={flag} />
      ))}
      <div className="row pager">
        {after && (
          <button type="button" className="secondary" onClick={() => setAfter(null)}>
            {t('supervisor:flags.newest')}
          </button>
        )}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <button
            type="button"
            className="secondary"
            onClick={() => setAfter(page.pageInfo.endCursor)}
          >
            {t('supervisor:flags.older')}
          </button>
        )}
      </div>
    </div>
  );
}
