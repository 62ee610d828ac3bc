import { sql } from 'drizzle-orm';
import { pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);
