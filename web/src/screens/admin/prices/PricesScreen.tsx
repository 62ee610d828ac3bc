import { useTranslation } from 'react-i18next';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { ModelPricesQuery } from './documents';
import { perK, PriceHistory } from './PriceHistory';
import { PriceForm } from './PriceForm';

/** Admins: what each model costs, its price history, and the form to change it. */
export function PricesScreen() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ModelPricesQuery });
  const [editing, setEditing] = useState<{ modelId: string; input: number; output: number } | null>(
    null,
  );
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const historyId = useId();
  const formRef = useRef<HTMLDivElement>(null);
  // "Change" fills the form above the table: bring it into view when it is scrolled away.
  useEffect(() => {
    if (editing) formRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [editing]);

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:prices.title')}</h1>
      </div>
      <div ref={formRef}>
        <PriceForm initial={editing} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      </div>
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
                  <Fragment key={price.modelId}>
                    <tr>
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
                          aria-controls={historyOf === price.modelId ? historyId : undefined}
                          onClick={() =>
                            setHistoryOf(historyOf === price.modelId ? null : price.modelId)
                          }
                        >
                          {t('admin:prices.history')}
                          <span className="visually-hidden"> {price.modelId}</span>
                        </button>
                      </td>
                    </tr>
                    {historyOf === price.modelId && (
                      <tr className="history-row">
                        <td colSpan={5}>
                          <PriceHistory id={historyId} modelId={price.modelId} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
