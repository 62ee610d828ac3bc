import {
  appError,
  ErrorCode,
  forbidden,
  isUniqueViolation,
  unauthenticated,
  type Db,
} from '@aula/runtime';
import { and, eq, lt } from 'drizzle-orm';
import type { GraphQLError } from 'graphql';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { users } from '../db/schema';
import type { IssuedSession, SessionStore } from '../sessions';
import { findUserByEmail, findUserById, type UserRow } from '../users';
import type { ProviderConfigurations } from './discovery';
import { providerFailure } from './errors';
import { BASE_SCOPES, emailDomain, mappedRole } from './provider-input';
import type { IdentityProviderRegistry, IdentityProviderRow } from './providers';
import { identityLinks, oidcSignInAttempts, ssoHandoffs } from './tables';

/** How long a sign-in may stay at the provider (login, consent) before its state expires. */
const ATTEMPT_TTL_MS = 10 * 60_000;
/** How long the app has to collect a callback's outcome. */
const HANDOFF_TTL_MS = 2 * 60_000;
/** The browser key the app sends: 32 to 128 base64url characters. */
const BROWSER_KEY = /^[A-Za-z0-9_-]{32,128}$/;

const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

const sameDigest = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Where a sign-in attempt goes next: the provider's authorization URL. */
export interface StartedSignIn {
  readonly authorizationUrl: URL;
}

/** The outcome of a callback the app collects: a person to sign in, or an error to show. */
export type CallbackOutcome =
  | { readonly kind: 'user'; readonly userId: string; readonly browserKeyHash: string }
  | { readonly kind: 'error'; readonly error: GraphQLError };

/**
 * OpenID Connect sign-in: the authorization-code flow with PKCE, state and nonce (each one-time
 * and expiring, kept in PostgreSQL), the ID token validated by openid-client (issuer, audience,
 * signature, expiry, nonce), accounts linked by verified e-mail within the provider's allowed
 * domains, and the resulting Aula session issued by the same `SessionStore` as a password
 * sign-in.
 */
export class SingleSignOn {
  constructor(
    private readonly db: Db,
    private readonly providers: IdentityProviderRegistry,
    private readonly configurations: ProviderConfigurations,
    private readonly sessions: SessionStore,
  ) {}

