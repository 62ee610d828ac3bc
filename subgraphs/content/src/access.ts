import { callerWithScope, forbidden, type Role } from '@aula/runtime';
import type { ContentContext } from './context';

/** The person a content decision is made for. */
export interface Viewer {
  readonly userId: string;
  /** Null when a service acts for a user whose role auth could not give (unknown id, auth down). */
  readonly role: Role | null;
}

/**
 * API-key scope for reading content: `requireScope(ctx, CONTENT_READ)` admits anyone who may
 * read, `requireScope(ctx, CONTENT_READ, ...AUTHORS)` the people who build chatbots.
 */
export const CONTENT_READ = 'content:read';

/**
 * Who builds chatbots and uploads course materials. Changes need a person signed in
 * (`requireRole(ctx, ...AUTHORS)`), never an integration's API key.
 */
export const AUTHORS = ['SUPERVISOR', 'ADMIN'] as const satisfies readonly Role[];

/**
 * Who is asking, for entity references and fields that must not throw: a person (API keys
 * need `content:read`), `'service'` for an internal service, or null for anyone else.
 */
export function viewerOf(ctx: ContentContext): Viewer | 'service' | null {
  const caller = callerWithScope(ctx, CONTENT_READ);
  return caller?.kind === 'service' ? 'service' : caller;
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
