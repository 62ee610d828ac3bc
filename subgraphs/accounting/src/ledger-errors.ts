import {
  appError,
  badInput,
  creditAmount,
  ErrorCode,
  notFound,
  sqlDetail,
  sqlState,
} from '@aula/runtime';

/** The refusal when a person cannot cover `required` micro-credits. */
export function insufficientCredits(required: bigint, available: bigint, what = 'This answer') {
  return appError(
    ErrorCode.INSUFFICIENT_CREDITS,
    `${what} needs up to ${creditAmount(required).credits} credits but only ${creditAmount(available).credits} are available. Ask your teacher or an admin for more credits.`,
    { requiredMicroCredits: required.toString(), availableMicroCredits: available.toString() },
  );
}

/**
 * Turns the refusals the ledger functions raise (SQLSTATE `AC0nn`, see migration
 * 0004_ledger_functions.sql) into coded GraphQL errors; anything else is rethrown as it is.
 */
export function ledgerError(
  error: unknown,
  context: { modelId?: string; maxConcurrentStreams?: number; what?: string },
): unknown {
  switch (sqlState(error)) {
    case 'AC001':
      return appError(
        ErrorCode.RATE_LIMITED,
        `You already have ${context.maxConcurrentStreams} answers streaming. Wait for one to finish, then try again.`,
        { maxConcurrentStreams: context.maxConcurrentStreams },
      );
    case 'AC002': {
      const [required, available] = sqlDetail(error).split(':');
      return insufficientCredits(BigInt(required ?? '0'), BigInt(available ?? '0'), context.what);
    }
    case 'AC003':
      return badInput(
        `Model "${context.modelId}" has no price, so it cannot be charged. An admin must set its price first.`,
        { field: 'modelId' },
      );
    case 'AC004':
      return appError(ErrorCode.CONFLICT, 'This clientKey was already used for another person.');
    case 'AC005':
      return notFound('The reservation');
    case 'AC006': {
      const status = sqlDetail(error);
      return appError(
        ErrorCode.CONFLICT,
        `The reservation is ${status.toLowerCase()}; only an active reservation can be extended.`,
        { status },
      );
    }
    default:
      return error;
  }
}
