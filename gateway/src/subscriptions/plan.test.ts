import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { SubscriptionPlanner } from './plan';

const planner = new SubscriptionPlanner(
  readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
);
const forwarded = (document: string) => planner.plan(parse(document)).forward;

describe('which subscription events are forwarded without running the plan', () => {
  it('forwards when the subgraph is asked exactly what the client selects', () => {
    expect(
      forwarded(`subscription($s: ID!) { chatStream(sessionId: $s) {
        __typename messageId sequence at ... on ChatStreamTextDelta { text } } }`),
    ).toBe(true);
  });

  it('forwards with aliases and named fragments, which the fetch writes out in place', () => {
    expect(
      forwarded(`subscription Watch($s: ID!) { chatStream(sessionId: $s) { __typename seq: sequence ...Delta } }
        fragment Delta on ChatStreamTextDelta { t: text }`),
    ).toBe(true);
  });

  it('runs the plan when the planner changed the selection (a __typename the client did not ask for)', () => {
    expect(
      forwarded(
        `subscription($s: ID!) { chatStream(sessionId: $s) { ... on ChatStreamTextDelta { text } } }`,
      ),
    ).toBe(false);
  });

  it('runs the plan when another subgraph resolves some of the fields', () => {
    expect(
      forwarded(`subscription($c: ID!) { classActivity(classId: $c) {
        kind sessionId student { id displayName } } }`),
    ).toBe(false);
    expect(
      forwarded(
        `subscription($c: ID!) { classActivity(classId: $c) { kind sessionId student { id } } }`,
      ),
    ).toBe(true);
  });
});
