import { creditAmount } from '@aula/runtime';
import type { CreditReservationResolvers } from '../generated/graphql';
import { refundGrantOf } from '../reservation-list';

/** `CreditReservation` over its row (`ReservationRow`): money as `CreditAmount`, people as references. */
export const CreditReservation: CreditReservationResolvers = {
  user: (reservation) => ({ id: reservation.userId }),
  // Whoever could read the reservation may see whether and how it was refunded.
  refund: (reservation, _args, ctx) => refundGrantOf(ctx.db, reservation.id),
  reserved: (reservation) => creditAmount(reservation.reserved),
  charged: (reservation) => creditAmount(reservation.charged),
  shortfall: (reservation) => creditAmount(reservation.shortfall),
  toolCost: (reservation) => creditAmount(reservation.toolCost),
  availableAfter: (reservation) => creditAmount(reservation.availableAfter),
  // Per 1,000 tokens x 1,000 is exact, so chat can cap an answer to the micro-credit.
  inputPricePerMillionTokens: (reservation) => creditAmount(reservation.inputPer1k * 1000n),
  outputPricePerMillionTokens: (reservation) => creditAmount(reservation.outputPer1k * 1000n),
};
