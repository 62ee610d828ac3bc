// Writes deploy/grafana/aula.json, the Grafana dashboard over every service's Prometheus
// series (see README "Running at scale"). Run: node deploy/grafana/build-dashboard.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ds = { type: 'prometheus', uid: '${datasource}' };
let id = 0;
const panel = (
  title,
  exprs,
  { unit = 'short', x, y, w = 12, h = 8, kind = 'timeseries' } = {},
) => ({
  id: ++id,
  type: kind,
  title,
  datasource: ds,
  gridPos: { x, y, w, h },
  fieldConfig: { defaults: { unit }, overrides: [] },
  options: kind === 'timeseries' ? { legend: { displayMode: 'table', placement: 'bottom' } } : {},
  targets: exprs.map(([expr, legendFormat], i) => ({
    refId: String.fromCharCode(65 + i),
    datasource: ds,
    expr,
    legendFormat,
  })),
});
const row = (title, y) => ({
  id: ++id,
  type: 'row',
  title,
  collapsed: false,
  gridPos: { x: 0, y, w: 24, h: 1 },
  panels: [],
});

const panels = [
  row('Requests', 0),
  panel(
    'Requests/s by operation (gateway)',
    [
      [
        'sum by (operation) (rate(aula_graphql_requests_total{service="gateway"}[$__rate_interval]))',
        '{{operation}}',
      ],
    ],
    { unit: 'reqps', x: 0, y: 1 },
  ),
  panel(
    'p99 latency by operation (gateway)',
    [
      [
        'histogram_quantile(0.99, sum by (le, operation) (rate(aula_graphql_request_duration_seconds_bucket{service="gateway"}[$__rate_interval])))',
        '{{operation}}',
      ],
    ],
    { unit: 's', x: 12, y: 1 },
  ),
  panel(
    'Errors/s by code (all services)',
    [
      [
        'sum by (service, code) (rate(aula_graphql_errors_total[$__rate_interval]))',
        '{{service}} {{code}}',
      ],
    ],
    { unit: 'reqps', x: 0, y: 9 },
  ),
  panel(
    'p99 latency by service',
    [
      [
        'histogram_quantile(0.99, sum by (le, service) (rate(aula_graphql_request_duration_seconds_bucket[$__rate_interval])))',
        '{{service}}',
      ],
    ],
    { unit: 's', x: 12, y: 9 },
  ),
  row('Subscriptions', 17),
  panel(
    'Open subscriptions',
    [
      ['sum(aula_gateway_subscriptions_open)', 'client subscriptions'],
      ['sum(aula_gateway_upstream_subscriptions_open)', 'upstream subscriptions'],
      ['sum(aula_gateway_ws_connections_open)', 'client sockets'],
      ['sum by (service) (aula_subgraph_ws_operations_open)', '{{service}} operations'],
    ],
    { x: 0, y: 18 },
  ),
  panel(
    'Deliveries/s and drops',
    [
      ['sum(rate(aula_gateway_subscription_deliveries_total[$__rate_interval]))', 'deliveries/s'],
      [
        'sum(rate(aula_gateway_subscription_queue_overflows_total[$__rate_interval]))',
        'slow clients closed/s',
      ],
      [
        'sum by (subgraph, kind) (rate(aula_gateway_upstream_subscription_failures_total[$__rate_interval]))',
        'upstream {{subgraph}} {{kind}}',
      ],
    ],
    { unit: 'ops', x: 12, y: 18 },
  ),
  row('Answers and the model', 26),
  panel(
    'Answers/min by outcome',
    [
      ['sum by (outcome) (rate(aula_chat_answers_total[$__rate_interval])) * 60', '{{outcome}}'],
      ['sum(aula_chat_answers_streaming)', 'streaming now'],
    ],
    { x: 0, y: 27 },
  ),
  panel(
    'Bedrock time to first token',
    [
      [
        'histogram_quantile(0.5, sum by (le) (rate(aula_chat_model_time_to_first_token_seconds_bucket[$__rate_interval])))',
        'p50',
      ],
      [
        'histogram_quantile(0.99, sum by (le) (rate(aula_chat_model_time_to_first_token_seconds_bucket[$__rate_interval])))',
        'p99',
      ],
    ],
    { unit: 's', x: 12, y: 27 },
  ),
  panel(
    'Bedrock tokens/s and call errors',
    [
      [
        'sum by (direction) (rate(aula_chat_model_tokens_total[$__rate_interval]))',
        '{{direction}} tokens/s',
      ],
      [
        'sum(rate(aula_chat_model_calls_total{result="error"}[$__rate_interval]))',
        'failed calls/s',
      ],
    ],
    { x: 0, y: 35 },
  ),
  panel(
    'Safety flags/h by category',
    [
      [
        'sum by (category, severity) (rate(aula_monitoring_flags_raised_total[$__rate_interval])) * 3600',
        '{{category}} {{severity}}',
      ],
    ],
    { x: 12, y: 35 },
  ),
  row('Money', 43),
  panel(
    'Reservations by status (from the database)',
    [['max by (status) (aula_accounting_reservations)', '{{status}}']],
    { x: 0, y: 44 },
  ),
  panel(
    'Ledger operations/s',
    [
      [
        'sum by (operation, result) (rate(aula_accounting_ledger_operations_total[$__rate_interval]))',
        '{{operation}} {{result}}',
      ],
    ],
    { unit: 'ops', x: 12, y: 44 },
  ),
  panel(
    'Shortfall (must stay 0)',
    [['sum(aula_accounting_shortfall_micro_credits_total)', 'micro-credits']],
    { kind: 'stat', x: 0, y: 52, w: 6, h: 4 },
  ),
  panel(
    'Expired reservations (reaped) in range',
    [
      [
        'sum(increase(aula_accounting_ledger_operations_total{operation="expire",result="ok"}[$__range]))',
        'expired',
      ],
    ],
    { kind: 'stat', x: 6, y: 52, w: 6, h: 4 },
  ),
  row('Bus and processes', 56),
  panel(
    'Bus events/s by channel',
    [
      [
        'sum by (service, channel) (rate(aula_bus_published_total[$__rate_interval]))',
        'published {{service}} {{channel}}',
      ],
      [
        'sum by (service, channel) (rate(aula_bus_received_total[$__rate_interval]))',
        'received {{service}} {{channel}}',
      ],
      [
        'sum by (service, channel) (rate(aula_bus_publish_failures_total[$__rate_interval]))',
        'failed {{service}} {{channel}}',
      ],
    ],
    { unit: 'ops', x: 0, y: 57 },
  ),
  panel(
    'Resident memory and CPU by pod',
    [['process_resident_memory_bytes', '{{service}} {{pod}} rss']],
    { unit: 'bytes', x: 12, y: 57 },
  ),
];

const dashboard = {
  uid: 'aula-overview',
  title: 'Aula',
  description:
    'Requests, subscriptions, answers, the model, money, safety and the bus, from every Aula service.',
  tags: ['aula'],
  timezone: 'browser',
  schemaVersion: 39,
  version: 1,
  refresh: '30s',
  time: { from: 'now-6h', to: 'now' },
  templating: {
    list: [
      {
        name: 'datasource',
        label: 'Prometheus',
        type: 'datasource',
        query: 'prometheus',
        current: {},
      },
    ],
  },
  panels,
};
writeFileSync(join(import.meta.dirname, 'aula.json'), `${JSON.stringify(dashboard, null, 2)}\n`);
