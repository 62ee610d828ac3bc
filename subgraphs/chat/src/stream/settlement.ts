import type { Logger } from '@aula/runtime';
import type { CreditReservations, ReservationResult, TokenUsage } from '../accounting';

const RETRY_DELAYS_MS = [200, 1000, 3000];

/**
 * Settles a reservation: finalize for a complete answer, abort (partial usage) for
 * any other end. Both are idempotent at accounting, so retrying after a network
 * error cannot charge twice. Returns null when accounting stayed unreachable; its
 * reaper then expires the reservation.
 */
export async function settleReservation(
  credits: CreditReservations,
  logger: Logger,
  input: { reservationId: string; complete: boolean; usage: TokenUsage; messageId: string },
): Promise<ReservationResult | null> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return input.complete
        ? await credits.finalize(input.reservationId, input.usage)
        : await credits.abort(input.reservationId, input.usage);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      const delay = RETRY_DELAYS_MS[attempt];
      // Only an unreachable service is worth retrying; a refusal will not change.
      if (code !== 'SERVICE_UNAVAILABLE' || delay === undefined) {
        logger.error(
          { err: error, messageId: input.messageId, reservationId: input.reservationId },
          'could not settle a reservation',
        );
        return null;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
