import { operations, type CallOptions, type ServiceClient } from '@aula/runtime';
import { CreditReservations } from './accounting';

/** A client that records each call's operation and options and answers as accounting would. */
function recordingClient() {
  const calls: Array<{ name: string; options: CallOptions | undefined }> = [];
  const reservation = (id: string) => ({
    id,
    reserved: { microCredits: '1000' },
    inputPricePerMillionTokens: { microCredits: '1' },
    outputPricePerMillionTokens: { microCredits: '1' },
    charged: { microCredits: '10' },
    availableAfter: { microCredits: '990' },
  });
  const client: ServiceClient = {
    request: (async (operation: { name: string }, variables: never, options?: CallOptions) => {
      calls.push({ name: operation.name, options });
      const v = variables as {
        input?: { clientKey?: string; reservationId?: string };
        id?: string;
      };
      const id = v.id ?? v.input?.reservationId ?? 'r-1';
      const field = operation.name.charAt(0).toLowerCase() + operation.name.slice(1);
      return { [field]: reservation(id) };
    }) as ServiceClient['request'],
    onBehalfOf: () => client,
  };
  return { client, calls };
}

describe('CreditReservations', () => {
  const reserveInput = (userId: string) => ({
    sessionId: 's',
    userId,
    modelId: 'm',
    estimatedInputTokens: 1,
    maxOutputTokens: 1,
    clientKey: `k-${userId}`,
    expiresInSeconds: 60,
  });

  it('names the person as the affinity of every call about a reservation it made, until it is settled', async () => {
    const { client, calls } = recordingClient();
    const credits = new CreditReservations(client);
    const made = await credits.reserve(reserveInput('ada'));
    await credits.extend({
      reservationId: made.id,
      additionalInputTokens: 1,
      additionalOutputTokens: 1,
    });
    await credits.finalize(made.id, { inputTokens: 1, outputTokens: 1 });
    // Settled: a repeat (an outbox retry, say) goes without one, as one for a reservation made elsewhere.
    await credits.abort(made.id, { inputTokens: 1, outputTokens: 1 });
    await credits.finalize('made-by-another-replica', { inputTokens: 1, outputTokens: 1 });
    expect(calls).toEqual([
      { name: operations.accounting.ReserveCredits.name, options: { affinity: 'ada' } },
      { name: operations.accounting.ExtendReservation.name, options: { affinity: 'ada' } },
      { name: operations.accounting.FinalizeReservation.name, options: { affinity: 'ada' } },
      { name: operations.accounting.AbortReservation.name, options: undefined },
      { name: operations.accounting.FinalizeReservation.name, options: undefined },
    ]);
  });
});
