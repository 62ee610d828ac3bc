import { appError, ErrorCode, isUuid, notFound, type Db, type Role } from '@aula/runtime';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import {
  checkDefaultRole,
  checkDomains,
  checkIssuer,
  checkRoleMappings,
  checkScopes,
  checkText,
  MAX_IDENTITY_PROVIDERS,
} from './provider-input';
import type { SecretBox } from './secret-box';
import { identityProviders, type RoleMapping } from './tables';

/** A row of `auth.identity_providers`. */
export type IdentityProviderRow = typeof identityProviders.$inferSelect;

/** What `createIdentityProvider` takes (the GraphQL input, defaults applied). */
export interface NewIdentityProvider {
  readonly name: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret?: string | null;
  readonly extraScopes?: readonly string[] | null;
  readonly allowedDomains: readonly string[];
  readonly roleClaim?: string | null;
  readonly roleMappings?: readonly RoleMapping[] | null;
  readonly defaultRole?: Role | null;
  readonly createAccounts?: boolean | null;
  readonly passwordSignInDisabled?: boolean | null;
}

/** What `updateIdentityProvider` takes: absent fields stay. */
export type IdentityProviderChanges = {
  readonly [K in keyof NewIdentityProvider]?: NewIdentityProvider[K] | null;
} & { readonly enabled?: boolean | null };

/** The client settings discovery is checked with. */
export interface ClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
}

/**
 * Fetches and checks an issuer's discovery document for these client settings; throws an
 * `Error` whose message says what is wrong.
 */
export type DiscoveryCheck = (settings: ClientSettings) => Promise<void>;

