import { verifySignature } from '@aula/monitoring/src/webhooks/signature';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '@aula/platform/testing';
import type { TestUser } from '../chat/harness';
import { BOOT_TIMEOUT_MS, startIntegrationFixture, type IntegrationFixture } from './fixture';

const CREATE = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { id url events active } } }`;
const TEST = `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id event status } }`;
const LOG = `query($e: ID!) { webhookEndpoint(id: $e) { deliveries(first: 50) { edges { node {
  id event status attemptCount payload attempts { number statusCode error } } } } } }`;

/** One request the receiver got. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP receiver answering with `statuses` in turn (then 200), recording every request. */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/aula`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Delivery {
  id: string;
  event: string;
  status: string;
  attemptCount: number;
  payload: string;
  attempts: Array<{ number: number; statusCode: number | null; error: string | null }>;
}

describe('signed webhooks through the gateway', () => {
  let f: IntegrationFixture;
  let teacher: TestUser;
  const receivers: Array<Awaited<ReturnType<typeof receiver>>> = [];

  const register = async (url: string, events: string[]) =>
    (
      await f.run<{
        createWebhookEndpoint: { secret: string; endpoint: { id: string; active: boolean } };
      }>(f.admin, CREATE, { i: { url, events, description: 'school LMS' } })
    ).createWebhookEndpoint;
  const log = async (endpointId: string) =>
    (
      await f.run<{ webhookEndpoint: { deliveries: { edges: Array<{ node: Delivery }> } } }>(
        f.admin,
        LOG,
        { e: endpointId },
      )
    ).webhookEndpoint.deliveries.edges.map((e) => e.node);

  beforeAll(async () => {
    f = await startIntegrationFixture({
      MONITORING_WEBHOOK_POLL_MS: '100',
      MONITORING_WEBHOOK_RETRY_BASE_MS: '300',
      MONITORING_WEBHOOK_MAX_ATTEMPTS: '5',
      ACCOUNTING_CREDITS_LOW_THRESHOLD: '1',
    });
    teacher = await f.person('SUPERVISOR');
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await f?.close();
  });

  it('signs a test delivery so the receiver can verify it, and logs the attempt', async () => {
    const hook = await receiver();
    receivers.push(hook);
    expect(
      await f.codes(teacher, CREATE, { i: { url: hook.url, events: ['FLAG_RAISED'] } }),
    ).toEqual(['FORBIDDEN']);
    const { secret, endpoint } = await register(hook.url, ['FLAG_RAISED']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint.active).toBe(true);

    const { sendTestWebhook } = await f.run<{ sendTestWebhook: Delivery }>(f.admin, TEST, {
      e: endpoint.id,
    });
    expect(sendTestWebhook).toMatchObject({ event: 'TEST', status: 'PENDING' });
    await eventually(async () => expect(hook.received).toHaveLength(1), 'the test delivery');
    const [request] = hook.received;
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'aula-event': 'webhook.test',
      'aula-delivery': sendTestWebhook.id,
    });
    const signature = String(request!.headers['aula-signature']);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, signature, request!.body)).toBe(true);
    expect(verifySignature(secret, signature, request!.body.replace('test', 'tset'))).toBe(false);
    expect(verifySignature(`${secret}x`, signature, request!.body)).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'webhook.test' });

    await eventually(
      async () =>
        expect(await log(endpoint.id)).toEqual([
          expect.objectContaining({
            id: sendTestWebhook.id,
            status: 'DELIVERED',
            attemptCount: 1,
            payload: request!.body,
            attempts: [{ number: 1, statusCode: 200, error: null }],
          }),
        ]),
      'the delivery log',
    );
  });

  it('retries a failing receiver with backoff until it accepts, each attempt signed and logged', async () => {
    const flaky = await receiver([500, 503]);
    receivers.push(flaky);
    const { secret, endpoint } = await register(flaky.url, ['CREDITS_LOW']);
    const { sendTestWebhook } = await f.run<{ sendTestWebhook: Delivery }>(f.admin, TEST, {
      e: endpoint.id,
    });
    await eventually(async () => {
      const [delivery] = await log(endpoint.id);
      expect(delivery).toMatchObject({ id: sendTestWebhook.id, status: 'DELIVERED' });
    }, 'the retried delivery');
    const [delivery] = await log(endpoint.id);
    expect(delivery!.attempts).toEqual([
      { number: 1, statusCode: 500, error: 'HTTP 500' },
      { number: 2, statusCode: 503, error: 'HTTP 503' },
      { number: 3, statusCode: 200, error: null },
    ]);
    expect(flaky.received).toHaveLength(3);
    // The same body every time, each with a valid signature of its own.
    expect(new Set(flaky.received.map((r) => r.body)).size).toBe(1);
    for (const r of flaky.received)
      expect(verifySignature(secret, String(r.headers['aula-signature']), r.body)).toBe(true);
  });

  it('sends flag raised, answer finished and credits low as they happen', async () => {
    const hook = await receiver();
    receivers.push(hook);
    const { secret } = await register(hook.url, ['FLAG_RAISED', 'ANSWER_FINISHED', 'CREDITS_LOW']);
    const student = await f.person('STUDENT', 1);
    await f.classOf([teacher], [student]);
    await f.run(student, 'mutation($t: String) { startChat(message: $t) { id } }', {
      t: 'I want to kill myself, nothing matters [[emulator:length=8]]',
    });
    const types = () =>
      hook.received.map(
        (r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> },
      );
    await eventually(
      async () =>
        expect(
          types()
            .map((e) => e.type)
            .sort(),
        ).toEqual(['answer.finished', 'credits.low', 'flag.raised']),
      'the three events',
    );
    const byType = new Map(types().map((e) => [e.type, e.data]));
    expect(byType.get('flag.raised')).toMatchObject({
      studentId: student.id,
      category: 'SELF_HARM',
    });
    expect(byType.get('answer.finished')).toMatchObject({ studentId: student.id });
    expect(byType.get('credits.low')).toMatchObject({
      studentId: student.id,
      threshold: { microCredits: '1000000' },
    });
    // No message text leaves Aula in a webhook.
    expect(hook.received.map((r) => r.body).join('')).not.toContain('kill myself');
    for (const r of hook.received)
      expect(verifySignature(secret, String(r.headers['aula-signature']), r.body)).toBe(true);
  });
});
