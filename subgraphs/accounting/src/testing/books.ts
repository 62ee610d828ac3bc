import type { AccountingHarness } from './harness';
import {
  ALLOCATE,
  BALANCE_ENTITY,
  FINALIZE,
  type BalanceView,
  type ReservationView,
} from './operations';

/** Granting and reading balances as an admin, the two steps nearly every money test takes. */
export interface Books {
  /** Grants `amount` credits to `userId`; throws when the grant is refused. */
  grant(userId: string, amount: number, expiresAt?: Date): Promise<void>;
  /** `userId`'s balance as the entity resolver returns it; throws on errors. */
  balance(userId: string): Promise<BalanceView>;
  /** Finalizes a reservation as chat does; throws when accounting refuses. */
  finalize(id: string, inputTokens: number, outputTokens: number): Promise<ReservationView>;
}

/** {@link Books} over one harness, acting as the admin `adminId`. */
export function booksOf(acct: AccountingHarness, adminId: string): Books {
  return {
    async grant(userId, amount, expiresAt) {
      const result = await acct.as(adminId, 'ADMIN', ALLOCATE, {
        userId,
        amount,
        expiresAt: expiresAt?.toISOString(),
      });
      if (result.errors) throw new Error(`grant refused: ${result.errors[0]?.message}`);
    },
    async balance(userId) {
      const result = await acct.as<{ _entities: Array<{ credits: BalanceView }> }>(
        adminId,
        'ADMIN',
        BALANCE_ENTITY,
        { reps: [{ __typename: 'User', id: userId }] },
      );
      const credits = result.data?._entities[0]?.credits;
      if (!credits) throw new Error(`balance unreadable: ${result.errors?.[0]?.message}`);
      return credits;
    },
    async finalize(id, inputTokens, outputTokens) {
      const result = await acct.asChat<{ finalizeReservation: ReservationView }>(FINALIZE, {
        id,
        usage: { inputTokens, outputTokens },
      });
      if (!result.data) throw new Error(`finalize refused: ${result.errors?.[0]?.message}`);
      return result.data.finalizeReservation;
    },
  };
}
