import { composeServices } from '@apollo/composition';
import {
  appError,
  badInput,
  createLogger,
  ErrorCode,
  createSubgraph,
  forbidden,
  generateServiceKeys,
  serviceKeysFrom,
  signServiceToken,
  notFound,
  TokenVerifier,
  unauthenticated,
  type BaseContext,
  type RunningHttpServer,
  type TokenSettings,
  ServiceMetrics,
} from '@aula/runtime';
import { parse } from 'graphql';
import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { createGateway, type RunningGateway } from '../server';
import { SocketWatch, TickFeed } from './subgraph-probes';

/**
 * Two small subgraphs made for the gateway's own tests, independent of the product
 * subgraphs: `ticks` owns a subscription whose events carry a `User` that only `people`
 * can resolve, so every event needs the plan's `rest`.
 */
const ticksTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    "How many subscriptions to ticks are open on this subgraph."
    openTickSubscriptions: Int!
  }
  type Subscription {
    "One tick per feed emission, numbered from \`from\`, for the signed-in subscriber."
    ticks("First tick number; must not be negative." from: Int!): Tick!
  }
  "One event of the ticks subscription."
  type Tick {
    "Sequence number of the tick."
    n: Int!
    "The stream the tick belongs to (always \`ticks\`), so the gateway can resume after it."
    messageId: String!
    "Same as \`n\`: the tick's position in its stream."
    sequence: Int!
    "\`size\` characters of filler, for tests that need large events."
    filler("How many characters." size: Int!): String!
    "Who subscribed; resolved by the people subgraph."
    subscriber: User!
  }
  "A person, owned by the people subgraph."
  type User @key(fields: "id", resolvable: false) {
    "Identifier of the person."
    id: ID!
  }
`);

const peopleTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    "One person by id; NOT_FOUND when there is none."
    person("Identifier of the person." id: ID!): User
  }
  "A person."
  type User @key(fields: "id") {
    "Identifier of the person."
    id: ID!
    "Display name."
    name: String!
    "Everyone else, at most \`first\` of them."
    friends("How many to return." first: Int): [User!]!
  }
`);

/** The people the `people` subgraph knows. */
export const PEOPLE: Readonly<Record<string, string>> = { u1: 'Ada', u2: 'Grace', u3: 'Edsger' };

/** Token settings shared by the test gateway and subgraphs. */
export const FIXTURE_TOKENS: TokenSettings = {
  algorithm: 'HS256',
  secret: 'gateway-fixture-secret-at-least-32-bytes!!',
  issuer: 'aula',
  audience: 'aula-api',
  serviceKeys: serviceKeysFrom({
    SERVICE_PRIVATE_KEYS: generateServiceKeys().SERVICE_PRIVATE_KEYS,
  }),
};

/** A signed access token for `userId` that expires after `expiresIn` seconds. */
export function fixtureToken(userId: string, expiresIn = 900): string {
  return jwt.sign({ role: 'STUDENT' }, FIXTURE_TOKENS.secret as string, {
    algorithm: 'HS256',
    subject: userId,
    issuer: FIXTURE_TOKENS.issuer,
    audience: FIXTURE_TOKENS.audience,
    expiresIn,
    jwtid: randomUUID(),
  });
}

/**
 * Stands in for an API-key exchange on the gateway's `authorizationFor` hook: `Bearer key-<user>`
 * becomes an access token for that user (`key-brief-<user>`: one that lasts 7 seconds),
 * `Bearer key-revoked` is refused, `Bearer key-outage` fails as an exchange would when auth
 * is down. Anything else passes unchanged.
 */
export async function fixtureAuthorizationFor(
  header: string | undefined,
): Promise<string | undefined> {
  const key = /^Bearer key-(\S+)$/.exec(header ?? '')?.[1];
  if (!key) return header;
  if (key === 'revoked') throw unauthenticated('This API key was revoked.');
  if (key === 'outage') throw new Error('connect ECONNREFUSED 127.0.0.1:4001');
  const brief = /^brief-(\S+)$/.exec(key)?.[1];
  return `Bearer ${brief ? fixtureToken(brief, 7) : fixtureToken(key)}`;
}

