import { forbidden, unauthenticated } from '../errors';
import type { AuthContext, Principal, Role } from './principal';

type Person = Extract<Principal, { kind: 'user' | 'apiKey' }>;
type Session = Extract<Principal, { kind: 'user' }>;

/** The person behind a request, through a session or an API key; `UNAUTHENTICATED` if none. */
function anyPerson(ctx: AuthContext): Person {
  const p = ctx.principal;
  if (!p) throw unauthenticated();
  if (p.kind === 'service') throw forbidden('This operation is for people, not services.');
  return p;
}

/**
 * The signed-in person behind a request, or `UNAUTHENTICATED`. API keys are refused here
 * (fail closed): an integration may do only what a resolver opened to it with a scope,
 * through {@link requireScope}.
 */
export function requirePerson(ctx: AuthContext): Person {
  const person = anyPerson(ctx);
  if (person.kind === 'apiKey') throw forbidden('API keys cannot do this; sign in as a person.');
  return person;
}

/**
 * A person signed in interactively (not an API key): for managing one's own account,
 * sessions and keys, which no integration should be able to do.
 */
export function requireSession(ctx: AuthContext): Session {
  const person = requirePerson(ctx);
  if (person.kind !== 'user') throw forbidden('API keys cannot do this; sign in as a person.');
  return person;
}

/** The signed-in person (not an API key) if they hold one of `roles`; `FORBIDDEN` otherwise. */
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
  const person = anyPerson(ctx);
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
