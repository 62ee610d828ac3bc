import { decodeCursor, pageSize, toConnection } from '@aula/runtime';
import type { UsageReportResolvers } from '../generated/graphql';
import { usageRows, usageTotals } from '../reports';

/**
 * `UsageReport` over the selection `Query.usage` settled (whose usage, which records): each
 * field reads only what it shows, so a page of rows does not sum the totals and the other way
 * round.
 */
export const UsageReport: UsageReportResolvers = {
  rows: async (selection, { first, after }, ctx) => {
    const size = pageSize(first, { fallback: 50 });
    const position = decodeCursor(after, 'text');
    const rows = await usageRows(ctx.db, selection, size, position?.key ?? null);
    // The group key orders and identifies a row; the cursor's id slot has nothing to add.
    return toConnection(rows, size, (row) => ({ key: row.groupKey, id: '0' }));
  },
  totals: (selection, _args, ctx) => usageTotals(ctx.db, selection),
};
