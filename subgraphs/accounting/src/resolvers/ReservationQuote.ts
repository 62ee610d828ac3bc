import { creditAmount } from '@aula/runtime';
import type { ReservationQuoteResolvers } from '../generated/graphql';

/** A quote (`ReservationQuote` of reservations.ts): both amounts as `CreditAmount`. */
export const ReservationQuote: ReservationQuoteResolvers = {
  amount: (quote) => creditAmount(quote.amount),
  available: (quote) => creditAmount(quote.available),
};
