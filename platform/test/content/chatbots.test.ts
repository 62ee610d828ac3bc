import { startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import {
  asService,
  asUser,
  CHATBOT_FIELDS,
  codeOf,
  createUser,
  draftInput,
  eventually,
  signInAdmin,
  tokenUser,
  type TestUser,
  BOOT_TIMEOUT_MS,
} from './test-helpers';

type Bot = Record<string, unknown> & {
  id: string;
  currentVersion: { id: string; number: number } | null;
};

const CREATE = `mutation($i: ChatbotInput!) { createChatbot(input: $i) { ${CHATBOT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: ChatbotInput!) { updateChatbot(id: $id, input: $i) { ${CHATBOT_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $id, audience: $a) { ${CHATBOT_FIELDS} } }`;
const CHATBOT = `query($id: ID!) { chatbot(id: $id) { ${CHATBOT_FIELDS} } }`;
const AVAILABLE = '{ availableChatbots { edges { node { id name systemPrompt } } } }';
const FOR_CHAT = `query($c: ID!, $u: ID!) { chatbotForChat(chatbotId: $c, userId: $u) {
  chatbotId versionId name modelId systemPrompt temperature maxOutputTokens tools guardrailKeywords blockedTopics } }`;

describe('content: chatbots through the gateway', () => {
  let platform: TestPlatform;
  let admin: TestUser;
  let teacher: TestUser;
  let otherTeacher: TestUser;
  let pupil: TestUser;
  let latecomer: TestUser;
  let classId: string;

  const create = async (user: TestUser, overrides: Record<string, unknown> = {}) => {
    const result = await asUser<{ createChatbot: Bot }>(platform, user, CREATE, {
      i: draftInput(overrides),
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createChatbot;
  };
  const publish = (user: TestUser, id: string, audience?: unknown) =>
    asUser<{ publishChatbot: Bot }>(platform, user, PUBLISH, { id, a: audience ?? null });
  const available = async (user: TestUser) =>
    (
      (
        await asUser<{ availableChatbots: { edges: Array<{ node: { id: string } }> } }>(
          platform,
          user,
          AVAILABLE,
        )
      ).data?.availableChatbots.edges ?? []
    ).map((e) => e.node.id);

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await signInAdmin(platform);
    [teacher, otherTeacher, pupil, latecomer] = await Promise.all([
      createUser(platform, admin, 'SUPERVISOR'),
      createUser(platform, admin, 'SUPERVISOR'),
      createUser(platform, admin, 'STUDENT'),
      createUser(platform, admin, 'STUDENT'),
    ]);
    const made = await asUser<{ createClass: { id: string } }>(
      platform,
      admin,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: 'Biology 7B', supervisorIds: [teacher.id], studentIds: [pupil.id] } },
    );
    if (!made.data) throw new Error(JSON.stringify(made.errors));
    classId = made.data.createClass.id;
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await platform?.close();
  });

  it('freezes each publish into a version that later edits never change', async () => {
    const draft = await create(teacher);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      hasUnpublishedChanges: true,
      currentVersion: null,
      owner: { id: teacher.id },
    });
    expect(codeOf(await publish(teacher, draft.id))).toBe('BAD_USER_INPUT');

    const first = (await publish(teacher, draft.id, { everyone: false, classIds: [classId] })).data
      ?.publishChatbot;
    expect(first).toMatchObject({
      status: 'PUBLISHED',
      hasUnpublishedChanges: false,
      audience: { everyone: false, classIds: [classId] },
    });
    expect(first?.currentVersion?.number).toBe(1);

    const edited = await asUser<{ updateChatbot: Bot }>(platform, teacher, UPDATE, {
      id: draft.id,
      i: {
        name: 'Plant biology coach',
        systemPrompt: 'Second prompt: quiz the student on plants.',
        enabledTools: ['CALCULATOR'],
      },
    });
    expect(edited.data?.updateChatbot).toMatchObject({
      name: 'Plant biology coach',
      hasUnpublishedChanges: true,
    });
    // The student still sees version 1 until the next publish.
    const seen = await asUser<{ chatbot: Bot }>(platform, pupil, CHATBOT, { id: draft.id });
    expect(seen.data?.chatbot).toMatchObject({
      name: 'Photosynthesis helper',
      systemPrompt: null,
      enabledTools: ['SEARCH_COURSE_MATERIALS'],
    });

    const second = (await publish(teacher, draft.id)).data?.publishChatbot;
    expect(second?.currentVersion?.number).toBe(2);
    expect(second?.audience).toEqual({ everyone: false, classIds: [classId] });

    // A chat that recorded version 1 still resolves it to the configuration it was built on.
    const v1 = first?.currentVersion?.id;
    const VERSION =
      'query($id: ID!) { chatbotVersion(id: $id) { number name systemPrompt enabledTools chatbot { id name } } }';
    const old = await asUser(platform, teacher, VERSION, { id: v1 });
    expect(old.data?.chatbotVersion).toEqual({
      number: 1,
      name: 'Photosynthesis helper',
      systemPrompt: draftInput().systemPrompt,
      enabledTools: ['SEARCH_COURSE_MATERIALS'],
      chatbot: { id: draft.id, name: 'Plant biology coach' },
    });
    const config = await asService(platform, 'chat', FOR_CHAT, { c: draft.id, u: pupil.id });
    expect(config.data?.chatbotForChat).toEqual({
      chatbotId: draft.id,
      versionId: second?.currentVersion?.id,
      name: 'Plant biology coach',
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      systemPrompt: 'Second prompt: quiz the student on plants.',
      temperature: 0.3,
      maxOutputTokens: 600,
      tools: ['calculator'],
      guardrailKeywords: ['cheat'],
      blockedTopics: ['exam answers'],
    });
  });

  it('shows class-published chatbots only to students of that class, as soon as they are enrolled', async () => {
    const bot = await create(teacher, { name: 'Class only' });
    await publish(teacher, bot.id, { everyone: false, classIds: [classId] });
    expect(await available(pupil)).toContain(bot.id);
    expect(await available(latecomer)).not.toContain(bot.id);
    expect((await asUser(platform, latecomer, CHATBOT, { id: bot.id })).data?.chatbot).toBeNull();
    expect(
      codeOf(await asService(platform, 'chat', FOR_CHAT, { c: bot.id, u: latecomer.id })),
    ).toBe('NOT_FOUND');
    // Chat passes only an id; content asks auth for the role, so admins may chat with any published chatbot.
    const forAdmin = await asService(platform, 'chat', FOR_CHAT, { c: bot.id, u: admin.id });
    expect(forAdmin.data?.chatbotForChat).toMatchObject({ chatbotId: bot.id });
    const forOtherTeacher = await asService(platform, 'chat', FOR_CHAT, {
      c: bot.id,
      u: otherTeacher.id,
    });
    expect(codeOf(forOtherTeacher)).toBe('NOT_FOUND');

    // Monitoring announces the enrolment on supervision.changed; content drops its cached class list.
    const enrolled = await asUser(
      platform,
      admin,
      'mutation($c: ID!, $s: [ID!]!) { enrollStudents(classId: $c, userIds: $s) { id } }',
      { c: classId, s: [latecomer.id] },
    );
    expect(enrolled.errors).toBeUndefined();
    // Well within the cache's 30 s lifetime: only the invalidation can make it appear.
    expect(await eventually(async () => (await available(latecomer)).includes(bot.id))).toBe(true);
    expect(
      (await asService(platform, 'chat', FOR_CHAT, { c: bot.id, u: latecomer.id })).data
        ?.chatbotForChat,
    ).toBeTruthy();
    // A co-teacher of the class sees it too, also when chat asks with only their id.
    const coTeacher = await createUser(platform, admin, 'SUPERVISOR');
    await asUser(
      platform,
      admin,
      'mutation($c: ID!, $u: ID!) { assignSupervisor(classId: $c, userId: $u) { id } }',
      { c: classId, u: coTeacher.id },
    );
    expect(await eventually(async () => (await available(coTeacher)).includes(bot.id))).toBe(true);
    expect(
      (await asService(platform, 'chat', FOR_CHAT, { c: bot.id, u: coTeacher.id })).data
        ?.chatbotForChat,
    ).toBeTruthy();
  });

  it('lets only admins publish to everyone, and supervisors only to their own classes', async () => {
    const bot = await create(otherTeacher, { name: 'Everyone bot' });
    expect(codeOf(await publish(otherTeacher, bot.id, { everyone: true, classIds: [] }))).toBe(
      'FORBIDDEN',
    );
    const foreign = await publish(otherTeacher, bot.id, { everyone: false, classIds: [classId] });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.errors?.[0]?.message).toContain('classes you supervise');

    const byAdmin = await publish(admin, bot.id, { everyone: true, classIds: [] });
    expect(byAdmin.data?.publishChatbot.audience).toEqual({ everyone: true, classIds: [] });
    const stranger = tokenUser('STUDENT');
    expect(await available(stranger)).toContain(bot.id);
  });

  it('never shows a system prompt, guardrails, audience or versions to students', async () => {
    const bot = await create(teacher, { name: 'Secretive' });
    const published = await publish(teacher, bot.id, { everyone: false, classIds: [classId] });
    const versionId = published.data?.publishChatbot.currentVersion?.id;
    const query = `query($id: ID!, $v: ID!) {
      availableChatbots { edges { node { id systemPrompt guardrails { blockedKeywords } } } }
      chatbot(id: $id) { systemPrompt guardrails { blockedKeywords } audience { classIds } versions { edges { node { id } } } currentVersion { systemPrompt guardrails { blockedTopics } } }
      chatbotVersion(id: $v) { systemPrompt guardrails { blockedKeywords } chatbot { systemPrompt } } }`;
    const result = await asUser<{
      availableChatbots: {
        edges: Array<{ node: { id: string; systemPrompt: unknown; guardrails: unknown } }>;
      };
    }>(platform, pupil, query, { id: bot.id, v: versionId });
    expect(result.errors).toBeUndefined();
    const offered = result.data!.availableChatbots.edges.map((e) => e.node);
    expect(offered.find((b) => b.id === bot.id)).toEqual({
      id: bot.id,
      systemPrompt: null,
      guardrails: null,
    });
    expect(offered.every((b) => b.systemPrompt === null)).toBe(true);
    expect((result.data as Record<string, unknown>).chatbot).toEqual({
      systemPrompt: null,
      guardrails: null,
      audience: null,
      versions: { edges: [] },
      currentVersion: { systemPrompt: null, guardrails: null },
    });
    expect((result.data as Record<string, unknown>).chatbotVersion).toEqual({
      systemPrompt: null,
      guardrails: null,
      chatbot: { systemPrompt: null },
    });
  });

  it('refuses invalid settings with a clear error naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ temperature: 1.5 }, 'temperature', /between 0 and 1/],
      [{ temperature: -0.1 }, 'temperature', /between 0 and 1/],
      [{ maxOutputTokens: 0 }, 'maxOutputTokens', /1 to 8192/],
      [{ maxOutputTokens: 9000 }, 'maxOutputTokens', /1 to 8192/],
      [{ systemPrompt: '   ' }, 'systemPrompt', /must not be empty/],
      [{ name: 'x'.repeat(81) }, 'name', /limit is 80/],
      [{ name: '' }, 'name', /must not be empty/],
      [{ avatarEmoji: 'owl' }, 'avatarEmoji', /must be an emoji/],
      [{ starterPrompts: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'starter prompts', /At most 6/],
      [{ modelId: 'acme.unknown-model-v1' }, 'modelId', /Unknown model "acme.unknown-model-v1"/],
      [{ modelId: 'not a model id' }, 'modelId', /not a Bedrock model id/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await asUser(platform, teacher, CREATE, { i: draftInput(overrides) });
      expect({ field, code: codeOf(result), message: result.errors?.[0]?.message }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(message),
      });
    }
    const bot = await create(teacher);
    const update = await asUser(platform, teacher, UPDATE, {
      id: bot.id,
      i: { modelId: 'acme.unknown-model-v1' },
    });
    expect(codeOf(update)).toBe('BAD_USER_INPUT');
  });

  it('deletes never-published drafts and archives chatbots chats may refer to', async () => {
    const DELETE =
      'mutation($id: ID!) { deleteChatbot(id: $id) { outcome chatbot { id status } } }';
    const draft = await create(teacher);
    expect((await asUser(platform, teacher, DELETE, { id: draft.id })).data?.deleteChatbot).toEqual(
      { outcome: 'DELETED', chatbot: null },
    );
    expect((await asUser(platform, teacher, CHATBOT, { id: draft.id })).data?.chatbot).toBeNull();

    const bot = await create(teacher);
    const versionId = (await publish(teacher, bot.id, { everyone: false, classIds: [classId] }))
      .data?.publishChatbot.currentVersion?.id;
    expect((await asUser(platform, teacher, DELETE, { id: bot.id })).data?.deleteChatbot).toEqual({
      outcome: 'ARCHIVED',
      chatbot: { id: bot.id, status: 'ARCHIVED' },
    });
    expect(await available(pupil)).not.toContain(bot.id);
    expect(codeOf(await asService(platform, 'chat', FOR_CHAT, { c: bot.id, u: pupil.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await asUser(platform, teacher, UPDATE, { id: bot.id, i: { name: 'Revived' } })),
    ).toBe('CONFLICT');
    const old = await asUser(
      platform,
      teacher,
      'query($id: ID!) { chatbotVersion(id: $id) { number } }',
      { id: versionId },
    );
    expect(old.data?.chatbotVersion).toEqual({ number: 1 });
    const republished = await publish(teacher, bot.id);
    expect(republished.data?.publishChatbot).toMatchObject({
      status: 'PUBLISHED',
      currentVersion: { number: 2 },
    });
  });
});
