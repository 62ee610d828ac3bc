import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UserRef, Balance, ExpiryModel, GrantRow, BudgetRow, AllowanceRow, PriceRow, ReservationRow, ReservationQuoteModel, ExternalUsageRow, LedgerRow, UsageReportModel, UsageRowModel, ClassRef, StreamingDayModel, ServiceUsageRecordModel, ServiceUsageRowModel } from '../mappers';
import { AccountingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC (for example 2026-11-29T13:51:00.000Z). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** How often an allowance is granted. */
export type AllowancePeriod =
  /** Every day. */
  | 'DAILY'
  /** Every calendar month. */
  | 'MONTHLY'
  /** Every seven days. */
  | 'WEEKLY';

/** A class of the school (owned by the monitoring subgraph); accounting reports usage per class. */
export type Class = {
  __typename?: 'Class';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
};

/** A recurring grant of credits to one person, or to every student of a class. */
export type CreditAllowance = {
  __typename?: 'CreditAllowance';
  /** Whether the allowance still runs. */
  active: Scalars['Boolean']['output'];
  /** How much is granted each period. */
  amount: CreditAmount;
  /** The class whose students (as enrolled at each run) receive the credits; null for a personal allowance. */
  classId: Maybe<Scalars['ID']['output']>;
  /** The admin who set it up. */
  createdBy: User;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the last grant was made; null if none yet. */
  lastRunAt: Maybe<Scalars['DateTime']['output']>;
  /** When the next grant is due. */
  nextRunAt: Scalars['DateTime']['output'];
  /** How often. */
  period: AllowancePeriod;
  /** When false, each period's credits expire when the next period starts; when true they never expire. */
  rollover: Scalars['Boolean']['output'];
  /** Who receives the credits; null for a class allowance. */
  user: Maybe<User>;
};

/** A page of allowances, newest first. */
export type CreditAllowanceConnection = {
  __typename?: 'CreditAllowanceConnection';
  /** The allowances on this page. */
  edges: Array<CreditAllowanceEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One allowance in a page. */
export type CreditAllowanceEdge = {
  __typename?: 'CreditAllowanceEdge';
  /** Pass as `after` to continue after this allowance. */
  cursor: Scalars['String']['output'];
  /** The allowance. */
  node: CreditAllowance;
};

/** Input for a recurring allowance: give exactly one of userId and classId. */
export type CreditAllowanceInput = {
  /** Credits per period (at most 6 decimal places). */
  amount: Scalars['Float']['input'];
  /** A class: every student enrolled at the time of each run receives the credits. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** How often. */
  period: AllowancePeriod;
  /** Whether unused credits carry over (true) or expire when the next period starts (false). */
  rollover: Scalars['Boolean']['input'];
  /** When the first grant is made; now when omitted. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** One person who receives the credits. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * An amount of credits, the one money type of this API. Amounts are stored and summed exactly
 * as integer micro-credits (1 credit = 1,000,000 micro-credits); `microCredits` is that exact
 * value, `credits` the nearest floating-point number to it, for display only.
 */
export type CreditAmount = {
  __typename?: 'CreditAmount';
  /** The amount in credits, for display: the nearest double to the exact value. */
  credits: Scalars['Float']['output'];
  /** The exact amount as an integer number of micro-credits, written as a decimal string. */
  microCredits: Scalars['String']['output'];
};

/** A person's credits at this moment. Always: granted = available + reserved + spent + expired. */
export type CreditBalance = {
  __typename?: 'CreditBalance';
  /** Streams running right now for this person. */
  activeStreams: Scalars['Int']['output'];
  /** Credits that can be spent now: unexpired grants minus what running streams have reserved. */
  available: CreditAmount;
  /** Credits that expired unused. */
  expired: CreditAmount;
  /** Everything ever granted to this person. */
  granted: CreditAmount;
  /** The soonest expiry of spendable credits; null when nothing spendable expires. */
  nextExpiry: Maybe<CreditExpiry>;
  /** Credits set aside for streams that are still running. */
  reserved: CreditAmount;
  /** Everything charged for usage. */
  spent: CreditAmount;
};

/** Spendable credits that expire together. */
export type CreditExpiry = {
  __typename?: 'CreditExpiry';
  /** How many credits expire then. */
  amount: CreditAmount;
  /** When they expire. */
  at: Scalars['DateTime']['output'];
};

/** Credits given to one person. */
export type CreditGrant = {
  __typename?: 'CreditGrant';
  /** How much was granted. */
  amount: CreditAmount;
  /** When the credits were granted. */
  createdAt: Scalars['DateTime']['output'];
  /** When the unspent rest stops being spendable; null for never. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Who granted them; null for the allowance scheduler. */
  grantedBy: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The granter's note. */
  note: Maybe<Scalars['String']['output']>;
  /** How much of it is neither reserved nor spent. */
  remaining: CreditAmount;
  /** Where the credits came from. */
  source: GrantSource;
  /** Who received the credits. */
  user: User;
};

/** A page of grants, newest first. */
export type CreditGrantConnection = {
  __typename?: 'CreditGrantConnection';
  /** The grants on this page. */
  edges: Array<CreditGrantEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One grant in a page. */
export type CreditGrantEdge = {
  __typename?: 'CreditGrantEdge';
  /** Pass as `after` to continue after this grant. */
  cursor: Scalars['String']['output'];
  /** The grant. */
  node: CreditGrant;
};

/** Credits set aside for one streamed answer, and how they were settled. */
export type CreditReservation = {
  __typename?: 'CreditReservation';
  /** The person's available credits right after the last change to this reservation. */
  availableAfter: CreditAmount;
  /** What was charged (zero until settled); never more than `reserved` when the caller keeps within it. */
  charged: CreditAmount;
  /** When the credits were reserved. */
  createdAt: Scalars['DateTime']['output'];
  /** Why the reaper expired it; null unless it did. */
  expiredReason: Maybe<Scalars['String']['output']>;
  /**
   * The deadline the streaming service asked for: an active reservation past it (plus the reaper's
   * grace) is released unless the streaming service says its settlement is still pending.
   */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * The price per million input tokens, frozen when the credits were reserved; settlement and
   * extensions use it, never a later price.
   */
  inputPricePerMillionTokens: CreditAmount;
  /** Tokens read, once settled. */
  inputTokens: Maybe<Scalars['Int']['output']>;
  /** The model the stream uses. */
  modelId: Scalars['ID']['output'];
  /** The price per million output tokens, frozen when the credits were reserved. */
  outputPricePerMillionTokens: CreditAmount;
  /** Tokens generated, once settled. */
  outputTokens: Maybe<Scalars['Int']['output']>;
  /** The REFUND grant that gave this stream's charge back; null while it was not refunded. */
  refund: Maybe<CreditGrant>;
  /** What is set aside: the estimated cost x 1.2, plus every extension (each its cost x 1.2). */
  reserved: CreditAmount;
  /** The chat session of the stream. */
  sessionId: Scalars['ID']['output'];
  /** When usage was charged; null until then. */
  settledAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * What the usage cost beyond what could be charged. Always zero while the streaming service keeps
   * each answer within its reservation (an invariant accounting checks and logs when broken).
   */
  shortfall: CreditAmount;
  /** Where the reservation stands. */
  status: ReservationStatus;
  /**
   * What the answer's custom tool calls cost (their fixed prices), charged with its tokens;
   * zero until settled and for answers without such calls.
   */
  toolCost: CreditAmount;
  /** The person who pays, to show their name (the same person as `userId`). */
  user: User;
  /** The person who pays. */
  userId: Scalars['ID']['output'];
};

/** A page of reservations, newest first. */
export type CreditReservationConnection = {
  __typename?: 'CreditReservationConnection';
  /** The reservations on this page. */
  edges: Array<CreditReservationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One reservation in a page. */
export type CreditReservationEdge = {
  __typename?: 'CreditReservationEdge';
  /** Pass as `after` to continue after this reservation. */
  cursor: Scalars['String']['output'];
  /** The reservation. */
  node: CreditReservation;
};

/** Narrows a list of reservations; every field is optional and they combine with AND. */
export type CreditReservationFilter = {
  /** Only reservations made at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only the reservations of this chat session. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reservations in this state. */
  status?: InputMaybe<ReservationStatus>;
  /** Only reservations made before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this person's reservations. Without it, admins list everyone's and others their own. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input for extendReservation (chat service only). */
export type ExtendReservationInput = {
  /** More prompt tokens to cover, at the reservation's frozen input price. */
  additionalInputTokens: Scalars['Int']['input'];
  /**
   * An exact amount to add as well, in micro-credits as a decimal string of a whole number (a
   * custom tool call's fixed price; no x 1.2 buffer). Omitted: none.
   */
  additionalMicroCredits?: InputMaybe<Scalars['String']['input']>;
  /** More generated tokens to cover, at the reservation's frozen output price. */
  additionalOutputTokens: Scalars['Int']['input'];
  /** When given, moves the deadline to this many seconds from now (same limit as reserveCredits). */
  expiresInSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The active reservation to extend. */
  reservationId: Scalars['ID']['input'];
};

/**
 * Usage an integration charged to a person's credits for something outside Aula (an API key with
 * `USAGE_WRITE`), such as a paid tool in a school's own platform.
 */
export type ExternalUsage = {
  __typename?: 'ExternalUsage';
  /** What was charged. */
  amount: CreditAmount;
  /** The API key it was recorded with; null when recorded by someone signed in. */
  apiKeyId: Maybe<Scalars['ID']['output']>;
  /** The person's available credits right after it was charged. */
  availableAfter: CreditAmount;
  /** The integration's idempotency key: recording again with it returns this usage. */
  clientKey: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** What the usage was, as the integration described it. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Who recorded it: the API key's owner (or the person signed in). */
  recordedBy: User;
  /** The REFUND grant an admin gave it back with; null while it stands. */
  reversal: Maybe<CreditGrant>;
  /** The person whose credits paid. */
  user: User;
};

/** Where a grant of credits came from. */
export type GrantSource =
  /** An admin or supervisor allocated the credits. */
  | 'ALLOCATION'
  /** A recurring allowance granted them. */
  | 'ALLOWANCE'
  /** An admin refunded a charged stream. */
  | 'REFUND';

/** A page of ledger entries, newest first. */
export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  /** The entries. */
  edges: Array<LedgerEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One ledger entry in a page. */
export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: LedgerEntry;
};

/** One movement of credits. Entries are never changed or removed. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** Who caused it, if a person did. */
  actor: Maybe<User>;
  /** How much moved. */
  amount: CreditAmount;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The grant the credits belong to. */
  grantId: Maybe<Scalars['ID']['output']>;
  /** Increasing identifier. */
  id: Scalars['ID']['output'];
  /** What moved. */
  kind: LedgerEntryKind;
  /** Why, in words. */
  note: Maybe<Scalars['String']['output']>;
  /** The reservation involved, if any. */
  reservationId: Maybe<Scalars['ID']['output']>;
};

/** What one ledger entry moved. */
export type LedgerEntryKind =
  /** Credits were charged for usage (to spent). */
  | 'CHARGE'
  /** Credits were granted (available grows). */
  | 'GRANT'
  /** Reserved credits went back to their grant (reserved to available, or to expired if the grant has expired). */
  | 'RELEASE'
  /** Credits were set aside for a stream (available to reserved). */
  | 'RESERVE';

/** The price of one model, in credits per 1,000 tokens. */
export type ModelPrice = {
  __typename?: 'ModelPrice';
  /** From when this price applies to new streams. */
  effectiveFrom: Scalars['DateTime']['output'];
  /** Credits per 1,000 input (prompt) tokens. */
  inputPer1k: CreditAmount;
  /** The Bedrock model id, such as anthropic.claude-3-haiku-20240307-v1:0. */
  modelId: Scalars['ID']['output'];
  /** Credits per 1,000 output (generated) tokens. */
  outputPer1k: CreditAmount;
  /** The admin who set it; null for the defaults shipped with Aula. */
  setBy: Maybe<User>;
};

/** A page of prices of one model, newest first. */
export type ModelPriceConnection = {
  __typename?: 'ModelPriceConnection';
  /** The prices of one model on this page. */
  edges: Array<ModelPriceEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One price in a page. */
export type ModelPriceEdge = {
  __typename?: 'ModelPriceEdge';
  /** Pass as `after` to continue after this price. */
  cursor: Scalars['String']['output'];
  /** The price. */
  node: ModelPrice;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Charges a stopped stream's partial usage and releases the rest; idempotent (chat service only). */
  abortReservation: CreditReservation;
  /** Adds to (positive) or takes from (negative) a supervisor's budget (admins). Never below zero. */
  adjustSupervisorBudget: SupervisorBudget;
  /**
   * Grants credits to a person. Admins may grant anyone; supervisors may grant their own students
   * from the budget an admin gave them.
   */
  allocateCredits: CreditGrant;
  /** As allocateCredits for several people at once: all succeed or none do. One grant per person, in the order given (at most 1,000 people). */
  allocateCreditsBulk: Array<CreditGrant>;
  /** Stops a recurring allowance; credits already granted stay (admins). */
  cancelCreditAllowance: CreditAllowance;
  /** Starts a recurring allowance for one person or a class (admins). */
  createCreditAllowance: CreditAllowance;
  /**
   * Sets aside (additional tokens x the frozen prices) x 1.2 more for an active reservation, under
   * the same lock and rules as reserveCredits (chat service only). INSUFFICIENT_CREDITS (same
   * extensions) and nothing changes when the person cannot cover it; CONFLICT when the reservation
   * is no longer active.
   */
  extendReservation: CreditReservation;
  /** Charges the stream's exact usage and releases the rest; a retry returns the same result (chat service only). */
  finalizeReservation: CreditReservation;
  /**
   * Charges a person's credits for usage outside Aula, at once and all or nothing, from the grants
   * that expire first (ledger CHARGE entries). Needs `USAGE_WRITE` on API keys; the key's owner
   * must supervise the person (admins: anyone). Idempotent by `clientKey`. INSUFFICIENT_CREDITS
   * (extensions `requiredMicroCredits`, `availableMicroCredits`) changes nothing.
   */
  recordExternalUsage: ExternalUsage;
  /**
   * Records a model call a service made for the school (monitoring's safety judge), priced now and
   * charged to the school; idempotent on `clientKey` (monitoring service only). BAD_USER_INPUT when
   * the model has no price.
   */
  recordServiceUsage: ServiceUsageRecord;
  /** Gives back what a settled stream was charged, as a REFUND grant; once per stream (admins). */
  refundReservation: CreditGrant;
  /**
   * Sets aside the estimated cost x 1.2 from the grants that expire first (chat service only).
   * INSUFFICIENT_CREDITS when the person cannot cover it; RATE_LIMITED when they already run the
   * most concurrent streams allowed.
   */
  reserveCredits: CreditReservation;
  /**
   * Gives back what an external usage charged as a REFUND grant (a GRANT entry in the ledger);
   * once per usage, CONFLICT after (admins, signed in).
   */
  reverseExternalUsage: ExternalUsage;
  /** Sets a model's price for new streams; earlier usage keeps the price it was charged at (admins). */
  setModelPrice: ModelPrice;
};


export type MutationAbortReservationArgs = {
  id: Scalars['ID']['input'];
  usage: TokenUsageInput;
};


export type MutationAdjustSupervisorBudgetArgs = {
  amount: Scalars['Float']['input'];
  supervisorId: Scalars['ID']['input'];
};


export type MutationAllocateCreditsArgs = {
  amount: Scalars['Float']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationAllocateCreditsBulkArgs = {
  amount: Scalars['Float']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationCancelCreditAllowanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCreditAllowanceArgs = {
  input: CreditAllowanceInput;
};


export type MutationExtendReservationArgs = {
  input: ExtendReservationInput;
};


export type MutationFinalizeReservationArgs = {
  id: Scalars['ID']['input'];
  usage: TokenUsageInput;
};


export type MutationRecordExternalUsageArgs = {
  input: RecordExternalUsageInput;
};


export type MutationRecordServiceUsageArgs = {
  input: ServiceUsageInput;
};


export type MutationRefundReservationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReserveCreditsArgs = {
  input: ReserveCreditsInput;
};


export type MutationReverseExternalUsageArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetModelPriceArgs = {
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  inputPer1k: Scalars['Float']['input'];
  modelId: Scalars['ID']['input'];
  outputPer1k: Scalars['Float']['input'];
};

/**
 * Where a page of a connection ends. Every list of this API that can grow is a Relay
 * connection, `XConnection { edges: [XEdge!]! pageInfo: PageInfo! }` with `XEdge { cursor
 * node }`, read forward with `first` (the page size) and `after` (the `endCursor` of the page
 * before). Cursors are opaque: pass them back unchanged. Money is always `CreditAmount`; every
 * error carries one `ErrorCode` in `extensions.code`.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page, to pass as `after`; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Whether items come before this page. Known when paging backwards (`last`/`before`, where a
   * list offers it); false when paging forwards.
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page, to pass as `before`; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Recurring allowances, optionally of one person (admins). */
  creditAllowances: CreditAllowanceConnection;
  /** A person's grants, newest first (the person, their supervisors, admins). */
  creditGrants: CreditGrantConnection;
  /** A person's ledger, newest first (the person, their supervisors, admins). */
  creditLedger: LedgerConnection;
  /** One reservation (the chat service, admins, or the person who pays). */
  creditReservation: Maybe<CreditReservation>;
  /**
   * Streams' reservations with what each was charged and whether it was refunded, newest first:
   * admins may list anyone's; others their own or, naming them in `filter.userId`, a student they
   * supervise.
   */
  creditReservations: CreditReservationConnection;
  /** One external usage (the person who paid, their supervisors, admins); null when there is none. */
  externalUsage: Maybe<ExternalUsage>;
  /** Whether a model has a price in force (content and chat services only). */
  isKnownModel: Scalars['Boolean']['output'];
  /** Every price a model ever had, newest first (admins). */
  modelPriceHistory: ModelPriceConnection;
  /** Current prices of every known model: one per model of the price list. Any signed-in person may read them. */
  modelPrices: Array<ModelPrice>;
  /**
   * What reserveCredits would set aside now for these tokens (estimate x 1.2 at the price in force,
   * by the same ledger function) and what the person has available, without reserving anything
   * (chat service only: estimateAnswerCost). BAD_USER_INPUT when the model has no price.
   */
  reservationQuote: ReservationQuote;
  /**
   * What the school's own model calls (such as the safety judge) cost, per service, purpose and
   * model, from the most expensive (admins). One row per service, purpose and model: the services'
   * purposes are fixed in code and the models are those of the price list, so the list stays short.
   */
  serviceUsage: Array<ServiceUsageRow>;
  /** Streams per UTC day with outcomes, for admins: one row per day with streams, and the range is at most 366 days (BAD_USER_INPUT beyond). */
  streamingAnalytics: Array<StreamingDay>;
  /** A supervisor's budget (that supervisor or admins); null when none was given. */
  supervisorBudget: Maybe<SupervisorBudget>;
  /** Every supervisor's budget, most recently changed first (admins). */
  supervisorBudgets: SupervisorBudgetConnection;
  /** Usage grouped as asked, with totals. */
  usage: UsageReport;
};


export type QueryCreditAllowancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCreditGrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryCreditLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryCreditReservationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCreditReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CreditReservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExternalUsageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIsKnownModelArgs = {
  modelId: Scalars['ID']['input'];
};


export type QueryModelPriceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modelId: Scalars['ID']['input'];
};


export type QueryReservationQuoteArgs = {
  estimatedInputTokens: Scalars['Int']['input'];
  maxOutputTokens: Scalars['Int']['input'];
  modelId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryServiceUsageArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryStreamingAnalyticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySupervisorBudgetArgs = {
  supervisorId: Scalars['ID']['input'];
};


export type QuerySupervisorBudgetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsageArgs = {
  filter: UsageFilter;
};

/** Input for recordExternalUsage: give exactly one of `amount` and `microCredits`. */
export type RecordExternalUsageInput = {
  /** Credits to charge, above 0 with at most 6 decimal places. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /**
   * The integration's idempotency key (1 to 200 characters), unique per key owner: a retry with the
   * same key returns the first result and charges nothing more; reusing it for another person or
   * amount is a CONFLICT.
   */
  clientKey: Scalars['String']['input'];
  /** What the usage was (1 to 500 characters); shown in the person's ledger. */
  description: Scalars['String']['input'];
  /** Micro-credits to charge, as a decimal string of a whole number above 0 (exact). */
  microCredits?: InputMaybe<Scalars['String']['input']>;
  /** The person whose credits pay: a student the key's owner supervises (any person for admins). */
  userId: Scalars['ID']['input'];
};

/** What a reservation would set aside now, and what the person could pay it from (chat service only). */
export type ReservationQuote = {
  __typename?: 'ReservationQuote';
  /** What reserveCredits would set aside: the estimated cost x 1.2 at the price in force now. */
  amount: CreditAmount;
  /** The person's available credits now. */
  available: CreditAmount;
};

/** Where one stream's reservation stands. */
export type ReservationStatus =
  /** Settled with the partial usage of a stopped or failed stream. */
  | 'ABORTED'
  /** The stream is running; its credits are set aside. */
  | 'ACTIVE'
  /** Released by the reaper because nobody settled it in time (a late settlement may still charge it). */
  | 'EXPIRED'
  /** Settled with the stream's real usage. */
  | 'FINALIZED';

/** Input for reserveCredits (chat service only). */
export type ReserveCreditsInput = {
  /**
   * Makes the reserve idempotent (chat passes the assistant message id): a retry with the same key
   * returns the reservation the first call made, never a second one.
   */
  clientKey: Scalars['ID']['input'];
  /** Estimated prompt tokens. */
  estimatedInputTokens: Scalars['Int']['input'];
  /**
   * Seconds from now until the reservation's deadline (`expiresAt`), 1 to the accounting limit
   * (`ACCOUNTING_MAX_RESERVATION_SECONDS`).
   */
  expiresInSeconds: Scalars['Int']['input'];
  /** The most tokens the model may generate. */
  maxOutputTokens: Scalars['Int']['input'];
  /** The Bedrock model id. */
  modelId: Scalars['ID']['input'];
  /** The chat session the stream belongs to. */
  sessionId: Scalars['ID']['input'];
  /** The person who pays. */
  userId: Scalars['ID']['input'];
};

/**
 * A model call a service made for the school itself, such as monitoring's safety judge: charged to
 * the school, never to a student's credits (service only).
 */
export type ServiceUsageInput = {
  /** The caller's idempotency key: a retry with the same key records nothing new. */
  clientKey: Scalars['ID']['input'];
  /** Prompt tokens Bedrock reported. */
  inputTokens: Scalars['Int']['input'];
  /** The Bedrock model called; it must have a price. */
  modelId: Scalars['ID']['input'];
  /** The person whose text the call was about, if any (not charged). */
  onBehalfOf?: InputMaybe<Scalars['ID']['input']>;
  /** Generated tokens Bedrock reported. */
  outputTokens: Scalars['Int']['input'];
  /** What the call was for, such as `safety-judge`. */
  purpose: Scalars['String']['input'];
};

/** One recorded service call and what it cost the school (service only). */
export type ServiceUsageRecord = {
  __typename?: 'ServiceUsageRecord';
  /** What it cost, at the model's price in force when it was recorded. */
  cost: CreditAmount;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};

/** What the school's own model calls cost, per service, purpose and model. */
export type ServiceUsageRow = {
  __typename?: 'ServiceUsageRow';
  /** How many calls. */
  calls: Scalars['Int']['output'];
  /** What they cost the school. */
  cost: CreditAmount;
  /** Prompt tokens in all. */
  inputTokens: Scalars['Int']['output'];
  /** The Bedrock model. */
  modelId: Scalars['ID']['output'];
  /** Generated tokens in all. */
  outputTokens: Scalars['Int']['output'];
  /** What they were for, such as `safety-judge`. */
  purpose: Scalars['String']['output'];
  /** The service that made the calls, such as `monitoring`. */
  service: Scalars['String']['output'];
};

/** Streaming on one UTC day. */
export type StreamingDay = {
  __typename?: 'StreamingDay';
  /** Streams stopped or failed. */
  aborted: Scalars['Int']['output'];
  /** aborted / settled streams (0 when none settled). */
  abortedShare: Scalars['Float']['output'];
  /** Streams still running. */
  active: Scalars['Int']['output'];
  /** Average credits charged per settled stream. */
  averageCharged: CreditAmount;
  /** Average credits reserved per stream. */
  averageReserved: CreditAmount;
  /** The UTC day (YYYY-MM-DD). */
  day: Scalars['String']['output'];
  /** Streams the reaper expired. */
  expired: Scalars['Int']['output'];
  /** Streams that ended normally. */
  finalized: Scalars['Int']['output'];
  /** Streams started. */
  streams: Scalars['Int']['output'];
};

/** The credits an admin lets a supervisor hand out to their own students. */
export type SupervisorBudget = {
  __typename?: 'SupervisorBudget';
  /** Everything admins have put into the budget, minus what they took back. */
  granted: CreditAmount;
  /** What the supervisor may still allocate. */
  remaining: CreditAmount;
  /** The supervisor. */
  supervisor: User;
  /** When the budget last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of supervisors' budgets, most recently changed first. */
export type SupervisorBudgetConnection = {
  __typename?: 'SupervisorBudgetConnection';
  /** The budgets on this page. */
  edges: Array<SupervisorBudgetEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One budget in a page. */
export type SupervisorBudgetEdge = {
  __typename?: 'SupervisorBudgetEdge';
  /** Pass as `after` to continue after this budget. */
  cursor: Scalars['String']['output'];
  /** The budget. */
  node: SupervisorBudget;
};

/** Token counts Bedrock reported for a stream. */
export type TokenUsageInput = {
  /** Prompt tokens. */
  inputTokens: Scalars['Int']['input'];
  /** Generated tokens. */
  outputTokens: Scalars['Int']['input'];
  /**
   * The fixed prices of the custom tool calls the answer made, in micro-credits as a decimal
   * string of a whole number, charged with the tokens from the same reservation. Omitted: none.
   */
  toolMicroCredits?: InputMaybe<Scalars['String']['input']>;
};

/** What to group usage by. */
export type UsageDimension =
  /**
   * Per class: one row per class the caller may report on (admins every class, archived ones
   * included; supervisors the classes they supervise now). Each class counts its students' usage
   * only inside the caller's supervision window in that class, as `UsageFilter.classId` defines
   * it, so a student in two classes counts in both. Students may not group by class.
   */
  | 'CLASS'
  /** Per UTC day. */
  | 'DAY'
  /** Per model. */
  | 'MODEL'
  /** Per person. */
  | 'USER';

/** Which usage to report. */
export type UsageFilter = {
  /** Only the students currently enrolled in this class (the class's supervisors and admins), and only their usage inside the caller's supervision window in it: from the later of enrolment and the caller's assignment until the class was archived. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** How to group the rows; no grouping gives one row per report. */
  groupBy?: InputMaybe<Array<UsageDimension>>;
  /** Only this model. */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this person. Students may only ask for themselves; supervisors must name one of their students. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Usage rows and their totals. */
export type UsageReport = {
  __typename?: 'UsageReport';
  /**
   * One row per group that has usage, ordered by its group: by day, then model, then class, then
   * person, each ascending (ids compare as text). The order does not change between pages, and
   * usage recorded meanwhile never moves a group already read to a later page.
   */
  rows: UsageRowConnection;
  /**
   * All usage the filter selects, each record counted once: the sum of the rows, except when
   * grouped by CLASS, where a student in two classes counts in both rows but once here.
   */
  totals: UsageRow;
};


/** Usage rows and their totals. */
export type UsageReportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Usage of one group. */
export type UsageRow = {
  __typename?: 'UsageRow';
  /** Credits charged. */
  charged: CreditAmount;
  /** The class, when grouped by CLASS. */
  class: Maybe<Class>;
  /** The UTC day (YYYY-MM-DD), when grouped by DAY. */
  day: Maybe<Scalars['String']['output']>;
  /** Prompt tokens. */
  inputTokens: Scalars['Int']['output'];
  /** The model, when grouped by MODEL. */
  modelId: Maybe<Scalars['ID']['output']>;
  /** Generated tokens. */
  outputTokens: Scalars['Int']['output'];
  /** Usage that could not be charged. */
  shortfall: CreditAmount;
  /** Settled streams. */
  streams: Scalars['Int']['output'];
  /** The person, when grouped by USER. */
  user: Maybe<User>;
};

/** A page of usage rows, in group order. */
export type UsageRowConnection = {
  __typename?: 'UsageRowConnection';
  /** The rows on this page with their cursors. */
  edges: Array<UsageRowEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One usage row with its cursor. */
export type UsageRowEdge = {
  __typename?: 'UsageRowEdge';
  /** Pass as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The usage of one group. */
  node: UsageRow;
};

/** A person who uses Aula (owned by the auth subgraph). Accounting adds their credit balance. */
export type User = {
  __typename?: 'User';
  /** This person's credits. Readable by the person, their supervisors and admins. */
  credits: CreditBalance;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AllowancePeriod: AllowancePeriod;
  Class: ResolverTypeWrapper<ClassRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreditAllowance: ResolverTypeWrapper<AllowanceRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreditAllowanceConnection: ResolverTypeWrapper<Omit<CreditAllowanceConnection, 'edges'> & { edges: Array<ResolversTypes['CreditAllowanceEdge']> }>;
  CreditAllowanceEdge: ResolverTypeWrapper<Omit<CreditAllowanceEdge, 'node'> & { node: ResolversTypes['CreditAllowance'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreditAllowanceInput: CreditAllowanceInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreditAmount: ResolverTypeWrapper<CreditAmount>;
  CreditBalance: ResolverTypeWrapper<Balance>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreditExpiry: ResolverTypeWrapper<ExpiryModel>;
  CreditGrant: ResolverTypeWrapper<GrantRow>;
  CreditGrantConnection: ResolverTypeWrapper<Omit<CreditGrantConnection, 'edges'> & { edges: Array<ResolversTypes['CreditGrantEdge']> }>;
  CreditGrantEdge: ResolverTypeWrapper<Omit<CreditGrantEdge, 'node'> & { node: ResolversTypes['CreditGrant'] }>;
  CreditReservation: ResolverTypeWrapper<ReservationRow>;
  CreditReservationConnection: ResolverTypeWrapper<Omit<CreditReservationConnection, 'edges'> & { edges: Array<ResolversTypes['CreditReservationEdge']> }>;
  CreditReservationEdge: ResolverTypeWrapper<Omit<CreditReservationEdge, 'node'> & { node: ResolversTypes['CreditReservation'] }>;
  CreditReservationFilter: CreditReservationFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExtendReservationInput: ExtendReservationInput;
  ExternalUsage: ResolverTypeWrapper<ExternalUsageRow>;
  GrantSource: GrantSource;
  LedgerConnection: ResolverTypeWrapper<Omit<LedgerConnection, 'edges'> & { edges: Array<ResolversTypes['LedgerEdge']> }>;
  LedgerEdge: ResolverTypeWrapper<Omit<LedgerEdge, 'node'> & { node: ResolversTypes['LedgerEntry'] }>;
  LedgerEntry: ResolverTypeWrapper<LedgerRow>;
  LedgerEntryKind: LedgerEntryKind;
  ModelPrice: ResolverTypeWrapper<PriceRow>;
  ModelPriceConnection: ResolverTypeWrapper<Omit<ModelPriceConnection, 'edges'> & { edges: Array<ResolversTypes['ModelPriceEdge']> }>;
  ModelPriceEdge: ResolverTypeWrapper<Omit<ModelPriceEdge, 'node'> & { node: ResolversTypes['ModelPrice'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordExternalUsageInput: RecordExternalUsageInput;
  ReservationQuote: ResolverTypeWrapper<ReservationQuoteModel>;
  ReservationStatus: ReservationStatus;
  ReserveCreditsInput: ReserveCreditsInput;
  ServiceUsageInput: ServiceUsageInput;
  ServiceUsageRecord: ResolverTypeWrapper<ServiceUsageRecordModel>;
  ServiceUsageRow: ResolverTypeWrapper<ServiceUsageRowModel>;
  StreamingDay: ResolverTypeWrapper<StreamingDayModel>;
  SupervisorBudget: ResolverTypeWrapper<BudgetRow>;
  SupervisorBudgetConnection: ResolverTypeWrapper<Omit<SupervisorBudgetConnection, 'edges'> & { edges: Array<ResolversTypes['SupervisorBudgetEdge']> }>;
  SupervisorBudgetEdge: ResolverTypeWrapper<Omit<SupervisorBudgetEdge, 'node'> & { node: ResolversTypes['SupervisorBudget'] }>;
  TokenUsageInput: TokenUsageInput;
  UsageDimension: UsageDimension;
  UsageFilter: UsageFilter;
  UsageReport: ResolverTypeWrapper<UsageReportModel>;
  UsageRow: ResolverTypeWrapper<UsageRowModel>;
  UsageRowConnection: ResolverTypeWrapper<Omit<UsageRowConnection, 'edges'> & { edges: Array<ResolversTypes['UsageRowEdge']> }>;
  UsageRowEdge: ResolverTypeWrapper<Omit<UsageRowEdge, 'node'> & { node: ResolversTypes['UsageRow'] }>;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Class: ClassRef;
  ID: Scalars['ID']['output'];
  CreditAllowance: AllowanceRow;
  Boolean: Scalars['Boolean']['output'];
  CreditAllowanceConnection: Omit<CreditAllowanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditAllowanceEdge']> };
  CreditAllowanceEdge: Omit<CreditAllowanceEdge, 'node'> & { node: ResolversParentTypes['CreditAllowance'] };
  String: Scalars['String']['output'];
  CreditAllowanceInput: CreditAllowanceInput;
  Float: Scalars['Float']['output'];
  CreditAmount: CreditAmount;
  CreditBalance: Balance;
  Int: Scalars['Int']['output'];
  CreditExpiry: ExpiryModel;
  CreditGrant: GrantRow;
  CreditGrantConnection: Omit<CreditGrantConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditGrantEdge']> };
  CreditGrantEdge: Omit<CreditGrantEdge, 'node'> & { node: ResolversParentTypes['CreditGrant'] };
  CreditReservation: ReservationRow;
  CreditReservationConnection: Omit<CreditReservationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditReservationEdge']> };
  CreditReservationEdge: Omit<CreditReservationEdge, 'node'> & { node: ResolversParentTypes['CreditReservation'] };
  CreditReservationFilter: CreditReservationFilter;
  DateTime: Scalars['DateTime']['output'];
  ExtendReservationInput: ExtendReservationInput;
  ExternalUsage: ExternalUsageRow;
  LedgerConnection: Omit<LedgerConnection, 'edges'> & { edges: Array<ResolversParentTypes['LedgerEdge']> };
  LedgerEdge: Omit<LedgerEdge, 'node'> & { node: ResolversParentTypes['LedgerEntry'] };
  LedgerEntry: LedgerRow;
  ModelPrice: PriceRow;
  ModelPriceConnection: Omit<ModelPriceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ModelPriceEdge']> };
  ModelPriceEdge: Omit<ModelPriceEdge, 'node'> & { node: ResolversParentTypes['ModelPrice'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordExternalUsageInput: RecordExternalUsageInput;
  ReservationQuote: ReservationQuoteModel;
  ReserveCreditsInput: ReserveCreditsInput;
  ServiceUsageInput: ServiceUsageInput;
  ServiceUsageRecord: ServiceUsageRecordModel;
  ServiceUsageRow: ServiceUsageRowModel;
  StreamingDay: StreamingDayModel;
  SupervisorBudget: BudgetRow;
  SupervisorBudgetConnection: Omit<SupervisorBudgetConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupervisorBudgetEdge']> };
  SupervisorBudgetEdge: Omit<SupervisorBudgetEdge, 'node'> & { node: ResolversParentTypes['SupervisorBudget'] };
  TokenUsageInput: TokenUsageInput;
  UsageFilter: UsageFilter;
  UsageReport: UsageReportModel;
  UsageRow: UsageRowModel;
  UsageRowConnection: Omit<UsageRowConnection, 'edges'> & { edges: Array<ResolversParentTypes['UsageRowEdge']> };
  UsageRowEdge: Omit<UsageRowEdge, 'node'> & { node: ResolversParentTypes['UsageRow'] };
  User: UserRef;
}>;

export type ClassResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Class'] = ResolversParentTypes['Class']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreditAllowanceResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditAllowance'] = ResolversParentTypes['CreditAllowance']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  classId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextRunAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['AllowancePeriod'], ParentType, ContextType>;
  rollover?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type CreditAllowanceConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditAllowanceConnection'] = ResolversParentTypes['CreditAllowanceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditAllowanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CreditAllowanceEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditAllowanceEdge'] = ResolversParentTypes['CreditAllowanceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditAllowance'], ParentType, ContextType>;
}>;

export type CreditAmountResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditAmount'] = ResolversParentTypes['CreditAmount']> = ResolversObject<{
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  microCredits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreditBalanceResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditBalance'] = ResolversParentTypes['CreditBalance']> = ResolversObject<{
  activeStreams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  nextExpiry?: Resolver<Maybe<ResolversTypes['CreditExpiry']>, ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
}>;

export type CreditExpiryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditExpiry'] = ResolversParentTypes['CreditExpiry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CreditGrantResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditGrant'] = ResolversParentTypes['CreditGrant']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  grantedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['GrantSource'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CreditGrantConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditGrantConnection'] = ResolversParentTypes['CreditGrantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditGrantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CreditGrantEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditGrantEdge'] = ResolversParentTypes['CreditGrantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditGrant'], ParentType, ContextType>;
}>;

export type CreditReservationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditReservation'] = ResolversParentTypes['CreditReservation']> = ResolversObject<{
  availableAfter?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  charged?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiredReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputPricePerMillionTokens?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  inputTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outputPricePerMillionTokens?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  outputTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['CreditGrant']>, ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  toolCost?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreditReservationConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditReservationConnection'] = ResolversParentTypes['CreditReservationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditReservationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CreditReservationEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['CreditReservationEdge'] = ResolversParentTypes['CreditReservationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditReservation'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExternalUsageResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExternalUsage'] = ResolversParentTypes['ExternalUsage']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  apiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  availableAfter?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  clientKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  reversal?: Resolver<Maybe<ResolversTypes['CreditGrant']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type LedgerConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['LedgerConnection'] = ResolversParentTypes['LedgerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LedgerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LedgerEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['LedgerEdge'] = ResolversParentTypes['LedgerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerEntryKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ModelPriceResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ModelPrice'] = ResolversParentTypes['ModelPrice']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  inputPer1k?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outputPer1k?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  setBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ModelPriceConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ModelPriceConnection'] = ResolversParentTypes['ModelPriceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModelPriceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ModelPriceEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ModelPriceEdge'] = ResolversParentTypes['ModelPriceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModelPrice'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  abortReservation?: Resolver<ResolversTypes['CreditReservation'], ParentType, ContextType, RequireFields<MutationAbortReservationArgs, 'id' | 'usage'>>;
  adjustSupervisorBudget?: Resolver<ResolversTypes['SupervisorBudget'], ParentType, ContextType, RequireFields<MutationAdjustSupervisorBudgetArgs, 'amount' | 'supervisorId'>>;
  allocateCredits?: Resolver<ResolversTypes['CreditGrant'], ParentType, ContextType, RequireFields<MutationAllocateCreditsArgs, 'amount' | 'userId'>>;
  allocateCreditsBulk?: Resolver<Array<ResolversTypes['CreditGrant']>, ParentType, ContextType, RequireFields<MutationAllocateCreditsBulkArgs, 'amount' | 'userIds'>>;
  cancelCreditAllowance?: Resolver<ResolversTypes['CreditAllowance'], ParentType, ContextType, RequireFields<MutationCancelCreditAllowanceArgs, 'id'>>;
  createCreditAllowance?: Resolver<ResolversTypes['CreditAllowance'], ParentType, ContextType, RequireFields<MutationCreateCreditAllowanceArgs, 'input'>>;
  extendReservation?: Resolver<ResolversTypes['CreditReservation'], ParentType, ContextType, RequireFields<MutationExtendReservationArgs, 'input'>>;
  finalizeReservation?: Resolver<ResolversTypes['CreditReservation'], ParentType, ContextType, RequireFields<MutationFinalizeReservationArgs, 'id' | 'usage'>>;
  recordExternalUsage?: Resolver<ResolversTypes['ExternalUsage'], ParentType, ContextType, RequireFields<MutationRecordExternalUsageArgs, 'input'>>;
  recordServiceUsage?: Resolver<ResolversTypes['ServiceUsageRecord'], ParentType, ContextType, RequireFields<MutationRecordServiceUsageArgs, 'input'>>;
  refundReservation?: Resolver<ResolversTypes['CreditGrant'], ParentType, ContextType, RequireFields<MutationRefundReservationArgs, 'id'>>;
  reserveCredits?: Resolver<ResolversTypes['CreditReservation'], ParentType, ContextType, RequireFields<MutationReserveCreditsArgs, 'input'>>;
  reverseExternalUsage?: Resolver<ResolversTypes['ExternalUsage'], ParentType, ContextType, RequireFields<MutationReverseExternalUsageArgs, 'id'>>;
  setModelPrice?: Resolver<ResolversTypes['ModelPrice'], ParentType, ContextType, RequireFields<MutationSetModelPriceArgs, 'inputPer1k' | 'modelId' | 'outputPer1k'>>;
}>;

export type PageInfoResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  creditAllowances?: Resolver<ResolversTypes['CreditAllowanceConnection'], ParentType, ContextType, RequireFields<QueryCreditAllowancesArgs, 'first'>>;
  creditGrants?: Resolver<ResolversTypes['CreditGrantConnection'], ParentType, ContextType, RequireFields<QueryCreditGrantsArgs, 'first' | 'userId'>>;
  creditLedger?: Resolver<ResolversTypes['LedgerConnection'], ParentType, ContextType, RequireFields<QueryCreditLedgerArgs, 'first' | 'userId'>>;
  creditReservation?: Resolver<Maybe<ResolversTypes['CreditReservation']>, ParentType, ContextType, RequireFields<QueryCreditReservationArgs, 'id'>>;
  creditReservations?: Resolver<ResolversTypes['CreditReservationConnection'], ParentType, ContextType, RequireFields<QueryCreditReservationsArgs, 'first'>>;
  externalUsage?: Resolver<Maybe<ResolversTypes['ExternalUsage']>, ParentType, ContextType, RequireFields<QueryExternalUsageArgs, 'id'>>;
  isKnownModel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryIsKnownModelArgs, 'modelId'>>;
  modelPriceHistory?: Resolver<ResolversTypes['ModelPriceConnection'], ParentType, ContextType, RequireFields<QueryModelPriceHistoryArgs, 'first' | 'modelId'>>;
  modelPrices?: Resolver<Array<ResolversTypes['ModelPrice']>, ParentType, ContextType>;
  reservationQuote?: Resolver<ResolversTypes['ReservationQuote'], ParentType, ContextType, RequireFields<QueryReservationQuoteArgs, 'estimatedInputTokens' | 'maxOutputTokens' | 'modelId' | 'userId'>>;
  serviceUsage?: Resolver<Array<ResolversTypes['ServiceUsageRow']>, ParentType, ContextType, Partial<QueryServiceUsageArgs>>;
  streamingAnalytics?: Resolver<Array<ResolversTypes['StreamingDay']>, ParentType, ContextType, RequireFields<QueryStreamingAnalyticsArgs, 'from' | 'to'>>;
  supervisorBudget?: Resolver<Maybe<ResolversTypes['SupervisorBudget']>, ParentType, ContextType, RequireFields<QuerySupervisorBudgetArgs, 'supervisorId'>>;
  supervisorBudgets?: Resolver<ResolversTypes['SupervisorBudgetConnection'], ParentType, ContextType, RequireFields<QuerySupervisorBudgetsArgs, 'first'>>;
  usage?: Resolver<ResolversTypes['UsageReport'], ParentType, ContextType, RequireFields<QueryUsageArgs, 'filter'>>;
}>;

export type ReservationQuoteResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ReservationQuote'] = ResolversParentTypes['ReservationQuote']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
}>;

export type ServiceUsageRecordResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ServiceUsageRecord'] = ResolversParentTypes['ServiceUsageRecord']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceUsageRowResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ServiceUsageRow'] = ResolversParentTypes['ServiceUsageRow']> = ResolversObject<{
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StreamingDayResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['StreamingDay'] = ResolversParentTypes['StreamingDay']> = ResolversObject<{
  aborted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  abortedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageCharged?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  averageReserved?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finalized?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupervisorBudgetResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['SupervisorBudget'] = ResolversParentTypes['SupervisorBudget']> = ResolversObject<{
  granted?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  supervisor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SupervisorBudgetConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['SupervisorBudgetConnection'] = ResolversParentTypes['SupervisorBudgetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupervisorBudgetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SupervisorBudgetEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['SupervisorBudgetEdge'] = ResolversParentTypes['SupervisorBudgetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupervisorBudget'], ParentType, ContextType>;
}>;

export type UsageReportResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['UsageReport'] = ResolversParentTypes['UsageReport']> = ResolversObject<{
  rows?: Resolver<ResolversTypes['UsageRowConnection'], ParentType, ContextType, RequireFields<UsageReportRowsArgs, 'first'>>;
  totals?: Resolver<ResolversTypes['UsageRow'], ParentType, ContextType>;
}>;

export type UsageRowResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['UsageRow'] = ResolversParentTypes['UsageRow']> = ResolversObject<{
  charged?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  streams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type UsageRowConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['UsageRowConnection'] = ResolversParentTypes['UsageRowConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UsageRowEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UsageRowEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['UsageRowEdge'] = ResolversParentTypes['UsageRowEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UsageRow'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  credits?: Resolver<ResolversTypes['CreditBalance'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AccountingContext> = ResolversObject<{
  Class?: ClassResolvers<ContextType>;
  CreditAllowance?: CreditAllowanceResolvers<ContextType>;
  CreditAllowanceConnection?: CreditAllowanceConnectionResolvers<ContextType>;
  CreditAllowanceEdge?: CreditAllowanceEdgeResolvers<ContextType>;
  CreditAmount?: CreditAmountResolvers<ContextType>;
  CreditBalance?: CreditBalanceResolvers<ContextType>;
  CreditExpiry?: CreditExpiryResolvers<ContextType>;
  CreditGrant?: CreditGrantResolvers<ContextType>;
  CreditGrantConnection?: CreditGrantConnectionResolvers<ContextType>;
  CreditGrantEdge?: CreditGrantEdgeResolvers<ContextType>;
  CreditReservation?: CreditReservationResolvers<ContextType>;
  CreditReservationConnection?: CreditReservationConnectionResolvers<ContextType>;
  CreditReservationEdge?: CreditReservationEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExternalUsage?: ExternalUsageResolvers<ContextType>;
  LedgerConnection?: LedgerConnectionResolvers<ContextType>;
  LedgerEdge?: LedgerEdgeResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  ModelPrice?: ModelPriceResolvers<ContextType>;
  ModelPriceConnection?: ModelPriceConnectionResolvers<ContextType>;
  ModelPriceEdge?: ModelPriceEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReservationQuote?: ReservationQuoteResolvers<ContextType>;
  ServiceUsageRecord?: ServiceUsageRecordResolvers<ContextType>;
  ServiceUsageRow?: ServiceUsageRowResolvers<ContextType>;
  StreamingDay?: StreamingDayResolvers<ContextType>;
  SupervisorBudget?: SupervisorBudgetResolvers<ContextType>;
  SupervisorBudgetConnection?: SupervisorBudgetConnectionResolvers<ContextType>;
  SupervisorBudgetEdge?: SupervisorBudgetEdgeResolvers<ContextType>;
  UsageReport?: UsageReportResolvers<ContextType>;
  UsageRow?: UsageRowResolvers<ContextType>;
  UsageRowConnection?: UsageRowConnectionResolvers<ContextType>;
  UsageRowEdge?: UsageRowEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

