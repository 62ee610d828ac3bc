// GraphQL documents the accounting tests and the benchmark send, written once.

const amount = '{ credits microCredits }';

/** Fields of a reservation the tests compare. */
export const RESERVATION_FIELDS = `id status userId reserved ${amount} charged ${amount} shortfall ${amount}
  availableAfter ${amount} inputPricePerMillionTokens ${amount} outputPricePerMillionTokens ${amount}
  inputTokens outputTokens expiresAt settledAt expiredReason`;

/** `reserveCredits` as chat sends it. */
export const RESERVE = `mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { ${RESERVATION_FIELDS} } }`;
/** `extendReservation` as chat sends it. */
export const EXTEND = `mutation($input: ExtendReservationInput!) { extendReservation(input: $input) { ${RESERVATION_FIELDS} } }`;
/** `finalizeReservation` as chat sends it. */
export const FINALIZE = `mutation($id: ID!, $usage: TokenUsageInput!) { finalizeReservation(id: $id, usage: $usage) { ${RESERVATION_FIELDS} } }`;
/** `abortReservation` as chat sends it. */
export const ABORT = `mutation($id: ID!, $usage: TokenUsageInput!) { abortReservation(id: $id, usage: $usage) { ${RESERVATION_FIELDS} } }`;
/** One reservation. */
export const RESERVATION = `query($id: ID!) { creditReservation(id: $id) { ${RESERVATION_FIELDS} } }`;

/** A grant as an admin makes it. */
export const ALLOCATE = `mutation($userId: ID!, $amount: Float!, $expiresAt: DateTime, $note: String) {
  allocateCredits(userId: $userId, amount: $amount, expiresAt: $expiresAt, note: $note) {
    id amount ${amount} remaining ${amount} expiresAt source user { id } grantedBy { id } note
  }
}`;

/** A balance read through the subgraph's entity resolver, as the gateway would ask it. */
export const BALANCE_ENTITY = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on User { id credits { available ${amount} reserved ${amount} granted ${amount} spent ${amount}
    expired ${amount} nextExpiry { at amount ${amount} } activeStreams } }
} }`;

/** The balance fields of {@link BALANCE_ENTITY}, as exact micro-credit strings. */
export interface BalanceView {
  available: { microCredits: string };
  reserved: { microCredits: string };
  granted: { microCredits: string };
  spent: { microCredits: string };
  expired: { microCredits: string };
  nextExpiry: { at: string; amount: { microCredits: string } } | null;
  activeStreams: number;
}

/** A reservation as the tests read it. */
export interface ReservationView {
  id: string;
  status: string;
  userId: string;
  reserved: { credits: number; microCredits: string };
  charged: { credits: number; microCredits: string };
  shortfall: { credits: number; microCredits: string };
  availableAfter: { credits: number; microCredits: string };
  inputPricePerMillionTokens: { credits: number; microCredits: string };
  outputPricePerMillionTokens: { credits: number; microCredits: string };
  expiresAt: string;
  inputTokens: number | null;
  outputTokens: number | null;
  settledAt: string | null;
  expiredReason: string | null;
}

/** `granted = available + reserved + spent + expired`, in exact integers. */
export function balanceHolds(b: BalanceView): boolean {
  const n = (v: { microCredits: string }) => BigInt(v.microCredits);
  return (
    n(b.granted) === n(b.available) + n(b.reserved) + n(b.spent) + n(b.expired) &&
    n(b.available) >= 0n &&
    n(b.reserved) >= 0n
  );
}
