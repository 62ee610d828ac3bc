import { badInput, operations, type Role, type ServiceClient } from '@aula/runtime';

/** What monitoring asks auth about people: their roles by id, and who an e-mail address names. */
export interface PeopleDirectory {
  /** The role of each id that names a user; unknown ids are absent from the map. */
  rolesOf(ids: readonly string[]): Promise<Map<string, Role>>;
  /** The id of the active account with this e-mail address; null when there is none. */
  idByEmail(email: string): Promise<string | null>;
}

/** Asks auth through its entity resolver (`_entities`), with monitoring's service identity. */
export function createPeopleDirectory(client: ServiceClient): PeopleDirectory {
  return {
    async rolesOf(ids) {
      const unique = [...new Set(ids)];
      if (!unique.length) return new Map();
      const data = await client.request(operations.auth.UserRoles, {
        representations: unique.map((id) => ({ __typename: 'User', id })),
      });
      const roles = new Map<string, Role>();
      for (const user of data._entities) if (user) roles.set(user.id, user.role);
      return roles;
    },
    async idByEmail(email) {
      return (await client.request(operations.auth.UserIdByEmail, { email })).userIdByEmail ?? null;
    },
  };
}

/**
 * Refuses ids that are not users with one of `roles`, naming them, so an admin can
 * fix the list: enrolling a teacher as a student or a typo'd id would otherwise
 * create links to nobody.
 */
export async function requireRoles(
  people: PeopleDirectory,
  ids: readonly string[],
  roles: readonly Role[],
  what: string,
): Promise<void> {
  const found = await people.rolesOf(ids);
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length)
    throw badInput(`No user has the id ${unknown.join(', ')}.`, { userIds: unknown });
  const wrong = ids.filter((id) => !roles.includes(found.get(id)!));
  if (wrong.length) {
    throw badInput(
      `Only ${roles.join(' or ').toLowerCase()} accounts can be ${what}: ${wrong.join(', ')} cannot.`,
      { userIds: wrong },
    );
  }
}
