import { creditAmount } from '@aula/runtime';
import type { StreamingDayResolvers } from '../generated/graphql';

/** One day of streaming analytics over its row (`StreamingDayModel`). */
export const StreamingDay: StreamingDayResolvers = {
  abortedShare: (day) => {
    const settled = day.finalized + day.aborted;
    return settled === 0 ? 0 : day.aborted / settled;
  },
  averageReserved: (day) => creditAmount(day.averageReserved),
  averageCharged: (day) => creditAmount(day.averageCharged),
};
