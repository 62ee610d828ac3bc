import { operations, type Logger, type Role, type ServiceClient } from '@aula/runtime';

/** The roles of people content is asked about by a service that passes only an id. */
export interface RoleDirectory {
  /** The user's role, or null when auth does not know the id or cannot be asked. */
  roleOf(userId: string): Promise<Role | null>;
}

/**
 * Asks auth through its `User` entity resolver with content's service identity (as monitoring
 * does) and keeps answers for `ttlMs`. A null answer only narrows what the user may see (no
 * admin reach), so an outage of auth never widens access.
 */
export function createRoleDirectory(options: {
  client: ServiceClient;
  logger: Logger;
  ttlMs: number;
}): RoleDirectory {
  const cache = new Map<string, { role: Role | null; until: number }>();
  return {
    async roleOf(userId) {
      const hit = cache.get(userId);
      if (hit && hit.until > Date.now()) return hit.role;
      try {
        const data = await options.client.request(operations.auth.UserRoles, {
          representations: [{ __typename: 'User', id: userId }],
        });
        const role = data._entities[0]?.role ?? null;
        cache.set(userId, { role, until: Date.now() + options.ttlMs });
        return role;
      } catch (error) {
        options.logger.warn({ err: error }, 'auth could not say what role a user has');
        return null;
      }
    },
  };
}
