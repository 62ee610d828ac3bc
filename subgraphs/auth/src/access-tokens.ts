import { secretKeyOf, type Role, type TokenSettings } from '@aula/runtime';
import jwt from 'jsonwebtoken';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomUUID,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

/** A freshly signed access token. */
export interface SignedAccessToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** What an access token is issued for. */
export interface AccessSubject {
  readonly userId: string;
  readonly role: Role;
  /** For API keys: the key's id and scopes, as the `kid`/`scp` claims. */
  readonly apiKey?: { readonly id: string; readonly scopes: readonly string[] };
}

/** Signs Aula access tokens; only the auth subgraph holds one. */
export interface AccessTokenSigner {
  sign(subject: AccessSubject, ttlSeconds: number): SignedAccessToken;
  /** The public keys for `/.well-known/jwks.json`; empty under HS256, whose secret is never published. */
  jwks(): { keys: JsonWebKey[] };
}

/**
 * Creates the signer for the configured algorithm. RS256 needs the private key, and it must
 * belong to the configured public key: a mismatch would mint tokens nobody accepts.
 */
export function createAccessTokenSigner(settings: TokenSettings): AccessTokenSigner {
  // A KeyObject built once: jsonwebtoken would otherwise parse the key on every sign.
  let key: KeyObject;
  let keyId: string | undefined;
  let publicJwk: JsonWebKey | undefined;
  if (settings.algorithm === 'HS256') {
    if (!settings.secret)
      throw new Error('Invalid configuration: JWT_SECRET is required with JWT_ALGORITHM=HS256');
    key = secretKeyOf(settings.secret);
  } else {
    if (!settings.privateKey || !settings.publicKey) {
      throw new Error(
        'Invalid configuration: JWT_PRIVATE_KEY and JWT_PUBLIC_KEY are both required with JWT_ALGORITHM=RS256',
      );
    }
    const derived = createPublicKey(createPrivateKey(settings.privateKey));
    const configured = createPublicKey(settings.publicKey);
    const spki = (k: typeof derived) => k.export({ type: 'spki', format: 'der' });
    if (!spki(derived).equals(spki(configured))) {
      throw new Error('Invalid configuration: JWT_PRIVATE_KEY does not belong to JWT_PUBLIC_KEY');
    }
    key = createPrivateKey(settings.privateKey);
    // The key id is a digest of the public key, so it changes exactly when the key does.
    keyId = createHash('sha256').update(spki(configured)).digest('base64url').slice(0, 16);
    publicJwk = { ...configured.export({ format: 'jwk' }), kid: keyId, alg: 'RS256', use: 'sig' };
  }
  return {
    sign(subject, ttlSeconds) {
      const claims: Record<string, unknown> = { role: subject.role };
      if (subject.apiKey) {
        claims.kid = subject.apiKey.id;
        claims.scp = [...subject.apiKey.scopes];
      }
      // `iat` keeps milliseconds (a NumericDate may be fractional): verifiers compare it with
      // the user's revocation time, and a sign-in right after a revocation must still count.
      const now = Date.now();
      claims.iat = now / 1000;
      claims.exp = Math.floor(now / 1000) + ttlSeconds;
      const token = jwt.sign(claims, key, {
        algorithm: settings.algorithm,
        subject: subject.userId,
        issuer: settings.issuer,
        audience: settings.audience,
        jwtid: randomUUID(),
        ...(keyId ? { keyid: keyId } : {}),
      });
      const { exp } = jwt.decode(token, { json: true }) as { exp: number };
      return { token, expiresAt: new Date(exp * 1000) };
    },
    jwks: () => ({ keys: publicJwk ? [publicJwk] : [] }),
  };
}
