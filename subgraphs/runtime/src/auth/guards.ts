import { forbidden, unauthenticated } from '../errors';
import type { AuthContext, Principal, Role } from './principal';
import type { ApiKeyScope } from './scopes';

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
 * through {@link requireScope} or {@link authorize}.
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

/** A declarative access rule for {@link authorize}. Every part given must pass. */
export interface AccessRule {
  /**
   * Roles that may do this. Combined with `ownerId`, either suffices: the owner, or anyone
   * holding one of these roles. Omit to allow every role.
   */
  readonly roles?: readonly Role[];
  /** The user the data belongs to: that person may do this whatever `roles` says. */
  readonly ownerId?: string;
  /**
   * The scope an API key needs. Without it, API keys are refused: an integration can do
   * only what a scope was defined for.
   */
  readonly scope?: ApiKeyScope;
  /** Why the refusal, for the `FORBIDDEN` message. @default 'You are not allowed to do this.' */
  readonly message?: string;
}

/**
 * One call that states who may do something: a role, ownership, a scope, or a combination.
 * Unauthenticated → `UNAUTHENTICATED`; anything else not allowed → `FORBIDDEN`.
 *
 * @example authorize(ctx, { roles: ['ADMIN'], ownerId: session.userId, scope: 'chat:read' })
 */
export function authorize(ctx: AuthContext, rule: AccessRule): Person {
  const person = anyPerson(ctx);
  if (person.kind === 'apiKey') {
    if (!rule.scope) throw forbidden('API keys cannot do this.');
    if (!person.scopes.includes(rule.scope))
      throw forbidden(`This API key lacks the "${rule.scope}" scope.`);
  }
  const isOwner = rule.ownerId !== undefined && person.userId === rule.ownerId;
  const hasRole = rule.roles === undefined || rule.roles.includes(person.role);
  const allowed =
    rule.ownerId !== undefined && rule.roles === undefined ? isOwner : isOwner || hasRole;
  if (!allowed) throw forbidden(rule.message);
  return person;
}
