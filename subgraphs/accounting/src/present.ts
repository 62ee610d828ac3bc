import { creditAmount } from '@aula/runtime';
import type { AllowanceRow } from './allowances';
import type { Balance, LedgerRow } from './balance';
import type { BudgetRow, GrantRow } from './grants';
import type { PriceRow } from './pricing';
import type { StreamingDayModel, UsageRowModel } from './reports';
import type { ReservationRow } from './reservation-rows';

// Rows carry exact micro-credits; these turn them into the GraphQL shapes, money as CreditAmount.

/** `CreditBalance`. */
export const presentBalance = (b: Balance) => ({
  available: creditAmount(b.available),
  reserved: creditAmount(b.reserved),
  granted: creditAmount(b.granted),
  spent: creditAmount(b.spent),
  expired: creditAmount(b.expired),
  nextExpiry: b.nextExpiry
    ? { at: b.nextExpiry.at, amount: creditAmount(b.nextExpiry.amount) }
    : null,
  activeStreams: b.activeStreams,
});

/** `CreditGrant`. */
export const presentGrant = (g: GrantRow) => ({
  id: g.id,
  user: { id: g.userId },
  amount: creditAmount(g.amount),
  remaining: creditAmount(g.remaining),
  expiresAt: g.expiresAt,
  source: g.source,
  grantedBy: g.grantedBy ? { id: g.grantedBy } : null,
  note: g.note,
  createdAt: g.createdAt,
});

/** `CreditReservation`. */
export const presentReservation = (r: ReservationRow) => ({
  id: r.id,
  status: r.status,
  userId: r.userId,
  user: { id: r.userId },
  sessionId: r.sessionId,
  modelId: r.modelId,
  reserved: creditAmount(r.reserved),
  charged: creditAmount(r.charged),
  shortfall: creditAmount(r.shortfall),
  availableAfter: creditAmount(r.availableAfter),
  // Per 1,000 tokens x 1,000 is exact, so chat can cap an answer to the micro-credit.
  inputPricePerMillionTokens: creditAmount(r.inputPer1k * 1000n),
  outputPricePerMillionTokens: creditAmount(r.outputPer1k * 1000n),
  expiresAt: r.expiresAt,
  inputTokens: r.inputTokens,
  outputTokens: r.outputTokens,
  createdAt: r.createdAt,
  settledAt: r.settledAt,
  expiredReason: r.expiredReason,
});

/** `ModelPrice`. */
export const presentPrice = (p: PriceRow) => ({
  modelId: p.modelId,
  inputPer1k: creditAmount(p.inputPer1k),
  outputPer1k: creditAmount(p.outputPer1k),
  effectiveFrom: p.effectiveFrom,
  setBy: p.setBy ? { id: p.setBy } : null,
});

/** `SupervisorBudget`. */
export const presentBudget = (b: BudgetRow) => ({
  supervisor: { id: b.supervisorId },
  granted: creditAmount(b.granted),
  remaining: creditAmount(b.remaining),
  updatedAt: b.updatedAt,
});

/** `CreditAllowance`. */
export const presentAllowance = (a: AllowanceRow) => ({
  id: a.id,
  user: a.userId ? { id: a.userId } : null,
  classId: a.classId,
  amount: creditAmount(a.amount),
  period: a.period,
  rollover: a.rollover,
  nextRunAt: a.nextRunAt,
  lastRunAt: a.lastRunAt,
  active: a.active,
  createdBy: { id: a.createdBy },
});

/** `LedgerEntry`. */
export const presentLedgerEntry = (e: LedgerRow) => ({
  id: e.id,
  kind: e.kind,
  amount: creditAmount(e.amount),
  grantId: e.grantId,
  reservationId: e.reservationId,
  actor: e.actorId ? { id: e.actorId } : null,
  note: e.note,
  at: e.at,
});

/** `UsageRow`. */
export const presentUsageRow = (u: UsageRowModel) => ({
  user: u.userId ? { id: u.userId } : null,
  modelId: u.modelId,
  day: u.day,
  streams: u.streams,
  inputTokens: u.inputTokens,
  outputTokens: u.outputTokens,
  charged: creditAmount(u.charged),
  shortfall: creditAmount(u.shortfall),
});

/** `StreamingDay`. */
export const presentStreamingDay = (d: StreamingDayModel) => {
  const settled = d.finalized + d.aborted;
  return {
    day: d.day,
    streams: d.streams,
    active: d.active,
    finalized: d.finalized,
    aborted: d.aborted,
    expired: d.expired,
    abortedShare: settled === 0 ? 0 : d.aborted / settled,
    averageReserved: creditAmount(d.averageReserved),
    averageCharged: creditAmount(d.averageCharged),
  };
};
