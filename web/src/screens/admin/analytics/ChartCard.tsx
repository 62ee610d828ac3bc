import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ProblemBanner } from '../../../components/Feedback';
import { downloadCsv } from '../../../lib/csv';
import { networkProblem, type Problem } from '../../../lib/errors';

/** One cell: what the table shows, and (when different) the exact value the CSV file gets. */
export type Cell = string | number | { readonly shown: string; readonly exact: string | number };

const shown = (cell: Cell) => (typeof cell === 'object' ? cell.shown : String(cell));
const exact = (cell: Cell) => (typeof cell === 'object' ? cell.exact : cell);

/**
 * A chart with the same numbers as a table (what screen readers and keyboard users read;
 * the drawing is hidden from them) and a button that downloads them as a CSV file. A list
 * shown a page at a time passes `allRows`, so the file holds every row, not only those shown,
 * and its "Load more" as `footer`.
 */
export function ChartCard({
  title,
  csvName,
  columns,
  rows,
  allRows,
  chart,
  footer,
}: {
  title: string;
  /** The file name of the export, without `.csv`. */
  csvName: string;
  columns: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
  /** Reads every row for the export when `rows` are only the pages shown. */
  allRows?: () => Promise<ReadonlyArray<readonly Cell[]>>;
  chart: ReactNode;
  /** Under the table, such as a "Load more" button. */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const exportCsv = async () => {
    setExporting(true);
    setProblem(null);
    try {
      const all = allRows ? await allRows() : rows;
      downloadCsv(
        `${csvName}.csv`,
        columns,
        all.map((row) => row.map(exact)),
      );
    } catch (error) {
      // readAllUsageRows throws the server's Problem; anything else failed in the browser.
      setProblem(error instanceof Error ? networkProblem(error.message) : (error as Problem));
    } finally {
      setExporting(false);
    }
  };
  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <div className="chart-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="secondary"
          disabled={rows.length === 0 || exporting}
          onClick={() => void exportCsv()}
        >
          {t('admin:analytics.exportCsv')}
          <span className="visually-hidden"> ({title})</span>
        </button>
      </div>
      {problem && <ProblemBanner problem={problem} />}
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
          {footer}
        </>
      )}
    </section>
  );
}
