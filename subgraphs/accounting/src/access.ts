import {
  forbidden,
  requirePerson,
  requireRole,
  requireScope,
  unauthenticated,
} from '@aula/runtime';
import type { AccountingContext } from './context';

/** API-key scope needed to read credits and usage. */
export const READ_SCOPE = 'usage:read';

/**
 * The signed-in person, refusing API keys: grants, prices, budgets and refunds move money only
 * for someone signed in interactively (the one key-written movement is external usage, behind
 * `usage:write`, see {@link requireUsageWriter}).
 */
export function requireInteractivePerson(ctx: AccountingContext) {
  // The runtime's requirePerson already refuses API keys (they pass only scoped guards).
  return requirePerson(ctx);
}

/**
 * Allows reading `userId`'s credits, ledger and usage to that person, their supervisors
 * (as monitoring answers, failing closed), admins and internal services; FORBIDDEN otherwise.
 */
export async function requireCreditReader(ctx: AccountingContext, userId: string): Promise<void> {
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  if (principal.kind === 'service') return;
  const person = requireScope(ctx, READ_SCOPE);
  if (person.userId === userId || person.role === 'ADMIN') return;
  if (person.role === 'SUPERVISOR' && (await ctx.supervision.canSupervise(person.userId, userId)))
    return;
  throw forbidden('You may only see your own credits, or those of students you supervise.');
}

/** An admin, signed in interactively (never through an API key). */
export function requireAdminWriter(ctx: AccountingContext) {
  requireInteractivePerson(ctx);
  return requireRole(ctx, 'ADMIN');
}

/** An admin, with the read scope when calling through an API key. */
export function requireAdminReader(ctx: AccountingContext) {
  requireScope(ctx, READ_SCOPE);
  return requireRole(ctx, 'ADMIN');
}

/** API-key scope needed to charge external usage. */
export const USAGE_WRITE_SCOPE = 'usage:write';

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
  const apiKeyId = person.kind === 'apiKey' ? person.keyId : null;
  if (person.role === 'ADMIN') return { userId: person.userId, apiKeyId };
  if (person.role === 'SUPERVISOR' && (await ctx.supervision.canSupervise(person.userId, userId)))
    return { userId: person.userId, apiKeyId };
  throw forbidden('You may only record usage for students you supervise.');
}
