import type { Db } from '@aula/runtime';
import { asc } from 'drizzle-orm';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { ltiToolKeys } from './tables';

/** Aula's signing key as an LTI tool (Deep Linking responses, service-token client assertions). */
export interface ToolKey {
  /** Signs `claims` as a JWT (RS256) with the tool key's `kid`. */
  sign(claims: JWTPayload, options: { expiresInSeconds: number }): Promise<string>;
  /** The public keys, as a JWKS document. */
  jwks(): Promise<{ keys: JWK[] }>;
}

/**
 * The tool key, generated on first use and stored in `auth.lti_tool_keys` so every replica
 * signs with the same key (the oldest row wins a race between two replicas).
 */
export function createToolKey(db: Db): ToolKey {
  let loaded:
    | Promise<{ kid: string; key: Awaited<ReturnType<typeof importJWK>>; publicJwk: JWK }>
    | undefined;
  const load = async () => {
    let [row] = await db.select().from(ltiToolKeys).orderBy(asc(ltiToolKeys.createdAt)).limit(1);
    if (!row) {
      const pair = await generateKeyPair('RS256', { extractable: true });
      const kid = randomUUID();
      const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
      const privateJwk = { ...(await exportJWK(pair.privateKey)), kid, alg: 'RS256' };
      await db.insert(ltiToolKeys).values({ kid, privateJwk, publicJwk }).onConflictDoNothing();
      [row] = await db.select().from(ltiToolKeys).orderBy(asc(ltiToolKeys.createdAt)).limit(1);
    }
    const found = row!;
    return {
      kid: found.kid,
      key: await importJWK(found.privateJwk as JWK, 'RS256'),
      publicJwk: found.publicJwk as JWK,
    };
  };
  const current = () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return {
    async sign(claims, { expiresInSeconds }) {
      const { kid, key } = await current();
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuedAt()
        .setExpirationTime(`${expiresInSeconds}s`)
        .sign(key);
    },
    async jwks() {
      return { keys: [(await current()).publicJwk] };
    },
  };
}
