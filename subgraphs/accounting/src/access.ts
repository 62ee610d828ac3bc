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
 * The signed-in person, refusing API keys: auth issues keys with read scopes only, so money
 * moves only by someone signed in interactively.
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
