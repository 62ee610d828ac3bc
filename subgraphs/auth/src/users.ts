import type { Db } from '@aula/runtime';
import { eq } from 'drizzle-orm';
import { users } from './db/schema';

/** A row of `auth.users`. */
export type UserRow = typeof users.$inferSelect;

/** Finds one user by id; `null` when there is none (or the id is not a UUID). */
export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}
