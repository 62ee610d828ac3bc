import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/Feedback';
import { downloadCsv } from '../../../lib/csv';

/** One cell: what the table shows, and (when different) the exact value the CSV file gets. */
export type Cell = string | number | { readonly shown: string; readonly exact: string | number };

const shown = (cell: Cell) => (typeof cell === 'object' ? cell.shown : String(cell));
const exact = (cell: Cell) => (typeof cell === 'object' ? cell.exact : cell);

/**
 * A chart with the same numbers as a table (what screen readers and keyboard users read;
 * the drawing is hidden from them) and a button that downloads them as a CSV file.
 */
export function ChartCard({
  title,
  csvName,
  columns,
  rows,
  chart,
}: {
  title: string;
  /** The file name of the export, without `.csv`. */
  csvName: string;
  columns: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
  chart: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <div className="chart-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="secondary"
          disabled={rows.length === 0}
          onClick={() =>
            downloadCsv(
              `${csvName}.csv`,
              columns,
              rows.map((row) => row.map(exact)),
            )
          }
        >
          {t('admin:analytics.exportCsv')}
          <span className="visually-hidden"> ({title})</span>
        </button>
      </div>
      {rows.length === 0 ? (
        <Empty>{t('admin:analytics.noUsage')}</Empty>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            {chart}
          </div>
          <details className="chart-table">
            <summary>{t('admin:analytics.showTable')}</summary>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={index}>
                      {row.map((cell, column) => (
                        <td key={column}>{shown(cell)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
