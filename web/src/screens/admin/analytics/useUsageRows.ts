import { useCallback, useEffect, useState } from 'react';
import { useClient, type Client } from 'urql';
import type { AdminUsageRowsQuery, UsageFilter } from '../../../generated/graphql';
import { problemFromCombined, type Problem } from '../../../lib/errors';
import { useInfiniteList, type InfiniteList } from '../../../lib/useInfiniteList';
import { UsageRowsQuery } from './documents';

/** One usage row as the analytics screen reads it. */
export type UsageRowNode = AdminUsageRowsQuery['usage']['rows']['edges'][number]['node'];

/** The largest page the API serves. */
const PAGE = 100;
/** Rows a "Load more" list shows at first and adds each time. */
const SHOWN = 50;

/** Every row of a report, page after page (a year of days takes four). */
export async function readAllUsageRows(
  client: Client,
  filter: UsageFilter,
): Promise<UsageRowNode[]> {
  const rows: UsageRowNode[] = [];
  let after: string | null = null;
  do {
    const result = await client
      .query(UsageRowsQuery, { filter, first: PAGE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw problemFromCombined(result.error);
    const page: AdminUsageRowsQuery['usage']['rows'] = result.data!.usage.rows;
    rows.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  return rows;
}

/**
 * Every row of a report whose rows stay few (a period's days, the models): read whole, again
 * whenever the filter changes or `reload` is called.
 */
export function useAllUsageRows(
  filter: UsageFilter,
  pause: boolean,
): { rows: UsageRowNode[] | null; problem: Problem | null; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<{ rows: UsageRowNode[] | null; problem: Problem | null }>({
    rows: null,
    problem: null,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(filter);
  useEffect(() => {
    if (pause) return;
    let live = true;
    readAllUsageRows(client, JSON.parse(key) as UsageFilter).then(
      (rows) => live && setState({ rows, problem: null }),
      (problem: Problem) => live && setState({ rows: null, problem }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `filter`: a new object with the same filter must not ask again.
  }, [client, key, pause, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** The rows of a report that grows with the school (per person, per class), 50 at a time. */
export function usePagedUsageRows(filter: UsageFilter, pause: boolean): InfiniteList<UsageRowNode> {
  return useInfiniteList(UsageRowsQuery, { filter }, (data) => data.usage.rows, {
    pageSize: SHOWN,
    maxFirst: PAGE,
    pause,
  });
}
