import {
  appError,
  badInput,
  ErrorCode,
  isUniqueViolation,
  notFound,
  sqlState,
} from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor, type Tx } from './db/query';
import { insertGrantsFrom, type GrantRow } from './grants';
import { ledgerError } from './ledger-errors';
import { creditsToMicro } from './money';

/** One external usage, money as exact micro-credits. */
export interface ExternalUsageRow {
  readonly id: string;
  readonly userId: string;
  readonly amount: bigint;
  readonly description: string;
  readonly clientKey: string;
  readonly recordedBy: string;
  readonly apiKeyId: string | null;
  readonly availableAfter: bigint;
  readonly createdAt: Date;
}

interface RawUsage {
  id: string;
  user_id: string;
  amount: string;
  description: string;
  client_key: string;
  recorded_by: string;
  api_key_id: string | null;
  available_after: string;
  created_at: Date | string;
}

const columns = sql.raw(
  'id, user_id, amount::text, description, client_key, recorded_by, api_key_id, available_after::text, created_at',
);

const toUsage = (raw: RawUsage): ExternalUsageRow => ({
  id: raw.id,
  userId: raw.user_id,
  amount: BigInt(raw.amount),
  description: raw.description,
  clientKey: raw.client_key,
  recordedBy: raw.recorded_by,
  apiKeyId: raw.api_key_id,
  availableAfter: BigInt(raw.available_after),
  createdAt: new Date(raw.created_at),
});

/** What an integration asks to charge. Exactly one of `amount` (credits) and `microCredits`. */
export interface ExternalUsageInput {
  readonly userId: string;
  readonly amount?: number | null;
  readonly microCredits?: string | null;
  readonly description: string;
  readonly clientKey: string;
}

/** The amount of an input in micro-credits: exactly one of credits and micro-credits, above zero. */
export function usageAmount(input: Pick<ExternalUsageInput, 'amount' | 'microCredits'>): bigint {
  const hasCredits = input.amount !== null && input.amount !== undefined;
  const hasMicro = input.microCredits !== null && input.microCredits !== undefined;
  if (hasCredits === hasMicro)
    throw badInput('Give exactly one of amount and microCredits.', { field: 'amount' });
  if (hasCredits) return creditsToMicro(input.amount!, 'amount');
  if (!/^[1-9][0-9]{0,17}$/.test(input.microCredits!))
    throw badInput('microCredits must be a whole number above 0, written as a decimal string.', {
      field: 'microCredits',
    });
  return BigInt(input.microCredits!);
}

/**
 * Charges a person's credits for usage outside Aula in one call of
 * `accounting.record_external_usage` (migration 0005): under the account lock, all or nothing,
 * from the grants that expire first. Idempotent per recorder and `clientKey`: a retry returns
 * the first result; the same key for another person or amount is a CONFLICT.
 * INSUFFICIENT_CREDITS (with both amounts) changes nothing.
 */
export async function recordExternalUsage(
  db: Executor,
  input: ExternalUsageInput,
  recorder: { userId: string; apiKeyId: string | null },
): Promise<ExternalUsageRow> {
  if (!isUuid(input.userId)) throw notFound('That person');
  const amount = usageAmount(input);
  const description = input.description.trim();
  if (description.length < 1 || description.length > 500)
    throw badInput('description must be 1 to 500 characters.', { field: 'description' });
  if (!input.clientKey.trim() || input.clientKey.length > 200)
    throw badInput('clientKey must be 1 to 200 characters.', { field: 'clientKey' });
  try {
    const [raw] = await rowsOf<RawUsage>(
      db,
      sql`select ${columns} from accounting.record_external_usage(${input.userId}::uuid,
            ${amount.toString()}::bigint, ${description}::text, ${input.clientKey}::text,
            ${recorder.userId}::uuid, ${recorder.apiKeyId}::text)`,
    );
    return toUsage(raw!);
  } catch (error) {
    if (sqlState(error) === 'AC007' || isUniqueViolation(error))
      throw appError(
        ErrorCode.CONFLICT,
        'This clientKey was already used for another person or amount; use a new key for new usage.',
      );
    throw ledgerError(error, { what: 'This usage' });
  }
}

/** One external usage, or null. */
export async function findExternalUsage(
  db: Executor,
  id: string,
): Promise<ExternalUsageRow | null> {
  if (!isUuid(id)) return null;
  const [raw] = await rowsOf<RawUsage>(
    db,
    sql`select ${columns} from accounting.external_usages where id = ${id}`,
  );
  return raw ? toUsage(raw) : null;
}

/**
 * Gives back what an external usage charged as a REFUND grant that never expires (its
 * `refund_of` is the usage), so the ledger shows the reversal as a GRANT entry; once per usage
 * (a second reversal is a CONFLICT).
 */
export async function reverseExternalUsage(
  tx: Tx,
  input: { usageId: string; adminId: string; note: string | null },
): Promise<GrantRow> {
  const usage = await findExternalUsage(tx, input.usageId);
  if (!usage) throw notFound('That external usage');
  const note = input.note ?? `Reversal of external usage: ${usage.description}`;
  try {
    const [grant] = await insertGrantsFrom(
      tx,
      sql`select user_id, amount, null::timestamptz as expires_at,
                 'REFUND'::accounting.grant_source as source, ${input.adminId}::uuid as granted_by,
                 ${note}::text as note, null::uuid as allowance_id, null::timestamptz as period_start,
                 id as refund_of
          from accounting.external_usages where id = ${usage.id}`,
    );
    return grant!;
  } catch (error) {
    if (isUniqueViolation(error))
      throw appError(ErrorCode.CONFLICT, 'This usage was already reversed.');
    throw error;
  }
}
