/**
 * What the gateway spends on one subscription event, per upstream subscription: running the
 * event through the subscription's query plan (`@apollo/gateway`'s executor) against forwarding
 * it as it came, which the gateway does when the plan has nothing to add to that event type
 * (see gateway/src/subscriptions/plan.ts). The subscription is the web app's own chat stream
 * (its answer-started event needs the author from auth; its text deltas need nothing else),
 * the event a text delta. Prints CPU microseconds per event both ways (alternating rounds) and
 * checks the two results agree.
 *
 *   npm run bench:events        (BENCH_EVENTS=20000 per round)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print } from 'graphql';
import pino from 'pino';
import { EventResolver } from '../gateway/src/subscriptions/events';
import { isForwarded, SubscriptionPlanner } from '../gateway/src/subscriptions/plan';
import type { GatewayContext } from '../gateway/src/datasource';
import { ChatStreamDocument } from '../web/src/generated/graphql';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);

async function main() {
  const planner = new SubscriptionPlanner(
    readFileSync(join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8'),
  );
  const plan = planner.plan(ChatStreamDocument);
  const resolver = new EventResolver({
    planner,
    services: {},
    logger: pino({ level: 'silent' }),
  });
  const request = { query: print(ChatStreamDocument), variables: { sessionId: 's1' } };
  const context: GatewayContext = { principal: null };
  const event = {
    data: {
      chatStream: {
        __typename: 'ChatStreamTextDelta',
        sessionId: 's1',
        messageId: 'm1',
        sequence: 7,
        text: 'Photosynthesis turns light into',
      },
    },
  };
  if (!isForwarded(plan, event)) throw new Error('a text delta should be forwarded');
  const planned = await resolver.resolve(plan, event, request, context);
  const same = JSON.stringify(planned) === JSON.stringify({ data: event.data });

  const measure = async (forward: boolean) => {
    const before = process.cpuUsage();
    for (let i = 0; i < EVENTS; i += 1) {
      if (forward) await Promise.resolve({ data: event.data });
      else await resolver.resolve(plan, event, request, context);
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / EVENTS;
  };
  const rounds: Array<{ plan: number; forward: number }> = [];
  for (let round = 0; round < 3; round += 1)
    rounds.push({ plan: await measure(false), forward: await measure(true) });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const viaPlan = median(rounds.map((r) => r.plan));
  const forwarded = median(rounds.map((r) => r.forward));
  console.log(
    `One text delta of the web app's chat stream, ${EVENTS} events per round, median of 3:`,
  );
  console.log(`  through the plan (executeQueryPlan): ${viaPlan.toFixed(1)} µs CPU per event`);
  console.log(`  forwarded as it came:                ${forwarded.toFixed(2)} µs CPU per event`);
  console.log(`  results identical: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
