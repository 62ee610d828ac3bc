import {
  badInput,
  forbidden,
  requireScope,
  requireScopeOrService,
  requireService,
  decodeCursor,
  pageSize,
  toConnection,
} from '@aula/runtime';
import { READ_SCOPE, requireCreditReader } from '../access';
import { listAllowances } from '../allowances';
import { ledgerPage, ledgerPosition } from '../balance';
import type { AccountingContext } from '../context';
import { isUuid } from '../db/query';
import { serviceUsageReport } from '../service-usage';
import type { QueryResolvers } from '../generated/graphql';
import { findBudget, grantsOf } from '../grants';
import { currentPrice, currentPrices, priceHistory } from '../pricing';
import { streamingAnalytics, usageReport } from '../reports';
import { classRosterAsCaller, type RosterWindow } from '../roster';
import { findReservation } from '../reservation-rows';
import { listBudgets } from '../budgets';
import { listReservations } from '../reservation-list';
import { quoteReservation } from '../reservations';
import { findExternalUsage } from '../external-usage';

const toDate = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : new Date(value);

/**
 * Whose usage the caller may read with this filter: a class's students as monitoring shows
 * them to the caller (its supervisors and admins), each only inside the caller's supervision
 * window in that class; one person they may read; or, with no filter, admins everyone and
 * others themselves. `userIds: null` means everyone.
 */
async function usageScope(
  ctx: AccountingContext,
  userId: string | null,
  classId: string | null,
): Promise<{ userIds: string[] | null; windows?: RosterWindow[] }> {
  const person = requireScope(ctx, READ_SCOPE);
  if (classId !== null) {
    if (!isUuid(classId)) throw badInput('classId must be a class id.', { field: 'classId' });
    const roster = await classRosterAsCaller(ctx.services, ctx.authorization, classId);
    const windows = userId === null ? roster : roster.filter((w) => w.userId === userId);
    return { userIds: windows.map((w) => w.userId), windows };
  }
  const only = userId ?? (person.role === 'ADMIN' ? null : person.userId);
  if (only === null) return { userIds: null };
  if (!isUuid(only)) throw badInput('userId must be a user id.', { field: 'userId' });
  await requireCreditReader(ctx, only);
  return { userIds: [only] };
}

/** Every accounting query; each checks who may read what it returns. */
export const Query: QueryResolvers = {
  modelPrices: async (_parent, _args, ctx) => {
    requireScopeOrService(ctx, READ_SCOPE);
    return await currentPrices(ctx.db);
  },
  modelPriceHistory: async (_parent, { modelId, first, after }, ctx) => {
    requireScope(ctx, READ_SCOPE, 'ADMIN');
    const size = pageSize(first);
    const rows = await priceHistory(ctx.db, modelId, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.effectiveFrom, id: row.id }));
  },
  isKnownModel: async (_parent, { modelId }, ctx) => {
    requireService(ctx, 'content', 'chat');
    return (await currentPrice(ctx.db, modelId)) !== null;
  },
  reservationQuote: async (_parent, input, ctx) => {
    requireService(ctx, 'chat');
    return await quoteReservation(ctx.db, input);
  },
  creditReservation: async (_parent, { id }, ctx) => {
    const caller = requireScopeOrService(ctx, READ_SCOPE, 'chat');
    const row = isUuid(id) ? await findReservation(ctx.db, id) : null;
    if (caller.kind === 'service') return row;
    if (!row) return null;
    await requireCreditReader(ctx, row.userId);
    return row;
  },
  creditReservations: async (_parent, { filter, first, after }, ctx) => {
    const person = requireScope(ctx, READ_SCOPE);
    const userId = filter?.userId ?? (person.role === 'ADMIN' ? null : person.userId);
    if (userId !== null) {
      if (!isUuid(userId)) throw badInput('userId must be a user id.', { field: 'userId' });
      await requireCreditReader(ctx, userId);
    }
    const size = pageSize(first);
    const rows = await listReservations(
      ctx.db,
      {
        userId,
        status: filter?.status ?? null,
        sessionId: filter?.sessionId ?? null,
        from: toDate(filter?.from),
        to: toDate(filter?.to),
      },
      size,
      decodeCursor(after),
    );
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
  creditLedger: async (_parent, { userId, first, after }, ctx) => {
    await requireCreditReader(ctx, userId);
    const size = pageSize(first);
    const rows = await ledgerPage(ctx.db, userId, size, decodeCursor(after));
    return toConnection(rows, size, ledgerPosition);
  },
  creditGrants: async (_parent, { userId, first, after }, ctx) => {
    await requireCreditReader(ctx, userId);
    const size = pageSize(first);
    const rows = await grantsOf(ctx.db, userId, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
  usage: async (_parent, { filter }, ctx) => {
    const report = await usageReport(ctx.db, {
      ...(await usageScope(ctx, filter.userId ?? null, filter.classId ?? null)),
      modelId: filter.modelId ?? null,
      from: toDate(filter.from),
      to: toDate(filter.to),
      groupBy: filter.groupBy ?? [],
    });
    return report;
  },
  serviceUsage: async (_parent, { from, to }, ctx) => {
    requireScope(ctx, READ_SCOPE, 'ADMIN');
    return serviceUsageReport(ctx.db, toDate(from), toDate(to));
  },
  streamingAnalytics: async (_parent, { from, to }, ctx) => {
    requireScope(ctx, READ_SCOPE, 'ADMIN');
    const days = await streamingAnalytics(ctx.db, new Date(from), new Date(to));
    return days;
  },
  supervisorBudgets: async (_parent, { first, after }, ctx) => {
    requireScope(ctx, READ_SCOPE, 'ADMIN');
    const size = pageSize(first);
    const rows = await listBudgets(ctx.db, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.updatedAt, id: row.supervisorId }));
  },
  supervisorBudget: async (_parent, { supervisorId }, ctx) => {
    const person = requireScope(ctx, READ_SCOPE);
    if (person.role !== 'ADMIN' && person.userId !== supervisorId) {
      throw forbidden('You may only see your own budget.');
    }
    const budget = await findBudget(ctx.db, supervisorId);
    return budget ? budget : null;
  },
  externalUsage: async (_parent, { id }, ctx) => {
    requireScope(ctx, READ_SCOPE);
    const usage = await findExternalUsage(ctx.db, id);
    if (!usage) return null;
    await requireCreditReader(ctx, usage.userId);
    return usage;
  },
  creditAllowances: async (_parent, { userId, first, after }, ctx) => {
    requireScope(ctx, READ_SCOPE, 'ADMIN');
    const size = pageSize(first);
    const rows = await listAllowances(ctx.db, userId ?? null, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
};
