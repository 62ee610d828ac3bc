import { startTestPlatform, testAccessToken, type TestPlatform } from '@aula/platform/testing';
import { randomUUID } from 'node:crypto';

const ALLOWED = 'https://lms.school.example';

describe('gateway: GATEWAY_CORS_ORIGINS lets listed browser origins call the API, and no others', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({
      GATEWAY_CORS_ORIGINS: `${ALLOWED}, http://localhost:5173`,
    });
  }, 180_000);
  afterAll(() => platform?.close());

  const preflight = (origin: string) =>
    fetch(platform.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers a listed origin’s preflight and marks its responses readable', async () => {
    const answer = await preflight(ALLOWED);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
    expect(answer.headers.get('access-control-allow-headers')).toContain('authorization');

    const token = testAccessToken(randomUUID(), 'SUPERVISOR');
    const query = await fetch(platform.url, {
      method: 'POST',
      headers: {
        origin: ALLOWED,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ chatbotTemplates { id } }' }),
    });
    expect(query.status).toBe(200);
    expect(query.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(query.headers.get('vary')).toContain('Origin');
    const body = (await query.json()) as { data?: { chatbotTemplates: unknown[] } };
    expect(body.data?.chatbotTemplates.length).toBeGreaterThan(0);

    // The upload route is covered too, so a browser integration can send files.
    const upload = await preflight(ALLOWED).then(() =>
      fetch(new URL('/uploads/materials', platform.url), {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
      }),
    );
    expect(upload.status).toBe(204);
    expect(upload.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives an unlisted origin no CORS headers, so its browser refuses the answer', async () => {
    const answer = await preflight('https://evil.example');
    expect(answer.status).toBe(403);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const query = await fetch(platform.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(query.headers.get('access-control-allow-origin')).toBeNull();
  });
});
