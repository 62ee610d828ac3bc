import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { ModelPricesQuery, PriceHistoryQuery } from './documents';
import { PriceForm } from './PriceForm';

const perK = (credits: number) => credits.toLocaleString(undefined, { maximumFractionDigits: 6 });

/** Admins: what each model costs, its price history, and the form to change it. */
export function PricesScreen() {
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
        <h1>Model prices</h1>
      </div>
      <PriceForm initial={editing} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      <section className="card" aria-labelledby="prices-title">
        <h2 id="prices-title">Current prices</h2>
        {error && (
          <ProblemBanner
            problem={problemFromCombined(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
        {fetching && !data && <Loading what="Loading prices" />}
        {data && data.modelPrices.length === 0 && (
          <Empty>No model has a price yet; answers are refused until one does.</Empty>
        )}
        {data && data.modelPrices.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Input / 1k</th>
                  <th scope="col">Output / 1k</th>
                  <th scope="col">Since</th>
                  <th scope="col">Actions</th>
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
                        <div className="small muted">by {price.setBy.displayName}</div>
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
                        Change
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={historyOf === price.modelId}
                        onClick={() =>
                          setHistoryOf(historyOf === price.modelId ? null : price.modelId)
                        }
                      >
                        History
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
            Price history of <code>{historyOf}</code>
          </h2>
          {history.error && <ProblemBanner problem={problemFromCombined(history.error)} />}
          {history.fetching && !history.data && <Loading />}
          <ul>
            {history.data?.modelPriceHistory.edges.map(({ node: p }) => (
              <li key={p.effectiveFrom}>
                {formatDateTime(p.effectiveFrom)}: {perK(p.inputPer1k.credits)} in /{' '}
                {perK(p.outputPer1k.credits)} out
                {p.setBy && <span className="muted"> (by {p.setBy.displayName})</span>}
              </li>
            ))}
          </ul>
          {history.data?.modelPriceHistory.pageInfo.hasNextPage && (
            <p className="small muted">The newest 100 prices; older ones are not shown.</p>
          )}
        </section>
      )}
    </div>
  );
}
