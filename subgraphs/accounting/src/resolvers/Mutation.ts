import { forbidden, requireRole, requireService } from '@aula/runtime';
import { requireUsageWriter } from '../access';
import { cancelAllowance, createAllowance } from '../allowances';
import type { AccountingContext } from '../context';
import { recordServiceUsage } from '../service-usage';
import type { MutationResolvers } from '../generated/graphql';
import { adjustBudget, allocateCredits, refundReservation, type Granter } from '../grants';
import { creditsToMicro } from '../money';
import { setModelPrice } from '../pricing';
import type { ReservationRow } from '../reservation-rows';
import { extendReservation } from '../reservations';
import type { Settlement } from '../settlement';
import { findExternalUsage, recordExternalUsage, reverseExternalUsage } from '../external-usage';

const toDate = (value: Date | string | null | undefined): Date | null =>
  value === null || value === undefined ? null : new Date(value);

/**
 * Who may grant to `userIds`: admins anyone; supervisors only students monitoring says they
 * supervise, and then from their budget. Everyone else is refused.
 */
async function granterFor(ctx: AccountingContext, userIds: readonly string[]): Promise<Granter> {
  // Grants move money only for someone signed in (requireRole refuses API keys).
  const person = requireRole(ctx, 'ADMIN', 'SUPERVISOR');
  if (person.role === 'ADMIN') return { kind: 'admin', userId: person.userId };
  for (const userId of userIds) {
    if (!(await ctx.supervision.canSupervise(person.userId, userId))) {
      throw forbidden('Supervisors may only grant credits to students they supervise.');
    }
  }
  return { kind: 'supervisor', userId: person.userId };
}

const limitsOf = (ctx: AccountingContext) => ({
  maxConcurrentStreams: ctx.config.ACCOUNTING_MAX_CONCURRENT_STREAMS,
  maxReservationSeconds: ctx.config.ACCOUNTING_MAX_RESERVATION_SECONDS,
});

/**
 * Shortfall must stay zero: chat caps every answer to what it reserved (extending first).
 * A non-zero shortfall means a caller broke that rule; the money is still recorded exactly,
 * and the break is logged loudly so it is seen. A settlement that marked its owner's credits
 * low is announced.
 */
function checkedSettlement(ctx: AccountingContext, settlement: Settlement): ReservationRow {
  const row = settlement.reservation;
  if (settlement.creditsFellLow) {
    void ctx.creditsLow.announce({
      userId: row.userId,
      available: row.availableAfter,
      at: row.settledAt ?? new Date(),
    });
  }
  if (row.shortfall > 0n) {
    ctx.metrics.shortfall(row.shortfall);
    ctx.logger.error(
      {
        invariant: 'shortfall-zero',
        reservationId: row.id,
        shortfallMicroCredits: row.shortfall.toString(),
      },
      'invariant broken: a settlement cost more than the reservation and the balance could cover',
    );
  }
  return row;
}

