import { graphql } from '@aula/platform/testing';
import { eventually } from '@aula/runtime/src/testing';
import { isTerminal, startChatHarness, type ChatHarness, type TestUser } from '../chat/harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scrape, valueOf, type Scrape } from './scrape';

const BOOT_TIMEOUT_MS = 180_000;
const START = 'mutation { startChat { id } }';
const SEND = 'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }';

/**
 * Every service's Prometheus endpoint, scraped over HTTP before and after real traffic through
 * the gateway (a streamed answer watched live, a flagged message, a refused read, a grant): the
 * series the dashboard and alerts read exist and move.
 */
describe('metrics: every service, scraped after real traffic', () => {
  let h: ChatHarness;
  let student: TestUser;
  const endpoints = (): Record<string, string> => ({
    gateway: h.platform.gatewayMetricsUrl,
    ...Object.fromEntries(
      Object.entries(h.platform.subgraphs).map(([name, server]) => [
        name,
        server.url.replace(/\/graphql$/, '/metrics'),
      ]),
    ),
  });
  const scrapeAll = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(endpoints()).map(async ([name, url]) => [name, await scrape(url)] as const),
      ),
    ) as Record<string, Scrape>;

  beforeAll(async () => {
    h = await startChatHarness();
    student = await h.person('STUDENT', 50);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => h?.close());

  it('serves each service on its own endpoint, the gateway only on its internal port', async () => {
    const gatewayPublic = await fetch(h.platform.url.replace(/\/graphql$/, '/metrics'));
    expect(gatewayPublic.status).toBe(404);
    for (const [service, url] of Object.entries(endpoints())) {
      const response = await fetch(url);
      expect([service, response.status]).toEqual([service, 200]);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const body = await response.text();
      expect(body).toContain('# TYPE aula_graphql_requests_total counter');
      expect(body).toContain(`service="${service}"`);
    }
  });

  it('records requests, errors, subscriptions, answers, tokens, ledger, flags and the bus', async () => {
    const before = await scrapeAll();
    const sessionId = (await h.run<{ startChat: { id: string } }>(student, START)).startChat.id;
    const watcher = h.watch(student, sessionId);
    await h.live(student, sessionId, [watcher]);

    // While the watch is open, the open-subscription gauges count it on both sides.
    const during = await scrapeAll();
    expect(valueOf(during.gateway!, 'aula_gateway_subscriptions_open')).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(during.gateway!, 'aula_gateway_upstream_subscriptions_open'),
    ).toBeGreaterThanOrEqual(1);
    expect(valueOf(during.gateway!, 'aula_gateway_ws_connections_open')).toBeGreaterThanOrEqual(1);
    expect(valueOf(during.chat!, 'aula_subgraph_ws_operations_open')).toBeGreaterThanOrEqual(1);

    const { sendMessage } = await h.run<{ sendMessage: { id: string } }>(student, SEND, {
      s: sessionId,
      t: 'Tell me about photosynthesis.',
    });
    const events = await watcher.until((e) => isTerminal(e) && e.messageId === sendMessage.id);
    expect(events.find((e) => e.messageId === sendMessage.id && isTerminal(e))?.__typename).toBe(
      'ChatStreamCompleted',
    );
    // A message the safety layer flags, and a read another student may not make.
    await h.run(student, SEND, { s: sessionId, t: 'I want to kill myself' });
    const other = await h.person('STUDENT');
    expect(other.id).toBeTruthy();
    const refused = await graphql(
      h.platform.url,
      'query { users(first: 1) { edges { cursor } } }',
      {},
      other.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invalid = await graphql(h.platform.url, 'query { noSuchField }', {}, other.token);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await h.run(h.admin, 'query { chatbotTemplates { name } }');

    const moved = (service: string, after: Scrape, name: string, labels = {}) =>
      (valueOf(after, name, labels) ?? 0) - (valueOf(before[service]!, name, labels) ?? 0);

    await eventually(
      async () => {
        const after = await scrapeAll();
        const gateway = after.gateway!;
        expect(
          moved('gateway', gateway, 'aula_graphql_requests_total', {
            operation: 'mutation sendMessage',
          }),
        ).toBeGreaterThanOrEqual(3);
        expect(
          moved('gateway', gateway, 'aula_graphql_request_duration_seconds_count', {
            operation: 'mutation sendMessage',
          }),
        ).toBeGreaterThanOrEqual(3);
        expect(
          moved('gateway', gateway, 'aula_graphql_requests_total', {
            operation: 'subscription chatStream',
          }),
        ).toBeGreaterThanOrEqual(1);
        expect(
          moved('gateway', gateway, 'aula_gateway_subscription_deliveries_total'),
        ).toBeGreaterThan(2);
        expect(valueOf(gateway, 'aula_gateway_subscription_queue_overflows_total')).toBe(0);
        expect(
          moved('gateway', gateway, 'aula_graphql_errors_total', {
            operation: 'query users',
            code: 'FORBIDDEN',
          }),
        ).toBe(1);
        expect(
          moved('gateway', gateway, 'aula_graphql_errors_total', {
            operation: 'invalid',
            code: 'GRAPHQL_VALIDATION_FAILED',
          }),
        ).toBe(1);
        expect(
          moved('auth', after.auth!, 'aula_graphql_errors_total', {
            operation: 'query users',
            code: 'FORBIDDEN',
          }),
        ).toBe(1);
        expect(valueOf(gateway, 'process_cpu_seconds_total')).toBeUndefined();

        const chat = after.chat!;
        expect(
          moved('chat', chat, 'aula_chat_answers_total', { outcome: 'complete' }),
        ).toBeGreaterThanOrEqual(1);
        expect(
          moved('chat', chat, 'aula_chat_answers_total', { outcome: 'stopped' }),
        ).toBeGreaterThanOrEqual(1);
        expect(
          moved('chat', chat, 'aula_chat_model_time_to_first_token_seconds_count'),
        ).toBeGreaterThanOrEqual(2);
        expect(
          moved('chat', chat, 'aula_chat_model_tokens_total', { direction: 'output' }),
        ).toBeGreaterThan(0);
        expect(
          moved('chat', chat, 'aula_chat_model_tokens_total', { direction: 'input' }),
        ).toBeGreaterThan(0);
        expect(
          moved('chat', chat, 'aula_chat_model_calls_total', { result: 'ok' }),
        ).toBeGreaterThanOrEqual(2);
        expect(
          moved('chat', chat, 'aula_bus_published_total', { channel: 'chat.stream' }),
        ).toBeGreaterThan(2);
        expect(
          moved('chat', chat, 'aula_bus_published_total', { channel: 'chat.activity' }),
        ).toBeGreaterThan(2);

        const accounting = after.accounting!;
        expect(
          moved('accounting', accounting, 'aula_accounting_ledger_operations_total', {
            operation: 'reserve',
            result: 'ok',
          }),
        ).toBeGreaterThanOrEqual(3);
        expect(
          moved('accounting', accounting, 'aula_accounting_ledger_operations_total', {
            operation: 'finalize',
            result: 'ok',
          }),
        ).toBeGreaterThanOrEqual(1);
        expect(
          moved('accounting', accounting, 'aula_accounting_ledger_operations_total', {
            operation: 'abort',
            result: 'ok',
          }),
        ).toBeGreaterThanOrEqual(1);
        expect(
          moved('accounting', accounting, 'aula_accounting_reservations', { status: 'FINALIZED' }),
        ).toBeGreaterThanOrEqual(1);
        expect(valueOf(accounting, 'aula_accounting_reservations', { status: 'EXPIRED' })).toBe(0);
        expect(valueOf(accounting, 'aula_accounting_shortfall_micro_credits_total')).toBe(0);

        const monitoring = after.monitoring!;
        expect(
          moved('monitoring', monitoring, 'aula_monitoring_flags_raised_total', {
            category: 'SELF_HARM',
          }),
        ).toBeGreaterThanOrEqual(1);
        expect(
          moved('monitoring', monitoring, 'aula_bus_received_total', { channel: 'chat.activity' }),
        ).toBeGreaterThan(2);

        expect(
          moved('auth', after.auth!, 'aula_graphql_requests_total', {
            operation: 'mutation createUser',
          }),
        ).toBe(1);
        expect(
          moved('content', after.content!, 'aula_graphql_requests_total', {
            operation: 'query chatbotTemplates',
          }),
        ).toBe(1);
      },
      'every series to move',
      30_000,
    );
    watcher.stop();
  }, 120_000);

  it('has every series the committed Grafana dashboard reads', async () => {
    const dashboard = readFileSync(
      join(__dirname, '..', '..', '..', 'deploy', 'grafana', 'aula.json'),
      'utf8',
    );
    const read = new Set(
      [...dashboard.matchAll(/\baula_[a-z_]+/g)].map((m) =>
        m[0].replace(/_(bucket|count|sum)$/, ''),
      ),
    );
    const declared = new Set<string>();
    for (const url of Object.values(endpoints())) {
      const body = await (await fetch(url)).text();
      for (const m of body.matchAll(/^# TYPE (\S+)/gm)) declared.add(m[1]!);
    }
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    expect(read.size).toBeGreaterThan(15);
  });
});
