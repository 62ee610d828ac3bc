/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Input for extendReservation (chat service only). */
export type ExtendReservationInput = {
  /** More prompt tokens to cover, at the reservation's frozen input price. */
  additionalInputTokens: number;
  /**
   * An exact amount to add as well, in micro-credits as a decimal string of a whole number (a
   * custom tool call's fixed price; no x 1.2 buffer). Omitted: none.
   */
  additionalMicroCredits?: string | null | undefined;
  /** More generated tokens to cover, at the reservation's frozen output price. */
  additionalOutputTokens: number;
  /** When given, moves the deadline to this many seconds from now (same limit as reserveCredits). */
  expiresInSeconds?: number | null | undefined;
  /** The active reservation to extend. */
  reservationId: string | number;
};

/** Input for reserveCredits (chat service only). */
export type ReserveCreditsInput = {
  /**
   * Makes the reserve idempotent (chat passes the assistant message id): a retry with the same key
   * returns the reservation the first call made, never a second one.
   */
  clientKey: string | number;
  /** Estimated prompt tokens. */
  estimatedInputTokens: number;
  /**
   * Seconds from now until the reservation's deadline (`expiresAt`), 1 to the accounting limit
   * (`ACCOUNTING_MAX_RESERVATION_SECONDS`).
   */
  expiresInSeconds: number;
  /** The most tokens the model may generate. */
  maxOutputTokens: number;
  /** The Bedrock model id. */
  modelId: string | number;
  /** The chat session the stream belongs to. */
  sessionId: string | number;
  /** The person who pays. */
  userId: string | number;
};

/**
 * A model call a service made for the school itself, such as monitoring's safety judge: charged to
 * the school, never to a student's credits (service only).
 */
export type ServiceUsageInput = {
  /** The caller's idempotency key: a retry with the same key records nothing new. */
  clientKey: string | number;
  /** Prompt tokens Bedrock reported. */
  inputTokens: number;
  /** The Bedrock model called; it must have a price. */
  modelId: string | number;
  /** The person whose text the call was about, if any (not charged). */
  onBehalfOf?: string | number | null | undefined;
  /** Generated tokens Bedrock reported. */
  outputTokens: number;
  /** What the call was for, such as `safety-judge`. */
  purpose: string;
};

/** Token counts Bedrock reported for a stream. */
export type TokenUsageInput = {
  /** Prompt tokens. */
  inputTokens: number;
  /** Generated tokens. */
  outputTokens: number;
  /**
   * The fixed prices of the custom tool calls the answer made, in micro-credits as a decimal
   * string of a whole number, charged with the tokens from the same reservation. Omitted: none.
   */
  toolMicroCredits?: string | null | undefined;
};

export type ReservationFiguresFragment = { id: string, charged: { microCredits: string }, availableAfter: { microCredits: string } };

export type ReservationTermsFragment = { id: string, reserved: { microCredits: string }, inputPricePerMillionTokens: { microCredits: string }, outputPricePerMillionTokens: { microCredits: string } };

export type ReserveCreditsMutationVariables = Exact<{
  input: ReserveCreditsInput;
}>;


export type ReserveCreditsMutation = { reserveCredits: { id: string, reserved: { microCredits: string }, inputPricePerMillionTokens: { microCredits: string }, outputPricePerMillionTokens: { microCredits: string } } };

export type ExtendReservationMutationVariables = Exact<{
  input: ExtendReservationInput;
}>;


export type ExtendReservationMutation = { extendReservation: { id: string, reserved: { microCredits: string }, inputPricePerMillionTokens: { microCredits: string }, outputPricePerMillionTokens: { microCredits: string } } };

export type FinalizeReservationMutationVariables = Exact<{
  id: string | number;
  usage: TokenUsageInput;
}>;


export type FinalizeReservationMutation = { finalizeReservation: { id: string, charged: { microCredits: string }, availableAfter: { microCredits: string } } };

export type AbortReservationMutationVariables = Exact<{
  id: string | number;
  usage: TokenUsageInput;
}>;


export type AbortReservationMutation = { abortReservation: { id: string, charged: { microCredits: string }, availableAfter: { microCredits: string } } };

export type IsKnownModelQueryVariables = Exact<{
  modelId: string | number;
}>;


export type IsKnownModelQuery = { isKnownModel: boolean };

export type ReservationQuoteQueryVariables = Exact<{
  userId: string | number;
  modelId: string | number;
  estimatedInputTokens: number;
  maxOutputTokens: number;
}>;