/** Administrators' identity providers: validated, discovery-checked, secrets sealed. */
export class IdentityProviderRegistry {
  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
    private readonly checkDiscovery: DiscoveryCheck,
  ) {}

  /** Every provider, by name. */
  list(): Promise<IdentityProviderRow[]> {
    return this.db.select().from(identityProviders).orderBy(asc(identityProviders.name));
  }

  /** Enabled providers, by name (the sign-in page's buttons). */
  listEnabled(): Promise<IdentityProviderRow[]> {
    return this.db
      .select()
      .from(identityProviders)
      .where(eq(identityProviders.enabled, true))
      .orderBy(asc(identityProviders.name));
  }

  /** One provider, or null (also for ids that are not UUIDs). */
  async find(id: string): Promise<IdentityProviderRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .select()
      .from(identityProviders)
      .where(eq(identityProviders.id, id))
      .limit(1);
    return row ?? null;
  }

  /** The client secret in clear, for the token request; null for a public client. */
  clientSecretOf(row: IdentityProviderRow): string | null {
    return row.clientSecretSealed ? this.box.open(row.clientSecretSealed, row.id) : null;
  }

  /**
   * Validates, checks discovery, then stores a new provider (enabled). `CONFLICT` at
   * {@link MAX_IDENTITY_PROVIDERS}: counted before discovery (a quick refusal) and again under a
   * table lock when storing, so two created at once cannot both take the last place.
   */
  async create(input: NewIdentityProvider): Promise<IdentityProviderRow> {
    await this.requireRoom(this.db);
    const settings: ClientSettings = {
      issuer: checkIssuer(input.issuer),
      clientId: checkText(input.clientId, 'clientId', 300),
      clientSecret: secretOrNull(input.clientSecret),
    };
    const values = {
      name: checkText(input.name, 'name', 60),
      issuer: settings.issuer,
      clientId: settings.clientId,
      extraScopes: checkScopes(input.extraScopes ?? []),
      allowedDomains: checkDomains(input.allowedDomains),
      roleClaim: claimOrNull(input.roleClaim),
      roleMappings: checkRoleMappings(input.roleMappings ?? []),
      defaultRole: checkDefaultRole(input.defaultRole ?? 'STUDENT'),
      createAccounts: input.createAccounts ?? false,
      passwordSignInDisabled: input.passwordSignInDisabled ?? false,
    };
    await this.discover(settings);
    const id = randomUUID();
    const clientSecretSealed = settings.clientSecret
      ? this.box.seal(settings.clientSecret, id)
      : null;
    const row = await this.db.transaction(async (tx) => {
      await tx.execute(sql`lock table auth.identity_providers in share row exclusive mode`);
      await this.requireRoom(tx);
      const [inserted] = await tx
        .insert(identityProviders)
        .values({ ...values, id, clientSecretSealed })
        .returning();
      return inserted;
    });
    if (!row) throw new Error('insert returned nothing');
    return row;
  }

  private async requireRoom(db: Pick<Db, 'select'>): Promise<void> {
    const [{ total = 0 } = {}] = await db.select({ total: count() }).from(identityProviders);
    if (total >= MAX_IDENTITY_PROVIDERS) {
      throw appError(
        ErrorCode.CONFLICT,
        `Aula has ${MAX_IDENTITY_PROVIDERS} identity providers already; remove or reuse one.`,
      );
    }
  }

  /** Applies changes; discovery is checked again when the issuer, client id or secret change. */
  async update(id: string, changes: IdentityProviderChanges): Promise<IdentityProviderRow> {
    const current = await this.find(id);
    if (!current) throw notFound('That identity provider');
    const set: Partial<typeof identityProviders.$inferInsert> = {};
    if (changes.name != null) set.name = checkText(changes.name, 'name', 60);
    if (changes.issuer != null) set.issuer = checkIssuer(changes.issuer);
    if (changes.clientId != null) set.clientId = checkText(changes.clientId, 'clientId', 300);
    if (changes.extraScopes != null) set.extraScopes = checkScopes(changes.extraScopes);
    if (changes.allowedDomains != null) set.allowedDomains = checkDomains(changes.allowedDomains);
    if (changes.roleClaim != null) set.roleClaim = claimOrNull(changes.roleClaim);
    if (changes.roleMappings != null) set.roleMappings = checkRoleMappings(changes.roleMappings);
    if (changes.defaultRole != null) set.defaultRole = checkDefaultRole(changes.defaultRole);
    if (changes.createAccounts != null) set.createAccounts = changes.createAccounts;
    if (changes.passwordSignInDisabled != null)
      set.passwordSignInDisabled = changes.passwordSignInDisabled;
    if (changes.enabled != null) set.enabled = changes.enabled;
    const secretChanged = changes.clientSecret != null;
    const newSecret = secretOrNull(changes.clientSecret);
    if (secretChanged) set.clientSecretSealed = newSecret ? this.box.seal(newSecret, id) : null;
    if (set.issuer !== undefined || set.clientId !== undefined || secretChanged) {
      await this.discover({
        issuer: set.issuer ?? current.issuer,
        clientId: set.clientId ?? current.clientId,
        clientSecret: secretChanged ? newSecret : this.clientSecretOf(current),
      });
    }
    return this.write(id, set);
  }

  /** Stops offering and accepting the provider. */
  disable(id: string): Promise<IdentityProviderRow> {
    return this.write(id, { enabled: false });
  }

  /**
   * The enabled providers that turned password sign-in off for this e-mail's domain (empty when
   * passwords are allowed).
   */
  passwordBlockersFor(domain: string): Promise<Pick<IdentityProviderRow, 'id' | 'name'>[]> {
    return this.db
      .select({ id: identityProviders.id, name: identityProviders.name })
      .from(identityProviders)
      .where(
        and(
          eq(identityProviders.enabled, true),
          eq(identityProviders.passwordSignInDisabled, true),
          sql`${domain} = any(${identityProviders.allowedDomains})`,
        ),
      )
      .orderBy(asc(identityProviders.name));
  }

  private async write(
    id: string,
    set: Partial<typeof identityProviders.$inferInsert>,
  ): Promise<IdentityProviderRow> {
    if (!isUuid(id)) throw notFound('That identity provider');
    const [row] = await this.db
      .update(identityProviders)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(identityProviders.id, id))
      .returning();
    if (!row) throw notFound('That identity provider');
    return row;
  }

  private async discover(settings: ClientSettings): Promise<void> {
    try {
      await this.checkDiscovery(settings);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        `Could not use ${settings.issuer} as an OpenID provider: ${reason}. Check the issuer URL ` +
          '(its /.well-known/openid-configuration must be reachable from Aula and name the same issuer).',
        { field: 'issuer' },
      );
    }
  }
}

const secretOrNull = (secret: string | null | undefined): string | null => {
  if (secret == null || secret === '') return null;
  return checkText(secret, 'clientSecret', 1000);
};

const claimOrNull = (claim: string | null | undefined): string | null =>
  claim == null || claim.trim() === '' ? null : checkText(claim, 'roleClaim', 100);
