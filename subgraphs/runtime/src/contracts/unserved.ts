import type { ServiceOperation } from './operations';

/**
 * Operations a caller already sends whose owner does not serve them yet, so codegen cannot
 * validate them against the owner's schema. Each is typed by hand here, once; move it to
 * `operations/<owner>.graphql` in the change that makes the owner serve it (and delete it
 * here), which puts it under codegen's check like every other operation.
 */
export const unservedOperations = {
  /**
   * accounting's reaper asks chat which of these reservations chat still means to settle
   * (chat-money serves it; until then every call fails and the reaper defers its pass).
   */
  SettlementPending: Object.freeze({
    owner: 'chat',
    name: 'SettlementPending',
    document:
      'query SettlementPending($reservationIds: [ID!]!) { settlementPending(reservationIds: $reservationIds) }',
  }) as ServiceOperation<{ settlementPending: string[] }, { reservationIds: readonly string[] }>,
} as const;
