import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isAbstractType, Kind, parse } from 'graphql';
import { SubscriptionPlanner } from './plan';

const planner = new SubscriptionPlanner(
  readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
);
/** Whether every event of the subscription, whatever its type, is forwarded as it comes. */
const forwarded = (document: string) => {
  const parsed = parse(document);
  const { forwardTypes } = planner.plan(parsed);
  const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const root = operation?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) throw new Error('a subscription selects one field');
  const type = getNamedType(
    planner.apiSchema.getSubscriptionType()!.getFields()[root.name.value]!.type,
  );
  const types = isAbstractType(type) ? planner.apiSchema.getPossibleTypes(type) : [type];
  return types.every((t) => forwardTypes.has(t.name));
};
const forwardedTypes = (document: string) => [...planner.plan(parse(document)).forwardTypes].sort();

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

  it('forwards the event types the rest of the plan finds nothing in: text, not a note with its author', () => {
    const stream = `subscription($s: ID!) { chatStream(sessionId: $s) {
      __typename messageId sequence
      ... on ChatStreamTextDelta { text }
      ... on ChatStreamSupervisorNote { message { id content author { id displayName } } } } }`;
    expect(forwarded(stream)).toBe(false);
    const types = forwardedTypes(stream);
    expect(types).toContain('ChatStreamTextDelta');
    expect(types).toContain('ChatStreamCompleted');
    expect(types).not.toContain('ChatStreamSupervisorNote');
  });

  it('forwards a fragment on the event type itself as the fields it spreads', () => {
    const offers = `subscription($s: ID!) { careOffered(sessionId: $s) { ...Offer } }
      fragment Offer on CareOffer { messageId offeredAt }`;
    expect(forwardedTypes(offers)).toEqual(['CareOffer']);
  });

  it('forwards no event type when every event carries a field the rest of the plan reads below', () => {
    expect(
      forwardedTypes(
        `subscription($c: ID) { flagRaised(classId: $c) { id student { displayName } } }`,
      ),
    ).toEqual([]);
  });
});
