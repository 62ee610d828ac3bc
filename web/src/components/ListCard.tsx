import {
  Children,
  cloneElement,
  Fragment,
  isValidElement,
  useId,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { CombinedError } from 'urql';
import { problemFromCombined } from '../lib/errors';
import { CursorPager, type useCursorPages } from './CursorPager';
import { Empty, Loading, ProblemBanner } from './Feedback';

/**
 * A titled card listing one page of a connection as a table: the loading line, the problem
 * (with a retry), the empty text, the rows and the pager, the same way on every screen.
 */
export function ListCard<T>({
  title,
  fetching,
  error,
  loaded,
  onRetry,
  emptyText,
  headers,
  items,
  itemKey,
  cells,
  pages,
  pageInfo,
  children,
}: {
  title: string;
  fetching: boolean;
  error?: CombinedError;
  /** Whether an answer arrived (so "empty" means empty, not "not yet"). */
  loaded: boolean;
  onRetry?: () => void;
  emptyText: string;
  headers: readonly string[];
  items: readonly T[];
  itemKey(item: T): string;
  /** The `<td>` cells of one row. */
  cells(item: T): ReactNode;
  pages?: ReturnType<typeof useCursorPages>;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  /** Shown between the title and the table (filters, notices). */
  children?: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={onRetry} />}
      {fetching && !loaded && <Loading />}
      {loaded && items.length === 0 && <Empty>{emptyText}</Empty>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="list-table">
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={itemKey(item)}>{labelled(cells(item), headers)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages && <CursorPager pages={pages} pageInfo={pageInfo} label={title} />}
    </section>
  );
}

/**
 * Gives each `<td>` of a row its column's name as `data-label`, which the phone layout shows
 * above the value once the table's own header row is out of sight.
 */
function labelled(row: ReactNode, headers: readonly string[]): ReactNode {
  const cells =
    isValidElement<{ children?: ReactNode }>(row) && row.type === Fragment
      ? Children.toArray(row.props.children)
      : Children.toArray(row);
  return cells.map((cell, index) =>
    isValidElement(cell) && cell.type === 'td' && headers[index]
      ? cloneElement(cell as ReactElement<Record<string, unknown>>, {
          'data-label': headers[index],
        })
      : cell,
  );
}
