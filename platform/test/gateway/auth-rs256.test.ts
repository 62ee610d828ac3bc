import jwt from 'jsonwebtoken';
import {
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  type JsonWebKey,
} from 'node:crypto';
import { graphql, startTestPlatform, TEST_ENV, type TestPlatform } from '@aula/platform/testing';

/** Booting under a busy shared machine can be slow; this allows for it (no test asserts a timing). */
const SLOW_START_MS = 180_000;

const pair = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const code = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The platform signing with RS256: published keys, and no algorithm confusion. */
describe('auth with RS256 through the gateway', () => {
  let platform: TestPlatform;
  let accessToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform({
      JWT_ALGORITHM: 'RS256',
      JWT_PUBLIC_KEY: pair.publicKey,
      JWT_PRIVATE_KEY: pair.privateKey,
    });
    const login = await graphql<{ login: { accessToken: string } }>(
      platform.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: TEST_ENV.AUTH_ADMIN_EMAIL, p: TEST_ENV.AUTH_ADMIN_PASSWORD },
    );
    accessToken = login.data!.login.accessToken;
  }, SLOW_START_MS);
  afterAll(async () => {
    await platform.close();
  });

  it('publishes the public key at /.well-known/jwks.json on auth and the gateway, and tokens verify with it', async () => {
    const [viaGateway, atAuth] = await Promise.all(
      [platform.url, platform.subgraphs.auth!.url].map(async (base) => {
        const response = await fetch(new URL('/.well-known/jwks.json', base));
        expect(response.status).toBe(200);
        return (await response.json()) as {
          keys: Array<JsonWebKey & { kid: string; alg: string; use: string }>;
        };
      }),
    );
    expect(viaGateway).toEqual(atAuth);
    expect(viaGateway!.keys).toHaveLength(1);
    const jwk = viaGateway!.keys[0]!;
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwk).not.toHaveProperty('d');

    const header = jwt.decode(accessToken, { complete: true })!.header;
    expect(header).toMatchObject({ alg: 'RS256', kid: jwk.kid });
    const claims = jwt.verify(accessToken, createPublicKey({ key: jwk, format: 'jwk' }), {
      algorithms: ['RS256'],
      issuer: 'aula',
      audience: 'aula-api',
    });
    expect(claims).toMatchObject({ role: 'ADMIN' });
    expect((await graphql(platform.url, '{ me { email } }', {}, accessToken)).data).toEqual({
      me: { email: TEST_ENV.AUTH_ADMIN_EMAIL },
    });
  });

  it('rejects HS256 tokens keyed with the public key or the old shared secret, at the gateway and at auth', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: randomUUID(),
      role: 'ADMIN',
      iss: 'aula',
      aud: 'aula-api',
      iat: now,
      exp: now + 900,
      jti: randomUUID(),
    };
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
    const confused = `${unsigned}.${createHmac('sha256', pair.publicKey).update(unsigned).digest('base64url')}`;
    const sharedSecret = `${unsigned}.${createHmac('sha256', TEST_ENV.JWT_SECRET).update(unsigned).digest('base64url')}`;
    const noneAlg = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    for (const token of [confused, sharedSecret, noneAlg]) {
      for (const url of [platform.url, platform.subgraphs.auth!.url]) {
        const result = await graphql(url, '{ me { id } }', {}, token);
        expect(code(result)).toBe('UNAUTHENTICATED');
        expect(result.data ?? null).toBeNull();
      }
    }
  });

  it('rejects an RS256 token signed by another key pair', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = jwt.sign({ role: 'ADMIN' }, other.privateKey, {
      algorithm: 'RS256',
      subject: randomUUID(),
      issuer: 'aula',
      audience: 'aula-api',
      expiresIn: 900,
      jwtid: randomUUID(),
    });
    for (const url of [platform.url, platform.subgraphs.auth!.url]) {
      expect(code(await graphql(url, '{ me { id } }', {}, forged))).toBe('UNAUTHENTICATED');
    }
  });
});
