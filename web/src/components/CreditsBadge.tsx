import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../generated';
import { on } from '../lib/events';
import { formatCredits } from '../lib/format';

const MyCreditsQuery = graphql(`
  query MyCredits {
    me {
      id
      credits {
        available {
          credits
        }
        reserved {
          credits
        }
      }
    }
  }
`);

/** The signed-in person's available credits, refreshed whenever an answer settles. */
export function CreditsBadge() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: MyCreditsQuery,
    requestPolicy: 'cache-and-network',
  });
  useEffect(
    () => on('credits-changed', () => refetch({ requestPolicy: 'network-only' })),
    [refetch],
  );
  const credits = data?.me?.credits;
  if (error && !credits)
    return (
      <span className="badge warn" title={error.message}>
        {t('common:credits.unavailable')}
      </span>
    );
  if (!credits) return null;
  const low = credits.available.credits < 1;
  return (
    <span
      className={`badge credits ${low ? 'warn' : 'ok'}`}
      aria-live="polite"
      data-testid="credits"
    >
      {t('common:credits.available', {
        count: credits.available.credits,
        amount: formatCredits(credits.available.credits),
      })}
      {credits.reserved.credits > 0 && (
        <span className="muted">
          {' '}
          {t('common:credits.reserved', { amount: formatCredits(credits.reserved.credits) })}
        </span>
      )}
    </span>
  );
}
