/**
 * The load generator of bench/gateway-vs-hive.ts, run as its own process so its CPU is not
 * counted as the subgraphs'. autocannon against one URL, each request carrying the next of
 * the given tokens in turn; prints autocannon's result as JSON.
 *
 *   tsx bench/gateway-load.ts '{"url": …, "query": …, "tokens": […], "connections": 10, "seconds": 5}'
 */
import autocannon from 'autocannon';

interface LoadPlan {
  readonly url: string;
  readonly query: string;
  readonly tokens: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

async function main() {
  const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
  let next = 0;
  const result = await autocannon({
    url: plan.url,
    method: 'POST',
    connections: plan.connections,
    duration: plan.seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: plan.query }),
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            authorization: `Bearer ${plan.tokens[next++ % plan.tokens.length]}`,
          },
        }),
      },
    ],
  });
  process.stdout.write(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
