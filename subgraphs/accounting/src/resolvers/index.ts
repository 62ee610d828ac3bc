import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { CreditAllowance } from './CreditAllowance';
import { CreditBalance } from './CreditBalance';
import { CreditExpiry } from './CreditExpiry';
import { CreditGrant } from './CreditGrant';
import { CreditReservation } from './CreditReservation';
import { ExternalUsage } from './ExternalUsage';
import { LedgerEntry } from './LedgerEntry';
import { ModelPrice } from './ModelPrice';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { ReservationQuote } from './ReservationQuote';
import { ServiceUsageRecord } from './ServiceUsageRecord';
import { ServiceUsageRow } from './ServiceUsageRow';
import { StreamingDay } from './StreamingDay';
import { SupervisorBudget } from './SupervisorBudget';
import { UsageReport } from './UsageReport';
import { UsageRow } from './UsageRow';
import { User } from './User';

/** The accounting subgraph's resolvers: one module per GraphQL type, named after it. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  User,
  CreditBalance,
  CreditExpiry,
  CreditGrant,
  CreditReservation,
  ReservationQuote,
  ExternalUsage,
  CreditAllowance,
  SupervisorBudget,
  ModelPrice,
  LedgerEntry,
  UsageReport,
  UsageRow,
  StreamingDay,
  ServiceUsageRecord,
  ServiceUsageRow,
};