/** Every accounting mutation; each checks who may call it before doing anything. */
export const Mutation: MutationResolvers = {
  allocateCredits: async (_parent, { userId, amount, expiresAt, note }, ctx) => {
    const granter = await granterFor(ctx, [userId]);
    const micro = creditsToMicro(amount, 'amount');
    const [grant] = await ctx.metrics.ledger('grant', () =>
      ctx.db.transaction((tx) =>
        allocateCredits(tx, {
          userIds: [userId],
          amount: micro,
          expiresAt: toDate(expiresAt),
          note: note ?? null,
          granter,
        }),
      ),
    );
    return grant!;
  },
  allocateCreditsBulk: async (_parent, { userIds, amount, expiresAt, note }, ctx) => {
    const granter = await granterFor(ctx, userIds);
    const micro = creditsToMicro(amount, 'amount');
    const grants = await ctx.metrics.ledger('grant', () =>
      ctx.db.transaction((tx) =>
        allocateCredits(tx, {
          userIds,
          amount: micro,
          expiresAt: toDate(expiresAt),
          note: note ?? null,
          granter,
        }),
      ),
    );
    return grants;
  },
  adjustSupervisorBudget: async (_parent, { supervisorId, amount }, ctx) => {
    requireRole(ctx, 'ADMIN');
    const delta = creditsToMicro(amount, 'amount', { allowNegative: true });
    return await adjustBudget(ctx.db, supervisorId, delta);
  },
  createCreditAllowance: async (_parent, { input }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const allowance = await createAllowance(ctx.db, {
      userId: input.userId ?? null,
      classId: input.classId ?? null,
      amount: creditsToMicro(input.amount, 'amount'),
      period: input.period,
      rollover: input.rollover,
      startsAt: toDate(input.startsAt),
      createdBy: admin.userId,
    });
    return allowance;
  },
  cancelCreditAllowance: async (_parent, { id }, ctx) => {
    requireRole(ctx, 'ADMIN');
    return await cancelAllowance(ctx.db, id);
  },
  setModelPrice: async (_parent, { modelId, inputPer1k, outputPer1k, effectiveFrom }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const price = {
      inputPer1k: creditsToMicro(inputPer1k, 'inputPer1k', { allowZero: true }),
      outputPer1k: creditsToMicro(outputPer1k, 'outputPer1k', { allowZero: true }),
    };
    const row = await setModelPrice(ctx.db, {
      modelId,
      price,
      effectiveFrom: toDate(effectiveFrom) ?? undefined,
      setBy: admin.userId,
    });
    return row;
  },
  refundReservation: async (_parent, { id, note }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const grant = await ctx.metrics.ledger('refund', () =>
      ctx.db.transaction((tx) =>
        refundReservation(tx, { reservationId: id, adminId: admin.userId, note: note ?? null }),
      ),
    );
    return grant;
  },
  recordExternalUsage: async (_parent, { input }, ctx) => {
    const recorder = await requireUsageWriter(ctx, input.userId);
    const usage = await ctx.metrics.ledger('external-usage', () =>
      recordExternalUsage(ctx.db, input, recorder),
    );
    await ctx.creditsLow.afterCharge(usage.userId);
    return usage;
  },
  reverseExternalUsage: async (_parent, { id, note }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    await ctx.metrics.ledger('refund', () =>
      ctx.db.transaction((tx) =>
        reverseExternalUsage(tx, { usageId: id, adminId: admin.userId, note: note ?? null }),
      ),
    );
    return (await findExternalUsage(ctx.db, id))!;
  },
  reserveCredits: async (_parent, { input }, ctx) => {
    requireService(ctx, 'chat');
    const row = await ctx.metrics.ledger('reserve', () => ctx.ledger.reserve(input, limitsOf(ctx)));
    return row;
  },
  extendReservation: async (_parent, { input }, ctx) => {
    requireService(ctx, 'chat');
    return await ctx.metrics.ledger('extend', () =>
      extendReservation(ctx.db, input, limitsOf(ctx)),
    );
  },
  finalizeReservation: async (_parent, { id, usage }, ctx) => {
    requireService(ctx, 'chat');
    return checkedSettlement(
      ctx,
      await ctx.metrics.ledger('finalize', () =>
        ctx.ledger.settle(id, usage, 'FINALIZED', ctx.creditsLow.threshold),
      ),
    );
  },
  abortReservation: async (_parent, { id, usage }, ctx) => {
    requireService(ctx, 'chat');
    return checkedSettlement(
      ctx,
      await ctx.metrics.ledger('abort', () =>
        ctx.ledger.settle(id, usage, 'ABORTED', ctx.creditsLow.threshold),
      ),
    );
  },
  recordServiceUsage: async (_parent, { input }, ctx) => {
    requireService(ctx, 'monitoring');
    return recordServiceUsage(ctx.db, 'monitoring', input);
  },
};
