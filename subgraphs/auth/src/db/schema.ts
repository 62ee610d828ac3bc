import { sql } from 'drizzle-orm';
import { index, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Every auth table lives in the `auth` PostgreSQL schema. */
export const authSchema = pgSchema('auth');

/** STUDENT, SUPERVISOR or ADMIN. */
export const roleEnum = authSchema.enum('role', ['STUDENT', 'SUPERVISOR', 'ADMIN']);
/** ACTIVE or SUSPENDED. */
export const userStatusEnum = authSchema.enum('user_status', ['ACTIVE', 'SUSPENDED']);

/** People who can sign in. */
export const users = authSchema.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: roleEnum('role').notNull().default('STUDENT'),
    status: userStatusEnum('status').notNull().default('ACTIVE'),
    passwordHash: text('password_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** The language chosen for the apps (`en`, `es`, `fr`); null follows the browser. */
    locale: text('locale'),
    /** Access tokens issued at or before this instant are refused everywhere (revocation). */
    tokensRevokedAt: timestamp('tokens_revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

/**
 * Opaque refresh tokens, stored as SHA-256 digests. A sign-in starts a family; every refresh
 * marks the presented token used and adds its successor to the same family, so presenting a
 * used token again is detectable and ends the whole family.
 */
export const refreshTokens = authSchema.table(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash),
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_user_idx').on(t.userId),
  ],
);

/** Keys integrations use instead of signing in; the secret is stored only as a SHA-256 digest. */
export const apiKeys = authSchema.table(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash_key').on(t.secretHash),
    index('api_keys_owner_idx').on(t.ownerId),
  ],
);
