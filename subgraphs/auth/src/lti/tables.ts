import { sql } from 'drizzle-orm';
import { index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authSchema, users } from '../db/schema';

/**
 * LMSs an administrator registered as LTI 1.3 platforms: where to send a login (OIDC third-party
 * initiated login), whose keys sign its launches, and where to get service tokens (NRPS).
 */
export const ltiPlatforms = authSchema.table(
  'lti_platforms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    authLoginUrl: text('auth_login_url').notNull(),
    jwksUrl: text('jwks_url').notNull(),
    accessTokenUrl: text('access_token_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lti_platforms_issuer_client_key').on(t.issuer, t.clientId)],
);

/** Deployments of Aula on a platform an administrator accepted (`deployment_id` claim). */
export const ltiDeployments = authSchema.table(
  'lti_deployments',
  {
    platformId: uuid('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    deploymentId: text('deployment_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lti_deployments_key').on(t.platformId, t.deploymentId)],
);

/**
 * Logins sent to a platform and not yet launched: the state (as a SHA-256 digest), the nonce the
 * id_token must carry, and the redirect URI used. Claimed once (`used_at`), kept until expiry so
 * a replayed launch is recognised as such.
 */
export const ltiLoginStates = authSchema.table(
  'lti_login_states',
  {
    stateHash: text('state_hash').primaryKey(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    nonce: text('nonce').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('lti_login_states_expires_idx').on(t.expiresAt)],
);

/** Which platform account (`sub`) is which Aula account. */
export const ltiUserLinks = authSchema.table(
  'lti_user_links',
  {
    platformId: uuid('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('lti_user_links_key').on(t.platformId, t.subject),
    index('lti_user_links_user_idx').on(t.userId),
  ],
);

/** A course (LTI context) and the Aula class its roster fills, with its NRPS endpoint. */
export const ltiContexts = authSchema.table(
  'lti_contexts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    deploymentId: text('deployment_id').notNull(),
    contextId: text('context_id').notNull(),
    title: text('title').notNull(),
    classId: uuid('class_id'),
    membershipsUrl: text('memberships_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    syncedAt: timestamp('synced_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('lti_contexts_key').on(t.platformId, t.contextId),
    index('lti_contexts_class_idx').on(t.classId),
  ],
);

/** What a Deep Linking request needs to answer: where to post back, and the platform's data. */
export interface DeepLinkingReturn {
  readonly returnUrl: string;
  readonly data: string | null;
  readonly deploymentId: string;
  readonly toolOrigin: string;
}

/**
 * A launch that signed someone in, waiting for the app to collect it with `completeLtiLaunch`
 * (the one-time code as a SHA-256 digest), and, for Deep Linking, until the instructor answers.
 */
export const ltiLaunches = authSchema.table(
  'lti_launches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codeHash: text('code_hash').notNull(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageType: text('message_type').notNull(),
    chatbotId: text('chatbot_id'),
    classId: uuid('class_id'),
    deepLinking: jsonb('deep_linking').$type<DeepLinkingReturn>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }).notNull(),
    collectedAt: timestamp('collected_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('lti_launches_code_key').on(t.codeHash),
    index('lti_launches_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Aula's own key as an LTI tool: it signs Deep Linking responses and the client assertions of
 * service-token requests, and is published at `/lti/jwks`. Generated once, shared by replicas.
 */
export const ltiToolKeys = authSchema.table('lti_tool_keys', {
  kid: text('kid').primaryKey(),
  privateJwk: jsonb('private_jwk').$type<Record<string, unknown>>().notNull(),
  publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});
