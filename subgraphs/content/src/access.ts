import { forbidden, requirePerson, requireScope, type AuthContext, type Role } from '@aula/runtime';
import type { ContentContext } from './context';

/** The person a content decision is made for. */
export interface Viewer {
  readonly userId: string;
  /** Null when a service acts for a user whose role auth could not give (unknown id, auth down). */
  readonly role: Role | null;
}

/** Anyone who may read content: a signed-in person, or an API key with the `content:read` scope. */
export function requireReader(ctx: AuthContext): Viewer {
  const person = requireScope(ctx, 'content:read');
  return { userId: person.userId, role: person.role };
}

/** Supervisors and admins (people who build chatbots); `FORBIDDEN` for students. */
export function requireBuilder(ctx: AuthContext): Viewer {
  const viewer = requireReader(ctx);
  if (viewer.role === 'STUDENT')
    throw forbidden('Only supervisors and admins manage chatbots and course materials.');
  return viewer;
}

/**
 * Who is asking, for entity references and fields that must not throw: a person (API keys
 * need `content:read`), `'service'` for an internal service, or null for anyone else.
 */
export function viewerOf(ctx: ContentContext): Viewer | 'service' | null {
  const p = ctx.principal;
  if (!p) return null;
  if (p.kind === 'service') return 'service';
  if (p.kind === 'apiKey' && !p.scopes.includes('content:read')) return null;
  return { userId: p.userId, role: p.role };
}

/**
 * A supervisor or admin signed in interactively: content is changed by people, never by
 * integrations holding API keys.
 */
export function requireAuthor(ctx: AuthContext): Viewer & { role: Role } {
  const person = requirePerson(ctx);
  if (person.kind !== 'user')
    throw forbidden('API keys cannot change chatbots or course materials; sign in as a person.');
  if (person.role === 'STUDENT')
    throw forbidden('Only supervisors and admins can build chatbots and upload course materials.');
  return { userId: person.userId, role: person.role };
}

/** Whether `viewer` manages something owned by `ownerId`: its owner, or an admin. */
export const manages = (viewer: Viewer, ownerId: string): boolean =>
  viewer.role === 'ADMIN' || viewer.userId === ownerId;

/** Throws `FORBIDDEN` unless `viewer` manages what `ownerId` owns. */
export function requireManager(viewer: Viewer, ownerId: string, what: string): void {
  if (!manages(viewer, ownerId))
    throw forbidden(`Only the owner of this ${what} or an admin can change it.`);
}

/** Ids here are UUIDs; anything else cannot name a row, so lookups skip the database. */
export { isUuid } from '@aula/runtime';