export type ReservationQuoteQuery = { reservationQuote: { amount: { microCredits: string }, available: { microCredits: string } } };

export type RecordServiceUsageMutationVariables = Exact<{
  input: ServiceUsageInput;
}>;


export type RecordServiceUsageMutation = { recordServiceUsage: { id: string, cost: { microCredits: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReservationFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReservationFigures on CreditReservation {
  id
  charged {
    microCredits
  }
  availableAfter {
    microCredits
  }
}
    `, {"fragmentName":"ReservationFigures"}) as unknown as TypedDocumentString<ReservationFiguresFragment, unknown>;
export const ReservationTermsFragmentDoc = new TypedDocumentString(`
    fragment ReservationTerms on CreditReservation {
  id
  reserved {
    microCredits
  }
  inputPricePerMillionTokens {
    microCredits
  }
  outputPricePerMillionTokens {
    microCredits
  }
}
    `, {"fragmentName":"ReservationTerms"}) as unknown as TypedDocumentString<ReservationTermsFragment, unknown>;
export const ReserveCreditsDocument = new TypedDocumentString(`
    mutation ReserveCredits($input: ReserveCreditsInput!) {
  reserveCredits(input: $input) {
    ...ReservationTerms
  }
}
    fragment ReservationTerms on CreditReservation {
  id
  reserved {
    microCredits
  }
  inputPricePerMillionTokens {
    microCredits
  }
  outputPricePerMillionTokens {
    microCredits
  }
}`) as unknown as TypedDocumentString<ReserveCreditsMutation, ReserveCreditsMutationVariables>;
export const ExtendReservationDocument = new TypedDocumentString(`
    mutation ExtendReservation($input: ExtendReservationInput!) {
  extendReservation(input: $input) {
    ...ReservationTerms
  }
}
    fragment ReservationTerms on CreditReservation {
  id
  reserved {
    microCredits
  }
  inputPricePerMillionTokens {
    microCredits
  }
  outputPricePerMillionTokens {
    microCredits
  }
}`) as unknown as TypedDocumentString<ExtendReservationMutation, ExtendReservationMutationVariables>;
export const FinalizeReservationDocument = new TypedDocumentString(`
    mutation FinalizeReservation($id: ID!, $usage: TokenUsageInput!) {
  finalizeReservation(id: $id, usage: $usage) {
    ...ReservationFigures
  }
}
    fragment ReservationFigures on CreditReservation {
  id
  charged {
    microCredits
  }
  availableAfter {
    microCredits
  }
}`) as unknown as TypedDocumentString<FinalizeReservationMutation, FinalizeReservationMutationVariables>;
export const AbortReservationDocument = new TypedDocumentString(`
    mutation AbortReservation($id: ID!, $usage: TokenUsageInput!) {
  abortReservation(id: $id, usage: $usage) {
    ...ReservationFigures
  }
}
    fragment ReservationFigures on CreditReservation {
  id
  charged {
    microCredits
  }
  availableAfter {
    microCredits
  }
}`) as unknown as TypedDocumentString<AbortReservationMutation, AbortReservationMutationVariables>;
export const IsKnownModelDocument = new TypedDocumentString(`
    query IsKnownModel($modelId: ID!) {
  isKnownModel(modelId: $modelId)
}
    `) as unknown as TypedDocumentString<IsKnownModelQuery, IsKnownModelQueryVariables>;
export const ReservationQuoteDocument = new TypedDocumentString(`
    query ReservationQuote($userId: ID!, $modelId: ID!, $estimatedInputTokens: Int!, $maxOutputTokens: Int!) {
  reservationQuote(
    userId: $userId
    modelId: $modelId
    estimatedInputTokens: $estimatedInputTokens
    maxOutputTokens: $maxOutputTokens
  ) {
    amount {
      microCredits
    }
    available {
      microCredits
    }
  }
}
    `) as unknown as TypedDocumentString<ReservationQuoteQuery, ReservationQuoteQueryVariables>;
export const RecordServiceUsageDocument = new TypedDocumentString(`
    mutation RecordServiceUsage($input: ServiceUsageInput!) {
  recordServiceUsage(input: $input) {
    id
    cost {
      microCredits
    }
  }
}
    `) as unknown as TypedDocumentString<RecordServiceUsageMutation, RecordServiceUsageMutationVariables>;