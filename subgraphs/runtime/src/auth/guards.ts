import { forbidden, unauthenticated } from '../errors';
import type { AuthContext, Principal, Role } from './principal';

type Person = Extract<Principal, { kind: 'user' | 'apiKey' }>;

/** The signed-in person behind a request, or `UNAUTHENTICATED`. */
export function requirePerson(ctx: AuthContext): Person {
  const p = ctx.principal;
  if (!p) throw unauthenticated();
  if (p.kind === 'service') throw forbidden('This operation is for people, not services.');
  return p;
}

/** The signed-in person if they hold one of `roles`; `FORBIDDEN` otherwise. */
export function requireRole(ctx: AuthContext, ...roles: Role[]): Person {
  const person = requirePerson(ctx);
  if (!roles.includes(person.role)) throw forbidden();
  return person;
}

/**
 * For API keys, requires `scope`; interactive sessions are not limited by scopes.
 * Returns the person, so a resolver can go on to check roles or ownership.
 */
export function requireScope(ctx: AuthContext, scope: string): Person {
  const person = requirePerson(ctx);
  if (person.kind === 'apiKey' && !person.scopes.includes(scope)) {
    throw forbidden(`This API key lacks the "${scope}" scope.`);
  }
  return person;
}

/** Only the named internal service may call this; end users get `FORBIDDEN`. */
export function requireService(ctx: AuthContext, ...services: string[]): void {
  const p = ctx.principal;
  if (!p) throw unauthenticated();
  if (p.kind !== 'service' || !services.includes(p.service)) {
    throw forbidden('Only an internal Aula service may do this.');
  }
}
