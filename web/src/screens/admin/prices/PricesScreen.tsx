import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { ModelPricesQuery, PriceHistoryQuery } from './documents';
import { PriceForm } from './PriceForm';

const perK = (credits: number) => formatNumber(credits, { maximumFractionDigits: 6 });

/** Admins: what each model costs, its price history, and the form to change it. */
export function PricesScreen() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ModelPricesQuery });
  const [editing, setEditing] = useState<{ modelId: string; input: number; output: number } | null>(
    null,
  );
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [history] = useQuery({
    query: PriceHistoryQuery,
    variables: { modelId: historyOf ?? '' },
    pause: !historyOf,
  });

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:prices.title')}</h1>
      </div>
      <PriceForm initial={editing} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      <section className="card" aria-labelledby="prices-title">
        <h2 id="prices-title">{t('admin:prices.current')}</h2>
        {error && (
          <ProblemBanner
            problem={problemFromCombined(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
        {fetching && !data && <Loading what={t('admin:prices.loading')} />}
        {data && data.modelPrices.length === 0 && <Empty>{t('admin:prices.none')}</Empty>}
        {data && data.modelPrices.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin:prices.model')}</th>
                  <th scope="col">{t('admin:prices.input')}</th>
                  <th scope="col">{t('admin:prices.output')}</th>
                  <th scope="col">{t('admin:prices.since')}</th>
                  <th scope="col">{t('admin:actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.modelPrices.map((price) => (
                  <tr key={price.modelId}>
                    <td>
                      <code>{price.modelId}</code>
                    </td>
                    <td>{perK(price.inputPer1k.credits)}</td>
                    <td>{perK(price.outputPer1k.credits)}</td>
                    <td>
                      {formatDateTime(price.effectiveFrom)}
                      {price.setBy && (
                        <div className="small muted">
                          {t('admin:prices.by', { name: price.setBy.displayName })}
                        </div>
                      )}
                    </td>
                    <td className="user-actions">
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          setEditing({
                            modelId: price.modelId,
                            input: price.inputPer1k.credits,
                            output: price.outputPer1k.credits,
                          })
                        }
                      >
                        {t('admin:prices.change')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={historyOf === price.modelId}
                        onClick={() =>
                          setHistoryOf(historyOf === price.modelId ? null : price.modelId)
                        }
                      >
                        {t('admin:prices.history')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {historyOf && (
        <section className="card" aria-labelledby="history-title">
          <h2 id="history-title">
            {t('admin:prices.historyOf')} <code>{historyOf}</code>
          </h2>
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
      )}
    </div>
  );
}
