import type { Balance } from './balance';

// What each accounting GraphQL type resolves from (codegen.yml `mappers`): rows with exact
// micro-credits as bigint; the type's resolvers (src/resolvers/<Type>.ts) present money as
// `CreditAmount` and people as `User` references.

export type { AllowanceRow } from './allowances';
export type { Balance, LedgerRow } from './balance';
export type { BudgetRow, GrantRow } from './grants';
export type { PriceRow } from './pricing';
export type {
  StreamingDayModel,
  UsageRowModel,
  UsageSelection as UsageReportModel,
} from './reports';
export type { ReservationRow } from './reservation-rows';
export type { ReservationQuote as ReservationQuoteModel } from './reservations';
export type { ExternalUsageRow } from './external-usage';
export type { ServiceUsageRecordModel, ServiceUsageRowModel } from './service-usage';

/** The next credits to expire on a balance. */
export type ExpiryModel = NonNullable<Balance['nextExpiry']>;

/** A `User` as accounting knows it: only its id. */
export interface UserRef {
  readonly id: string;
}

/** A `Class` as accounting knows it (monitoring owns classes): only its id. */
export interface ClassRef {
  readonly id: string;
}
