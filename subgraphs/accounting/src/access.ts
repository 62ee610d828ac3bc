import {
  requireScope,
  requireScopeOrService,
  requireSelfOrSupervisor,
  requireSupervisorOf,
} from '@aula/runtime';
import type { AccountingContext } from './context';

/** API-key scope needed to read credits and usage. */
export const READ_SCOPE = 'usage:read';

/** API-key scope needed to charge external usage. */
export const USAGE_WRITE_SCOPE = 'usage:write';

/**
 * Allows reading `userId`'s credits, ledger and usage to that person, their supervisors
 * (as monitoring answers, failing closed), admins and internal services; FORBIDDEN otherwise.
 */
export async function requireCreditReader(ctx: AccountingContext, userId: string): Promise<void> {
  const caller = requireScopeOrService(ctx, READ_SCOPE);
  if (caller.kind === 'service') return;
  await requireSelfOrSupervisor(
    caller,
    userId,
    ctx.supervision,
    'You may only see your own credits, or those of students you supervise.',
  );
}

/**
 * Who may charge `userId`'s credits for external usage: an admin, or a supervisor of that
 * person (as monitoring answers now), directly or through an API key with `usage:write`.
 * Returns the recorder: the key's owner and the key's id (null when signed in).
 */
export async function requireUsageWriter(
  ctx: AccountingContext,
  userId: string,
): Promise<{ userId: string; apiKeyId: string | null }> {
  const person = requireScope(ctx, USAGE_WRITE_SCOPE);
  await requireSupervisorOf(
    person,
    userId,
    ctx.supervision,
    'You may only record usage for students you supervise.',
  );
  return { userId: person.userId, apiKeyId: person.kind === 'apiKey' ? person.keyId : null };
}
