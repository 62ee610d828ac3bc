import { signServiceToken } from '@aula/runtime';
import jwt from 'jsonwebtoken';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  graphql,
  startTestPlatform,
  TEST_ENV,
  TEST_TOKENS,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';

/** Booting under a busy shared machine can be slow; this allows for it (no test asserts a timing). */
const SLOW_START_MS = 180_000;

const code = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code;

/** Every bad token is refused by the gateway before planning and by a subgraph called directly (HS256). */
describe('token verification at the gateway and at each subgraph', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  }, SLOW_START_MS);
  afterAll(async () => {
    await platform.close();
  });

  describe('rejects bad access tokens at the gateway and at a subgraph called directly', () => {
    const userId = '00000000-0000-4000-8000-000000000001';
    const sign = (
      overrides: jwt.SignOptions = {},
      secret: jwt.Secret = TEST_ENV.JWT_SECRET,
      payload: object = { role: 'ADMIN' },
    ) =>
      jwt.sign(payload, secret, {
        algorithm: 'HS256',
        subject: userId,
        issuer: TEST_ENV.JWT_ISSUER,
        audience: TEST_ENV.JWT_AUDIENCE,
        expiresIn: 900,
        jwtid: randomUUID(),
        ...overrides,
      });
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

    const cases: Array<[string, () => string]> = [
      ['expired', () => testAccessToken(userId, 'ADMIN', { expiresIn: -60 })],
      [
        'tampered (role raised after signing)',
        () => {
          const [header, , signature] = testAccessToken(userId, 'STUDENT').split('.');
          const now = Math.floor(Date.now() / 1000);
          return `${header}.${b64({ sub: userId, role: 'ADMIN', iss: 'aula', aud: 'aula-api', iat: now, exp: now + 900, jti: randomUUID() })}.${signature}`;
        },
      ],
      ['wrong issuer', () => sign({ issuer: 'someone-else' })],
      ['wrong audience', () => sign({ audience: 'another-api' })],
      ['signed with another secret', () => sign({}, 'another-secret-that-is-also-32-bytes-long')],
      [
        'alg: none',
        () => {
          const now = Math.floor(Date.now() / 1000);
          return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: userId, role: 'ADMIN', iss: 'aula', aud: 'aula-api', iat: now, exp: now + 900, jti: randomUUID() })}.`;
        },
      ],
      ['RS256 where HS256 is configured', () => sign({ algorithm: 'RS256' }, privateKey)],
      [
        'a forged service token',
        () =>
          sign({ audience: `${TEST_ENV.JWT_AUDIENCE}:internal` }, TEST_ENV.JWT_SECRET, {
            svc: 'chat',
          }),
      ],
      ['an unknown role', () => sign({}, TEST_ENV.JWT_SECRET, { role: 'SUPERUSER' })],
    ];

    it.each(cases)('%s', async (_name, make) => {
      const token = make();
      for (const url of [platform.url, platform.subgraphs.auth!.url]) {
        const result = await graphql(url, '{ me { id } }', {}, token);
        expect(code(result)).toBe('UNAUTHENTICATED');
        expect(result.data ?? null).toBeNull();
      }
    });

    it('accepts a well-formed token at both, as the control case', async () => {
      for (const url of [platform.url, platform.subgraphs.auth!.url]) {
        expect((await graphql(url, '{ me { id } }', {}, sign())).data).toEqual({ me: null });
      }
    });

    it('keeps service-only operations away from people', async () => {
      const query = 'query { exchangeApiKey(secret: "aula_sk_x") { keyId } }';
      // Not even part of the public API: the gateway calls auth for it directly.
      expect(code(await graphql(platform.url, query, {}, sign()))).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
      expect(code(await graphql(platform.subgraphs.auth!.url, query, {}, sign()))).toBe(
        'FORBIDDEN',
      );
      const asChat = signServiceToken(TEST_TOKENS, 'chat');
      expect(code(await graphql(platform.subgraphs.auth!.url, query, {}, asChat))).toBe(
        'FORBIDDEN',
      );
    });
  });

  it('publishes no keys under HS256, through the gateway as at auth', async () => {
    for (const base of [platform.url, platform.subgraphs.auth!.url]) {
      const response = await fetch(new URL('/.well-known/jwks.json', base));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ keys: [] });
    }
  });
});
