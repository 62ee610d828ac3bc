import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { PriceHistoryQuery } from './documents';

/** Credits per 1,000 tokens, with the precision prices are set at. */
export const perK = (credits: number) => formatNumber(credits, { maximumFractionDigits: 6 });

/**
 * Every price a model had, newest first: opened in the row under the model itself, so it
 * appears where the admin clicked instead of below the whole table.
 */
export function PriceHistory({ id, modelId }: { id: string; modelId: string }) {
  const { t } = useTranslation();
  const [history] = useQuery({ query: PriceHistoryQuery, variables: { modelId } });
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('admin:prices.historyOf')} <code>{modelId}</code>
      </h3>
      {history.error && <ProblemBanner problem={problemFromCombined(history.error)} />}
      {history.fetching && !history.data && <Loading />}
      <ul>
        {history.data?.modelPriceHistory.edges.map(({ node: p }) => (
          <li key={p.effectiveFrom}>
            {formatDateTime(p.effectiveFrom)}:{' '}
            {t('admin:prices.inOut', {
              input: perK(p.inputPer1k.credits),
              output: perK(p.outputPer1k.credits),
            })}
            {p.setBy && (
              <span className="muted">
                {' '}
                ({t('admin:prices.by', { name: p.setBy.displayName })})
              </span>
            )}
          </li>
        ))}
      </ul>
      {history.data?.modelPriceHistory.pageInfo.hasNextPage && (
        <p className="small muted">{t('admin:prices.newest')}</p>
      )}
    </section>
  );
}
