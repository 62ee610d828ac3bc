import { forbidden, unauthenticated } from '../errors';
import type { SupervisionDirectory } from '../supervision';
import type { AuthContext, Principal, Role } from './principal';

/**
 * The one access vocabulary of every subgraph. A resolver first says who may call it with
 * these guards; a subgraph's own `access.ts`/`guards.ts` keeps only domain checks built on them
 * (whose class, whose conversation). `UNAUTHENTICATED` means "sign in", `FORBIDDEN` "not you".
 */

/** A person behind a request, signed in or through one of their API keys. */
export type Person = Extract<Principal, { kind: 'user' | 'apiKey' }>;
/** A person signed in interactively. */
export type Session = Extract<Principal, { kind: 'user' }>;
/** An internal service calling with its service token. */
export type ServiceCaller = Extract<Principal, { kind: 'service' }>;

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

const ROLE_NAMES: Record<Role, string> = {
  STUDENT: 'students',
  SUPERVISOR: 'supervisors',
  ADMIN: 'admins',
};

function requireOneOf(person: Person, roles: readonly Role[]): Person {
  if (roles.length === 0 || roles.includes(person.role)) return person;
  const names = roles.map((role) => ROLE_NAMES[role]);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  throw forbidden(`Only ${who} may do this.`);
}

/** The signed-in person (not an API key) if they hold one of `roles`; `FORBIDDEN` otherwise. */
export function requireRole(ctx: AuthContext, ...roles: Role[]): Person {
  return requireOneOf(requirePerson(ctx), roles);
}

/**
 * For API keys, requires `scope`; interactive sessions are not limited by scopes. With
 * `roles`, the person (signed in or the key's owner) must also hold one of them.
 * Returns the person, so a resolver can go on to check ownership.
 */
export function requireScope(ctx: AuthContext, scope: string, ...roles: Role[]): Person {
  const person = anyPerson(ctx);
  if (person.kind === 'apiKey' && !person.scopes.includes(scope)) {
    throw forbidden(`This API key lacks the "${scope}" scope.`);
  }
  return requireOneOf(person, roles);
}

/**
 * A person as {@link requireScope} admits them, or an internal service: for reads that
 * services make too (chat's sessions, accounting's prices). With `services`, only those.
 */
export function requireScopeOrService(
  ctx: AuthContext,
  scope: string,
  ...services: string[]
): Person | ServiceCaller {
  const p = ctx.principal;
  if (p?.kind !== 'service') return requireScope(ctx, scope);
  if (services.length > 0) requireService(ctx, ...services);
  return p;
}

/**
 * The caller as {@link requireScopeOrService} would admit them, or null instead of an error:
 * for entity references and fields that answer "nothing" rather than refuse.
 */
export function callerWithScope(ctx: AuthContext, scope: string): Person | ServiceCaller | null {
  const p = ctx.principal;
  if (!p) return null;
  if (p.kind === 'apiKey' && !p.scopes.includes(scope)) return null;
  return p;
}

/** What answers whether a supervisor's tie to a student holds now (the runtime's directory, or monitoring's own tables). */
export type SupervisionCheck = Pick<SupervisionDirectory, 'canSupervise'>;

/** How a person stands to another: themself, an admin, a supervisor now, or none of these. */
export type Relation = 'self' | 'admin' | 'supervisor';

/**
 * How `person` stands to `userId`. A supervisor counts only while an active class links them
 * now (as `supervision` answers, failing closed).
 */
export async function relationTo(
  person: Person,
  userId: string,
  supervision: SupervisionCheck,
): Promise<Relation | null> {
  if (person.userId === userId) return 'self';
  if (person.role === 'ADMIN') return 'admin';
  if (person.role === 'SUPERVISOR' && (await supervision.canSupervise(person.userId, userId)))
    return 'supervisor';
  return null;
}

/**
 * Admits `person` to `userId`'s data as themself, an admin, or a supervisor of theirs now;
 * `FORBIDDEN` with `message` otherwise. Returns how they stand.
 */
export async function requireSelfOrSupervisor(
  person: Person,
  userId: string,
  supervision: SupervisionCheck,
  message = 'You may only see your own data, or that of students you supervise.',
): Promise<Relation> {
  const relation = await relationTo(person, userId, supervision);
  if (!relation) throw forbidden(message);
  return relation;
}

/**
 * Admits an admin, or a supervisor of `studentId` now, acting on that student's behalf;
 * `FORBIDDEN` with `message` otherwise (the student themself too).
 */
export async function requireSupervisorOf(
  person: Person,
  studentId: string,
  supervision: SupervisionCheck,
  message = 'Only admins and the supervisors of this student may do this.',
): Promise<'admin' | 'supervisor'> {
  // An admin acts for anyone, themself included; a student never for themself.
  const relation =
    person.role === 'ADMIN' ? 'admin' : await relationTo(person, studentId, supervision);
  if (relation === 'self' || relation === null) throw forbidden(message);
  return relation;
}

/** Only the named internal service may call this; end users get `FORBIDDEN`. */
export function requireService(ctx: AuthContext, ...services: string[]): void {
  const p = ctx.principal;
  if (!p) throw unauthenticated();
  if (p.kind !== 'service' || !services.includes(p.service)) {
    throw forbidden('Only an internal Aula service may do this.');
  }
}
