import { startTestPlatform, graphql, testAccessToken, type TestPlatform } from './testing/platform';

describe('embedded platform', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform.close();
  });

  it('answers an anonymous query through the gateway', async () => {
    const result = await graphql(platform.url, '{ me { id } }');
    expect(result).toEqual({ status: 200, data: { me: null } });
  });

  it('rejects a tampered token before planning', async () => {
    const token = testAccessToken('00000000-0000-4000-8000-000000000000', 'ADMIN');
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const result = await graphql(platform.url, '{ me { id } }', {}, tampered);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves health and readiness on every subgraph', async () => {
    for (const server of Object.values(platform.subgraphs)) {
      const base = server.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    }
  });
});