  /**
   * Starts a sign-in with provider `providerId` for the browser holding `browserKey`; the
   * provider sends the person back to `redirectUri`.
   */
  async start(providerId: string, browserKey: string, redirectUri: string): Promise<StartedSignIn> {
    if (!BROWSER_KEY.test(browserKey)) {
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        'Start single sign-on from the sign-in page (the browser key is missing).',
        { argument: 'browser' },
      );
    }
    const provider = await this.enabledProvider(providerId);
    const config = await this.configurationOf(provider);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await this.db.insert(oidcSignInAttempts).values({
      stateHash: digest(state),
      providerId: provider.id,
      nonce,
      codeVerifier,
      redirectUri,
      browserKeyHash: digest(browserKey),
      expiresAt: new Date(Date.now() + ATTEMPT_TTL_MS),
    });
    const authorizationUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: [...BASE_SCOPES, ...provider.extraScopes].join(' '),
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl };
  }

  /**
   * Handles the provider's redirect back (`query` as it arrived): claims the state once, trades
   * the code with PKCE, validates the ID token and finds (or creates) the account.
   */
  async callback(query: URLSearchParams): Promise<CallbackOutcome> {
    try {
      return await this.signInFromCallback(query);
    } catch (error) {
      if (
        error instanceof Error &&
        'extensions' in error &&
        (error as GraphQLError).extensions.code
      )
        return { kind: 'error', error: error as GraphQLError };
      throw error;
    }
  }

  /** Stores an outcome for the app to collect; returns the one-time code for `/login#sso=`. */
  async handOff(outcome: CallbackOutcome): Promise<string> {
    const code = randomBytes(32).toString('base64url');
    await this.db.insert(ssoHandoffs).values({
      codeHash: digest(code),
      browserKeyHash: outcome.kind === 'user' ? outcome.browserKeyHash : null,
      userId: outcome.kind === 'user' ? outcome.userId : null,
      errorCode: outcome.kind === 'error' ? String(outcome.error.extensions.code) : null,
      errorMessage: outcome.kind === 'error' ? outcome.error.message : null,
      expiresAt: new Date(Date.now() + HANDOFF_TTL_MS),
    });
    return code;
  }

  /**
   * Trades a handoff code (once) for a session, in the browser that started the sign-in; an
   * outcome that was an error is thrown as that error.
   */
  async complete(code: string, browserKey: string): Promise<IssuedSession> {
    const [row] = await this.db
      .delete(ssoHandoffs)
      .where(eq(ssoHandoffs.codeHash, digest(code)))
      .returning();
    if (!row || row.expiresAt.getTime() <= Date.now()) {
      throw unauthenticated('This sign-in code was already used or has expired. Sign in again.');
    }
    if (row.errorCode) {
      const code = (Object.values(ErrorCode) as string[]).includes(row.errorCode)
        ? (row.errorCode as ErrorCode)
        : ErrorCode.UNAUTHENTICATED;
      throw appError(code, row.errorMessage ?? 'The sign-in did not succeed. Start again.');
    }
    if (!row.browserKeyHash || !row.userId || !sameDigest(digest(browserKey), row.browserKeyHash)) {
      throw unauthenticated(
        'This sign-in was started in another browser or tab. Sign in again from this one.',
      );
    }
    const user = await findUserById(this.db, row.userId);
    return this.sessions.start(activeUser(user));
  }

  private async signInFromCallback(query: URLSearchParams): Promise<CallbackOutcome> {
    const state = query.get('state');
    const [attempt] = state
      ? await this.db
          .delete(oidcSignInAttempts)
          .where(eq(oidcSignInAttempts.stateHash, digest(state)))
          .returning()
      : [];
    if (!state || !attempt || attempt.expiresAt.getTime() <= Date.now()) {
      throw unauthenticated(
        'This sign-in was already completed, has expired or was not started here. Start again.',
      );
    }
    const provider = await this.enabledProvider(attempt.providerId);
    const config = await this.configurationOf(provider);
    const currentUrl = new URL(attempt.redirectUri);
    currentUrl.search = query.toString();
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Providers that keep the ID token small (and oidc-provider by default) give the e-mail
      // and groups only at the UserInfo endpoint, whose answer must name the same subject.
      const wanted = [
        'email',
        'email_verified',
        ...(provider.roleClaim ? [provider.roleClaim] : []),
      ];
      if (
        claims &&
        wanted.some((c) => claims?.[c] === undefined) &&
        config.serverMetadata().userinfo_endpoint
      ) {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...info, ...claims };
      }
    } catch (error) {
      throw providerFailure(provider.name, error);
    }
    if (!claims) throw providerFailure(provider.name, new oidc.ClientError('no ID token'));
    const user = await this.accountFor(provider, claims);
    return { kind: 'user', userId: user.id, browserKeyHash: attempt.browserKeyHash };
  }

  /** The account these validated claims sign in to, linking or creating it as allowed. */
  private async accountFor(provider: IdentityProviderRow, claims: oidc.IDToken): Promise<UserRow> {
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    const domain = emailDomain(email);
    if (!domain) {
      throw forbidden(
        `${provider.name} did not share an e-mail address, which Aula needs to know who you are.`,
      );
    }
    if (!provider.allowedDomains.includes(domain)) {
      throw forbidden(
        `Accounts of ${domain} may not sign in with ${provider.name} here. Use your school account.`,
      );
    }
    const [link] = await this.db
      .select()
      .from(identityLinks)
      .where(and(eq(identityLinks.providerId, provider.id), eq(identityLinks.subject, claims.sub)))
      .limit(1);
    let user: UserRow | null;
    if (link) {
      user = await findUserById(this.db, link.userId);
    } else {
      if (claims.email_verified !== true) {
        throw forbidden(
          `${provider.name} has not verified ${email}; Aula links accounts only by verified e-mail addresses.`,
        );
      }
      user =
        (await findUserByEmail(this.db, email)) ??
        (await this.createAccount(provider, claims, email));
      await this.db
        .insert(identityLinks)
        .values({ providerId: provider.id, subject: claims.sub, userId: user.id })
        .onConflictDoNothing();
    }
    const active = activeUser(user);
    await this.db
      .update(identityLinks)
      .set({ lastSignInAt: new Date() })
      .where(and(eq(identityLinks.providerId, provider.id), eq(identityLinks.subject, claims.sub)));
    return active;
  }

  private async createAccount(
    provider: IdentityProviderRow,
    claims: oidc.IDToken,
    email: string,
  ): Promise<UserRow> {
    if (!provider.createAccounts) {
      throw forbidden(`There is no Aula account for ${email}. Ask an administrator to create one.`);
    }
    const role = mappedRole(
      claims,
      provider.roleClaim,
      provider.roleMappings,
      provider.defaultRole,
    );
    try {
      const [row] = await this.db
        .insert(users)
        .values({ email, displayName: displayNameOf(claims, email), role, passwordHash: null })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    } catch (error) {
      // Two first sign-ins at once: the other created it.
      if (!isUniqueViolation(error)) throw error;
      const existing = await findUserByEmail(this.db, email);
      if (!existing) throw error;
      return existing;
    }
  }

  private async enabledProvider(id: string): Promise<IdentityProviderRow> {
    const provider = await this.providers.find(id);
    if (!provider || !provider.enabled) {
      throw forbidden(
        'This way of signing in is not offered any more. Choose another on the sign-in page.',
      );
    }
    return provider;
  }

  private async configurationOf(provider: IdentityProviderRow): Promise<oidc.Configuration> {
    try {
      return await this.configurations.get(provider.id, provider.updatedAt.toISOString(), {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: this.providers.clientSecretOf(provider),
      });
    } catch (error) {
      throw providerFailure(provider.name, error);
    }
  }
}

/** The user when they may sign in; FORBIDDEN for a suspended (or vanished) account. */
function activeUser(user: UserRow | null): UserRow {
  if (!user || user.status !== 'ACTIVE') {
    throw forbidden('This account is suspended. Ask an administrator.');
  }
  return user;
}

function displayNameOf(claims: oidc.IDToken, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const name =
    (typeof claims.name === 'string' && claims.name.trim()) ||
    `${given} ${family}`.trim() ||
    email.slice(0, email.indexOf('@'));
  return name.trim().slice(0, 120) || email;
}

/** Removes expired sign-in attempts and uncollected handoffs. */
export async function pruneSingleSignOn(db: Db): Promise<void> {
  const now = new Date();
  await db.delete(oidcSignInAttempts).where(lt(oidcSignInAttempts.expiresAt, now));
  await db.delete(ssoHandoffs).where(lt(ssoHandoffs.expiresAt, now));
}
