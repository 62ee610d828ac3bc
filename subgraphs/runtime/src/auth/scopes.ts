/**
 * What an API key may be granted. Every subgraph checks these strings with
 * `requireScope`; the auth subgraph exposes them as the `ApiKeyScope` enum
 * (`USERS_READ` ↔ `users:read`).
 */
export const API_KEY_SCOPES = [
  'users:read',
  'usage:read',
  'chat:read',
  'content:read',
  'monitoring:read',
  'usage:write',
  'chat:write',
] as const;

/** One of {@link API_KEY_SCOPES}. */
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** `true` when `value` is a scope Aula knows. */
export const isApiKeyScope = (value: string): value is ApiKeyScope =>
  (API_KEY_SCOPES as readonly string[]).includes(value);

/**
 * Every API key secret starts with this, so the gateway (and secret scanners) can tell a
 * key from a JWT at a glance.
 */
export const API_KEY_PREFIX = 'aula_sk_';
