import {
  createEventBus,
  createLogger,
  signServiceToken,
  TokenVerifier,
  type Database,
  ServiceMetrics,
} from '@aula/runtime';
import { openTestDatabase, testRedisUrl } from '@aula/runtime/src/testing';
import { graphql, TEST_ENV, TEST_TOKENS, testAccessToken } from '@aula/runtime/src/testing';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadAccountingConfig } from '../config';
import { accountingModule, createServer } from '../server';
import { BALANCE_ENTITY, type BalanceView } from './operations';

/** One accounting subgraph on a free port over a throwaway database, for one test file. */
export interface AccountingHarness {
  /** `http://…/graphql` of the accounting subgraph itself (no gateway in front). */
  readonly url: string;
  readonly database: Database;
  /** Runs an operation as the chat service. */
  asChat<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphql<T>>;
  /** Runs an operation as the internal service `name`. */
  asService<T = Record<string, unknown>>(
    name: string,
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphql<T>>;
  /**
   * What the chat stand-in answers to `settlementPending`: the reservation ids in `pending`,
   * or, when `reachable` is false, nothing at all (the connection is dropped).
   */
  readonly chat: ChatStandIn;
  /** Runs an operation as a person with `role`. */
  as<T = Record<string, unknown>>(
    userId: string,
    role: 'STUDENT' | 'SUPERVISOR' | 'ADMIN',
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphql<T>>;
  /** A person's credits as an admin reads them through the subgraph (throws on an error). */
  balanceOf(userId: string): Promise<BalanceView>;
  close(): Promise<void>;
}

/** The chat stand-in's state, changed by tests. */
export interface ChatStandIn {
  readonly pending: Set<string>;
  reachable: boolean;
  /** How many `settlementPending` calls it dropped while unreachable. */
  dropped: number;
  /** The reservation ids of every `settlementPending` call it answered, in order. */
  readonly asked: string[][];
}

/**
 * Starts accounting alone. A stand-in for monitoring answers the service-only
 * operations accounting calls: `isSupervisorOf` and `supervisionSince` (yes, and since the
 * epoch, for the `supervises` pairs) and
 * `studentIdsOfClass` (from `classes`); the same stand-in plays chat for the reaper's
 * `settlementPending` (see {@link ChatStandIn}). It checks the caller's service token exactly
 * as monitoring and chat must, so those paths run end to end over HTTP.
 */
export async function startAccounting(
  options: {
    env?: Record<string, string>;
    supervises?: Array<[string, string]>;
    /** Class id to enrolled student ids, answered to `studentIdsOfClass`. */
    classes?: Record<string, string[]>;
    backgroundReplicas?: number;
    /** PostgreSQL connections (tests keep the default 5; the benchmark uses more). */
    poolSize?: number;
  } = {},
): Promise<AccountingHarness> {
  const database = await openTestDatabase({ poolSize: options.poolSize });
  await database.migrate({
    schema: accountingModule.dbSchema,
    migrationsFolder: accountingModule.migrationsFolder,
  });
  const bus = createEventBus({ redisUrl: testRedisUrl(), keyPrefix: `aula-test-${randomUUID()}:` });
  const verifier = new TokenVerifier(TEST_TOKENS);
  const chat: ChatStandIn = { pending: new Set(), reachable: true, dropped: 0, asked: [] };
  const monitoring = await startMonitoringStandIn(verifier, {
    supervises: options.supervises ?? [],
    classes: options.classes ?? {},
    chat,
  });
  const config = loadAccountingConfig({ ...TEST_ENV, ...options.env });
  const logger = createLogger('accounting', 'silent');
  const deps = {
    config,
    database,
    bus,
    logger,
    metrics: new ServiceMetrics('accounting'),
    tokens: TEST_TOKENS,
    verifier,
    serviceUrl: (name: string) => {
      if (name !== 'monitoring' && name !== 'chat')
        throw new Error(`no ${name} in the accounting harness`);
      return monitoring.url;
    },
  };
  // Extra replicas share the database and run only background work, as a scaled deployment would.
  const services = Array.from({ length: options.backgroundReplicas ?? 1 }, () =>
    createServer(deps),
  );
  const running = await services[0]!.listen({ port: 0, host: '127.0.0.1' });
  for (const service of services) service.startBackground?.();
  const serviceToken = (name = 'chat') => signServiceToken(TEST_TOKENS, name);
  return {
    url: running.url,
    database,
    chat,
    asChat: (query, variables = {}) => graphql(running.url, query, variables, serviceToken()),
    asService: (name, query, variables = {}) =>
      graphql(running.url, query, variables, serviceToken(name)),
    as: (userId, role, query, variables = {}) =>
      graphql(running.url, query, variables, testAccessToken(userId, role)),
    async balanceOf(userId) {
      const result = await graphql<{ _entities: Array<{ credits: BalanceView }> }>(
        running.url,
        BALANCE_ENTITY,
        { reps: [{ __typename: 'User', id: userId }] },
        testAccessToken(randomUUID(), 'ADMIN'),
      );
      const credits = result.data?._entities[0]?.credits;
      if (!credits) throw new Error(`no balance for ${userId}: ${result.errors?.[0]?.message}`);
      return credits;
    },
    async close() {
      await running.stop();
      for (const service of services) await service.close?.();
      monitoring.server.closeAllConnections();
      await new Promise((resolve) => monitoring.server.close(resolve));
      await bus.close();
      await database.close();
    },
  };
}

async function startMonitoringStandIn(
  verifier: TokenVerifier,
  options: {
    supervises: Array<[string, string]>;
    classes: Record<string, string[]>;
    chat: ChatStandIn;
  },
): Promise<{ url: string; server: Server }> {
  const allowed = new Set(
    options.supervises.map(([supervisor, student]) => `${supervisor}:${student}`),
  );
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      let principal;
      try {
        principal = verifier.principalFromHeader(req.headers.authorization);
      } catch {
        principal = null;
      }
      if (principal?.kind !== 'service') {
        res.end(
          JSON.stringify({
            errors: [{ message: 'service only', extensions: { code: 'FORBIDDEN' } }],
          }),
        );
        return;
      }
      // Answers the contracts' operations by name, with their declared variables; a batch
      // (accounting's client sends the calls of one turn together) one by one, in order.
      type Operation = {
        operationName: string;
        variables: {
          supervisorId: string;
          studentId: string;
          classId: string;
          reservationIds: string[];
        };
      };
      const parsed = JSON.parse(body) as Operation | Operation[];
      const operations = Array.isArray(parsed) ? parsed : [parsed];
      if (
        operations.some((op) => op.operationName === 'SettlementPending') &&
        !options.chat.reachable
      ) {
        options.chat.dropped += 1;
        req.socket.destroy();
        return;
      }
      const answer = ({ operationName, variables }: Operation) => {
        if (operationName === 'SettlementPending') {
          options.chat.asked.push(variables.reservationIds);
          const pending = variables.reservationIds.filter((id) => options.chat.pending.has(id));
          return { data: { settlementPending: pending } };
        }
        const supervises = allowed.has(`${variables.supervisorId}:${variables.studentId}`);
        const data =
          operationName === 'StudentIdsOfClass'
            ? { studentIdsOfClass: options.classes[variables.classId] ?? [] }
            : operationName === 'SupervisionSince'
              ? // A tie since the epoch: every `supervises` pair reaches all of the student's past.
                { supervisionSince: supervises ? new Date(0).toISOString() : null }
              : { isSupervisorOf: supervises };
        return { data };
      };
      res.end(JSON.stringify(Array.isArray(parsed) ? operations.map(answer) : answer(parsed)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