/** The two subgraphs and a real gateway in front of them. */
export interface TwoSubgraphs {
  readonly gateway: RunningGateway;
  readonly ticks: RunningHttpServer;
  /** Stops the ticks subgraph and starts it again on the same port (a replica restart). */
  restartTicks(): Promise<void>;
  readonly people: RunningHttpServer;
  readonly feed: TickFeed;
  /** WebSocket connections the ticks subgraph has open. */
  readonly ticksSockets: SocketWatch;
  close(): Promise<void>;
}

/** Starts `ticks`, `people` and a gateway composed over them, all on free ports. */
export async function startTwoSubgraphs(
  limits: {
    maxDepth?: number;
    maxCost?: number;
    maxSubscriptionsPerConnection?: number;
    upstreamRetryWindowMs?: number;
    maxPendingPerSubscription?: number;
  } = {},
): Promise<TwoSubgraphs> {
  const logger = createLogger('gateway-test', 'silent');
  const verifier = new TokenVerifier(FIXTURE_TOKENS);
  const feed = new TickFeed();
  const extendContext = (base: BaseContext) => base;

  const ticksSubgraph = createSubgraph({
    name: 'ticks',
    typeDefs: ticksTypeDefs,
    verifier,
    metrics: new ServiceMetrics('ticks'),
    logger,
    extendContext,
    readiness: [],
    resolvers: {
      Query: { openTickSubscriptions: () => feed.open },
      Tick: {
        messageId: () => 'ticks',
        sequence: (tick: { n: number }) => tick.n,
        filler: (_: unknown, args: { size: number }) => 'x'.repeat(args.size),
      },
      Subscription: {
        ticks: {
          subscribe: (_: unknown, args: { from: number }, context: BaseContext) => {
            const principal = context.principal;
            if (principal?.kind !== 'user')
              throw forbidden('Only a signed-in person can watch ticks.');
            if (args.from < 0) throw badInput('`from` must not be negative.', { field: 'from' });
            if (feed.refuseNext > 0) {
              feed.refuseNext -= 1;
              feed.refused += 1;
              throw appError(ErrorCode.SERVICE_UNAVAILABLE, 'Busy: try again in a moment.');
            }
            // A resumed subscription starts again AT the last delivered tick (one duplicate,
            // on purpose): the gateway must drop it.
            const resume = context.operationExtensions?.resumeAfter as
              { sequence: number } | undefined;
            return feed.subscribe(resume ? resume.sequence : args.from, principal.userId);
          },
        },
      },
    },
  });
  let ticks = await ticksSubgraph.listen({ port: 0 });
  const ticksPort = Number(new URL(ticks.url).port);

  const person = (id: string) => (PEOPLE[id] ? { id, name: PEOPLE[id] } : null);
  const people = await createSubgraph({
    name: 'people',
    typeDefs: peopleTypeDefs,
    verifier,
    metrics: new ServiceMetrics('people'),
    logger,
    extendContext,
    readiness: [],
    resolvers: {
      Query: {
        person: (_: unknown, args: { id: string }) => {
          const found = person(args.id);
          if (!found) throw notFound('Person');
          return found;
        },
      },
      User: {
        __resolveReference: (reference: { id: string }) => person(reference.id),
        friends: (user: { id: string }, args: { first?: number }) =>
          Object.keys(PEOPLE)
            .filter((id) => id !== user.id)
            .slice(0, args.first ?? undefined)
            .map(person),
      },
    },
  }).listen({ port: 0 });

  const composed = composeServices([
    { name: 'ticks', typeDefs: ticksTypeDefs, url: ticks.url },
    { name: 'people', typeDefs: peopleTypeDefs, url: people.url },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));

  const ticksSockets = new SocketWatch(ticks);
  const gateway = await createGateway({
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: { ticks: ticks.url, people: people.url },
    verifier,
    logger,
    authorizationFor: fixtureAuthorizationFor,
    serviceAuthorization: () => `Bearer ${signServiceToken(FIXTURE_TOKENS, 'gateway', 300)}`,
    ...limits,
  }).listen({ port: 0 });

  return {
    gateway,
    get ticks() {
      return ticks;
    },
    async restartTicks() {
      await ticks.stop();
      ticks = await ticksSubgraph.listen({ port: ticksPort, host: '127.0.0.1' });
    },
    people,
    feed,
    ticksSockets,
    async close() {
      await gateway.stop();
      await ticks.stop().catch(() => undefined);
      await people.stop().catch(() => undefined);
    },
  };
}
