import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authSchema, roleEnum, users } from '../db/schema';

/** One claim value and the role it gives (`identity_providers.role_mappings`). */
export interface RoleMapping {
  readonly value: string;
  readonly role: 'STUDENT' | 'SUPERVISOR' | 'ADMIN';
}

/**
 * OpenID Connect providers an administrator configured. The client secret is stored only
 * encrypted (AES-256-GCM, see `secret-box.ts`): it must be sent to the provider, so it cannot be
 * a digest.
 */
export const identityProviders = authSchema.table('identity_providers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecretSealed: text('client_secret_sealed'),
  extraScopes: text('extra_scopes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  allowedDomains: text('allowed_domains').array().notNull(),
  roleClaim: text('role_claim'),
  roleMappings: jsonb('role_mappings').$type<RoleMapping[]>().notNull().default([]),
  defaultRole: roleEnum('default_role').notNull().default('STUDENT'),
  createAccounts: boolean('create_accounts').notNull().default(false),
  passwordSignInDisabled: boolean('password_sign_in_disabled').notNull().default(false),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which provider account (`iss` via the provider, `sub`) is which Aula account. */
export const identityLinks = authSchema.table(
  'identity_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => identityProviders.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('identity_links_provider_subject_key').on(t.providerId, t.subject),
    index('identity_links_user_idx').on(t.userId),
  ],
);

/**
 * Sign-ins sent to a provider and not yet back: the state (as a SHA-256 digest, it is the
 * lookup key), the nonce and PKCE verifier the callback needs, and the digest of the browser's
 * key. Each is consumed once (deleted when the callback claims it) and expires.
 */
export const oidcSignInAttempts = authSchema.table(
  'oidc_sign_in_attempts',
  {
    stateHash: text('state_hash').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => identityProviders.id, { onDelete: 'cascade' }),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    browserKeyHash: text('browser_key_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_sign_in_attempts_expires_idx').on(t.expiresAt)],
);

/**
 * What a callback decided, waiting for the app to collect it with `completeSingleSignOn`: a
 * user to sign in (only for the browser whose key digest matches) or an error to show. The
 * one-time code is stored as a SHA-256 digest.
 */
export const ssoHandoffs = authSchema.table(
  'sso_handoffs',
  {
    codeHash: text('code_hash').primaryKey(),
    browserKeyHash: text('browser_key_hash'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sso_handoffs_expires_idx').on(t.expiresAt)],
);
