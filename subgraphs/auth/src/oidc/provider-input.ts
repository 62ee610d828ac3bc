import { badInput, type Role } from '@aula/runtime';
import type { RoleMapping } from './tables';

/** Most identity providers one Aula may have (the sign-in page shows a button for each). */
export const MAX_IDENTITY_PROVIDERS = 20;

/** The scopes every sign-in asks for; administrators add to them, never remove. */
export const BASE_SCOPES = ['openid', 'email', 'profile'] as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// RFC 6749 scope-token: printable ASCII except space, `"` and `\`.
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/;

/** `true` for `http://localhost…`, `127.0.0.1` and `[::1]`: the only places plain HTTP is allowed. */
export const isLoopbackUrl = (url: URL) => LOOPBACK_HOSTS.has(url.hostname);

/** The issuer as stored (no trailing slash), or `BAD_USER_INPUT`: https, or http on loopback. */
export function checkIssuer(issuer: string): string {
  let url: URL;
  try {
    url = new URL(issuer.trim());
  } catch {
    throw badInput(`"${issuer}" is not a URL.`, { field: 'issuer' });
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackUrl(url));
  if (!secure || url.search || url.hash || url.username || url.password) {
    throw badInput(
      'The issuer must be an https URL without query or fragment (plain http only on localhost).',
      { field: 'issuer' },
    );
  }
  return url.href.replace(/\/+$/, '');
}

/** The trimmed text when its length is within bounds, or `BAD_USER_INPUT` naming `field`. */
export function checkText(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max) {
    throw badInput(`${field} must be 1 to ${max} characters long.`, { field });
  }
  return trimmed;
}

/** Lower-cased, de-duplicated domains; at least one, at most 50. */
export function checkDomains(domains: readonly string[]): string[] {
  const cleaned = [...new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
  if (cleaned.length < 1 || cleaned.length > 50) {
    throw badInput('Give 1 to 50 allowed e-mail domains (such as school.example).', {
      field: 'allowedDomains',
    });
  }
  const bad = cleaned.find((d) => !DOMAIN.test(d));
  if (bad !== undefined) {
    throw badInput(`"${bad}" is not an e-mail domain (such as school.example).`, {
      field: 'allowedDomains',
    });
  }
  return cleaned;
}

/** Extra scopes without the base ones, de-duplicated; at most 20 valid scope tokens. */
export function checkScopes(scopes: readonly string[]): string[] {
  const extra = [...new Set(scopes.map((s) => s.trim()))].filter(
    (s) => !(BASE_SCOPES as readonly string[]).includes(s),
  );
  if (extra.length > 20 || extra.some((s) => !SCOPE_TOKEN.test(s))) {
    throw badInput('Give at most 20 extra scopes, each a single word such as "groups".', {
      field: 'extraScopes',
    });
  }
  return extra;
}

/** At most 100 mappings with 1 to 200 character values. */
export function checkRoleMappings(mappings: readonly RoleMapping[]): RoleMapping[] {
  if (mappings.length > 100) {
    throw badInput('Give at most 100 role mappings.', { field: 'roleMappings' });
  }
  return mappings.map((m) => ({ value: checkText(m.value, 'roleMappings', 200), role: m.role }));
}

/** The role of accounts created without a matching mapping: never ADMIN. */
export function checkDefaultRole(role: Role): Role {
  if (role === 'ADMIN') {
    throw badInput(
      'Accounts created at sign-in cannot be administrators by default; map a claim value to ADMIN instead.',
      { field: 'defaultRole' },
    );
  }
  return role;
}

const RANK: Record<Role, number> = { STUDENT: 0, SUPERVISOR: 1, ADMIN: 2 };

/**
 * The role a new account gets from the ID token's claims: the highest role any value of
 * `claim` maps to, else `fallback`. The claim may be a string or a list of strings; anything
 * else maps nothing.
 */
export function mappedRole(
  claims: Readonly<Record<string, unknown>>,
  claim: string | null,
  mappings: readonly RoleMapping[],
  fallback: Role,
): Role {
  if (!claim) return fallback;
  const raw = claims[claim];
  const values = new Set(
    (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string'),
  );
  let best: Role | null = null;
  for (const mapping of mappings) {
    if (values.has(mapping.value) && (best === null || RANK[mapping.role] > RANK[best])) {
      best = mapping.role;
    }
  }
  return best ?? fallback;
}

/** The lower-cased domain of an e-mail address, or null when it has none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}
