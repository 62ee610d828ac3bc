import {
  appError,
  badInput,
  ErrorCode,
  isUniqueViolation,
  isUuid,
  notFound,
  type CursorPosition,
  type Db,
  type Role,
  keysetAfter,
} from '@aula/runtime';
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { users } from './db/schema';

/** A row of `auth.users`. */
export type UserRow = typeof users.$inferSelect;

/** ACTIVE or SUSPENDED. */
export type UserStatus = UserRow['status'];

const emailSchema = z.email().max(254);

/** `true` when `id` can be a user id (a UUID), so lookups never send malformed ids to SQL. */
export const isUserId = (id: string) => isUuid(id);

/** The email as it will be stored (trimmed), or `BAD_USER_INPUT`. Uniqueness ignores case. */
export function checkEmail(email: string): string {
  const trimmed = email.trim();
  if (!emailSchema.safeParse(trimmed).success)
    throw badInput(`"${trimmed}" is not a valid email address.`, { field: 'email' });
  return trimmed;
}

/** The display name as it will be stored (trimmed, 1 to 120 characters), or `BAD_USER_INPUT`. */
export function checkDisplayName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120) {
    throw badInput('The display name must be 1 to 120 characters long.', { field: 'displayName' });
  }
  return trimmed;
}

/** Finds one user by id; `null` when there is none (or the id is not a UUID). */
export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  if (!isUserId(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Finds one user by email, in any letter case. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`)
    .limit(1);
  return row ?? null;
}

/** The user with `id`, or `NOT_FOUND`. */
export async function getUser(db: Db, id: string): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw notFound('That user');
  return user;
}

/** Fields of a new account, already checked. */
export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string;
}

/** Inserts an account; `CONFLICT` when the email is taken in any letter case. */
export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  try {
    const [row] = await db.insert(users).values(user).returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw appError(
        ErrorCode.CONFLICT,
        `An account with the email ${user.email} already exists.`,
        { field: 'email' },
      );
    }
    throw error;
  }
}

/** Filter for {@link listUsers}. */
export interface UserFilter {
  readonly role?: Role | null;
  readonly status?: UserStatus | null;
  readonly search?: string | null;
}

/** Where a user sits in the list ordered by email (in any letter case). */
export const userPosition = (row: UserRow): CursorPosition<string> => ({
  key: row.email.toLowerCase(),
  id: row.id,
});

/**
 * One page of users ordered by email after `after`, with one extra row that tells whether
 * more follow, and how many match in all.
 */
export async function listUsers(
  db: Db,
  filter: UserFilter,
  first: number,
  after: CursorPosition<string> | null,
): Promise<{ rows: UserRow[]; totalCount: number }> {
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.status) conditions.push(eq(users.status, filter.status));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const position = keysetAfter(sql`lower(${users.email})`, users.id, after, { order: 'asc' });
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(and(where, position))
      .orderBy(asc(sql`lower(${users.email})`), asc(users.id))
      .limit(first + 1),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

/**
 * Runs `change` while no other admin-affecting change can run, and refuses it when it would
 * leave no active administrator (so two admins demoting each other at once cannot both win).
 */
async function keepingAnAdmin(
  db: Db,
  change: (tx: Db) => Promise<UserRow | undefined>,
): Promise<UserRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('aula:auth:admins'))`);
    const row = await change(tx as unknown as Db);
    if (!row) throw notFound('That user');
    const [remaining] = await tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'ADMIN'), eq(users.status, 'ACTIVE')));
    if ((remaining?.n ?? 0) === 0) {
      throw appError(
        ErrorCode.CONFLICT,
        'Aula needs at least one active administrator; make someone else an administrator first.',
      );
    }
    return row;
  });
}

/** Changes a user's role; `CONFLICT` when that would leave no active administrator. */
export async function changeRole(db: Db, userId: string, role: Role): Promise<UserRow> {
  if (!isUserId(userId)) throw notFound('That user');
  return keepingAnAdmin(db, async (tx) => {
    const [row] = await tx.update(users).set({ role }).where(eq(users.id, userId)).returning();
    return row;
  });
}

/** Suspends or reactivates a user; suspending the last active administrator is a `CONFLICT`. */
export async function changeStatus(db: Db, userId: string, status: UserStatus): Promise<UserRow> {
  if (!isUserId(userId)) throw notFound('That user');
  return keepingAnAdmin(db, async (tx) => {
    const [row] = await tx.update(users).set({ status }).where(eq(users.id, userId)).returning();
    return row;
  });
}

/** Replaces a user's password hash. */
export async function setPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ passwordHash })
    .where(eq(users.id, userId))
    .returning();
  if (!row) throw notFound('That user');
  return row;
}

/** The languages Aula's apps are written in; `setMyLocale` accepts only these. */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr'] as const;

/**
 * Normalises a language tag to one of {@link SUPPORTED_LOCALES} (`es-MX` → `es`); null when
 * the apps are not written in that language.
 */
export function supportedLocale(tag: string): string | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? language : null;
}

/** Stores a person's language (null: follow the browser). */
export async function setLocale(db: Db, userId: string, locale: string | null): Promise<UserRow> {
  const [row] = await db.update(users).set({ locale }).where(eq(users.id, userId)).returning();
  if (!row) throw notFound('That user');
  return row;
}

/** Records a successful sign-in. */
export async function recordSignIn(db: Db, userId: string): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ lastLoginAt: new Date() })
    .where(eq(users.id, userId))
    .returning();
  return row!;
}

/** `true` when at least one administrator exists, active or not. */
export async function anyAdminExists(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'ADMIN'));
  return (row?.n ?? 0) > 0;
}
