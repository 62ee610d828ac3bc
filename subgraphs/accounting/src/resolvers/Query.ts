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
import { checkRange, streamingAnalytics, type UsageSelection, type UsageWindow } from '../reports';
import { classRosterAsCaller, classWindowsAsCaller } from '../roster';
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
 * window in that class; grouped by class, the same for every class monitoring lets the caller
 * see (admins all, supervisors theirs); one person they may read; or, with no filter, admins
 * everyone and others themselves. `userIds: null` means everyone.
 */
async function usageScope(
  ctx: AccountingContext,
  userId: string | null,
  classId: string | null,
  byClass: boolean,
): Promise<Pick<UsageSelection, 'userIds' | 'windows'>> {
  const person = requireScope(ctx, READ_SCOPE);
  if (userId !== null && !isUuid(userId))
    throw badInput('userId must be a user id.', { field: 'userId' });
  if (classId !== null || byClass) {
    if (classId !== null && !isUuid(classId))
      throw badInput('classId must be a class id.', { field: 'classId' });
    if (person.role === 'STUDENT')
      throw forbidden('Only the supervisors of a class and admins may read its usage.');
    const roster: ReadonlyArray<UsageWindow> =
      classId !== null
        ? (await classRosterAsCaller(ctx.services, ctx.authorization, classId)).map((w) => ({
            ...w,
            classId,
          }))
        : await classWindowsAsCaller(ctx.services, ctx.authorization, person.role === 'ADMIN');
    const windows = userId === null ? roster : roster.filter((w) => w.userId === userId);
    return { userIds: [...new Set(windows.map((w) => w.userId))], windows };
  }
  const only = userId ?? (person.role === 'ADMIN' ? null : person.userId);
  if (only === null) return { userIds: null };
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
    const from = toDate(filter.from);
    const to = toDate(filter.to);
    checkRange(from, to);
    const groupBy = filter.groupBy ?? [];
    const scope = await usageScope(
      ctx,
      filter.userId ?? null,
      filter.classId ?? null,
      groupBy.includes('CLASS'),
    );
    return { ...scope, modelId: filter.modelId ?? null, from, to, groupBy };
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
