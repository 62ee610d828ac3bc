import { forbidden, requirePerson, requireScope, type AuthContext, type Role } from '@aula/runtime';

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
