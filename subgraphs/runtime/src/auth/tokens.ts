import jwt from 'jsonwebtoken';
import { createPublicKey, createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { unauthenticated } from '../errors';
import type { Principal, Role } from './principal';
import type { RevocationList } from './revocations';
import type { ServiceKeys } from './service-keys';
import { API_KEY_PREFIX } from './scopes';

/** How access tokens are signed and checked; the same for every service. */
export interface TokenSettings {
  /** `HS256` (shared secret, the default) or `RS256` (key pair). */
  readonly algorithm: 'HS256' | 'RS256';
  /** HS256 secret, at least 32 bytes. */
  readonly secret?: string;
  /** RS256 public key (PEM), for verification. */
  readonly publicKey?: string;
  /** RS256 private key (PEM); only the auth service has it. */
  readonly privateKey?: string;
  /** `iss` claim. @default 'aula' */
  readonly issuer: string;
  /** `aud` claim. @default 'aula-api' */
  readonly audience: string;
  /**
   * Every service's verification key and this process's own signing key(s) for
   * service-to-service tokens (ES256); never used for people's tokens.
   */
  readonly serviceKeys: ServiceKeys;
  /** Seconds of clock skew tolerated on `exp`/`nbf`. @default 5 */
  readonly clockToleranceSeconds?: number;
}

const ROLES: readonly Role[] = ['STUDENT', 'SUPERVISOR', 'ADMIN'];
const SERVICE_AUDIENCE_SUFFIX = ':internal';
/** Most verified service tokens a verifier remembers at once. */
const MAX_VERIFIED_SERVICE_TOKENS = 1024;

/** Claims Aula puts in an access token. */
export interface AccessClaims {
  sub: string;
  role: Role;
  jti: string;
  iat: number;
  exp: number;
  /** Present on tokens minted for an API key: the key's id and scopes. */
  kid?: string;
  scp?: string[];
}

/**
 * Verifies bearer tokens with a one-algorithm allowlist, issuer, audience and expiry,
 * and turns them into a {@link Principal}. Used by the gateway and by every subgraph.
 */
export class TokenVerifier {
  // Built once: jsonwebtoken turns a string key into a KeyObject on every call otherwise,
  // which profiles showed as a tenth of the platform's CPU.
  private readonly userKey: KeyObject;
  /**
   * Service tokens already verified, with their expiry (ms): a service reuses its token for
   * many calls, so its ES256 signature is checked once per token rather than once per call.
   */
  private readonly verifiedServiceTokens = new Map<
    string,
    { readonly service: string; readonly expiresAtMs: number }
  >();

  constructor(
    private readonly settings: TokenSettings,
    /** Per-user revocation times; without it, tokens are good until they expire. */
    private readonly revocations?: RevocationList,
  ) {
    const key = settings.algorithm === 'HS256' ? settings.secret : settings.publicKey;
    if (!key)
      throw new Error(
        `TokenVerifier: no ${settings.algorithm === 'HS256' ? 'secret' : 'public key'}`,
      );
    this.userKey = settings.algorithm === 'HS256' ? secretKeyOf(key) : createPublicKey(key);
  }

  /**
   * Returns the principal for an `Authorization` header value, `null` when there is
   * none, and throws `UNAUTHENTICATED` for a token that is malformed, forged or expired.
   */
  principalFromHeader(header: string | undefined | null): Principal | null {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    return this.principalFromToken(match[1]);
  }

  /** As {@link principalFromHeader}, for a bare token. */
  principalFromToken(token: string): Principal {
    if (token.startsWith(API_KEY_PREFIX)) {
      // Only the gateway trades keys for access tokens; a subgraph never sees a raw key.
      throw unauthenticated(
        'API keys are accepted only by the Aula gateway, not by individual services.',
      );
    }
    const service = this.tryServiceToken(token);
    if (service) return service;
    const claims = this.verifyAccessToken(token);
    // auth writes `iat` with milliseconds, so a token issued just after a revocation passes.
    const issuedAt = Math.round(claims.iat * 1000);
    this.revocations?.assertCurrent(claims.sub, issuedAt);
    if (claims.kid && claims.scp) {
      return {
        kind: 'apiKey',
        userId: claims.sub,
        role: claims.role,
        keyId: claims.kid,
        scopes: claims.scp,
        expiresAt: claims.exp,
        issuedAt,
      };
    }
    return {
      kind: 'user',
      userId: claims.sub,
      role: claims.role,
      tokenId: claims.jti,
      expiresAt: claims.exp,
      issuedAt,
    };
  }

  /** Whether a person's token has been revoked since it was issued (for open subscriptions). */
  isRevoked(principal: Principal): boolean {
    if (principal.kind === 'service' || !this.revocations) return false;
    return this.revocations.isRevoked(principal.userId, principal.issuedAt ?? 0);
  }

  /** The revocation list this verifier checks, if any (to end open subscriptions). */
  get revocationList(): RevocationList | undefined {
    return this.revocations;
  }

  /** Verifies a user access token and returns its claims, or throws `UNAUTHENTICATED`. */
  verifyAccessToken(token: string): AccessClaims {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.userKey, {
        algorithms: [this.settings.algorithm],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: this.settings.clockToleranceSeconds ?? 5,
      });
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw unauthenticated(
        expired ? 'Your session has expired. Sign in again.' : 'The access token is not valid.',
      );
    }
    if (
      typeof payload !== 'object' ||
      typeof payload.sub !== 'string' ||
      typeof payload.jti !== 'string' ||
      typeof payload.iat !== 'number' ||
      !ROLES.includes(payload.role as Role)
    ) {
      throw unauthenticated('The access token is not valid.');
    }
    return payload as AccessClaims;
  }

  /** Keeps a verified service token until it expires (as jwt.verify counts, with the tolerance). */
  private rememberServiceToken(token: string, service: string, exp: number | undefined): void {
    if (exp === undefined) return;
    // A handful of live tokens per calling service; the bound only stops growth from churn.
    if (this.verifiedServiceTokens.size >= MAX_VERIFIED_SERVICE_TOKENS) {
      const oldest = this.verifiedServiceTokens.keys().next().value;
      if (oldest !== undefined) this.verifiedServiceTokens.delete(oldest);
    }
    const toleranceMs = (this.settings.clockToleranceSeconds ?? 5) * 1000;
    this.verifiedServiceTokens.set(token, { service, expiresAtMs: exp * 1000 + toleranceMs });
  }

  /**
   * A service token is checked against the key of the service it claims to be (its `svc`
   * claim and `sub`), so one service's key can never vouch for another.
   */
  private tryServiceToken(token: string): Principal | null {
    const known = this.verifiedServiceTokens.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return { kind: 'service', service: known.service };
      this.verifiedServiceTokens.delete(token);
    }
    const decoded = jwt.decode(token, { json: true });
    if (!decoded || decoded.aud !== this.settings.audience + SERVICE_AUDIENCE_SUFFIX) return null;
    const claimed = typeof decoded.svc === 'string' ? decoded.svc : '';
    const keys = this.settings.serviceKeys.publicKeys;
    const key = Object.hasOwn(keys, claimed) ? keys[claimed] : undefined;
    if (!key) throw unauthenticated('The service token is not valid.');
    try {
      const payload = jwt.verify(token, key, {
        algorithms: ['ES256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience + SERVICE_AUDIENCE_SUFFIX,
        subject: `service:${claimed}`,
        clockTolerance: this.settings.clockToleranceSeconds ?? 5,
      }) as jwt.JwtPayload;
      if (payload.svc !== claimed) throw new Error('svc changed');
      this.rememberServiceToken(token, claimed, payload.exp);
      return { kind: 'service', service: claimed };
    } catch {
      throw unauthenticated('The service token is not valid.');
    }
  }
}

/**
 * Mints a short-lived token that identifies a service (for example chat calling
 * accounting), signed with that service's own private key (ES256). Only a process holding
 * that key can: a split deployment gives each service its own and no other.
 */
export function signServiceToken(
  settings: TokenSettings,
  service: string,
  ttlSeconds = 60,
): string {
  const keys = settings.serviceKeys.privateKeys;
  const key = Object.hasOwn(keys, service) ? keys[service] : undefined;
  if (!key) throw new Error(`This process holds no signing key for the ${service} service.`);
  return jwt.sign({ svc: service }, key, {
    algorithm: 'ES256',
    keyid: service,
    issuer: settings.issuer,
    audience: settings.audience + SERVICE_AUDIENCE_SUFFIX,
    subject: `service:${service}`,
    expiresIn: ttlSeconds,
    jwtid: randomUUID(),
  });
}

/** HMAC keys by secret, so signing and verifying never rebuild one per call. */
const secretKeys = new Map<string, KeyObject>();

/** The KeyObject for an HMAC secret, built once per secret. */
export function secretKeyOf(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, key);
  }
  return key;
}
