import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import {
  asService,
  asUser,
  codeOf,
  createUser,
  draftInput,
  signInAdmin,
  tokenUser,
  type TestUser,
  BOOT_TIMEOUT_MS,
} from './test-helpers';

const MUTATIONS: Record<string, string> = {
  createChatbot: 'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
  updateChatbot: 'mutation($id: ID!) { updateChatbot(id: $id, input: { name: "Changed" }) { id } }',
  publishChatbot:
    'mutation($id: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $id, audience: $a) { id } }',
  archiveChatbot: 'mutation($id: ID!) { archiveChatbot(id: $id) { id } }',
  deleteChatbot: 'mutation($id: ID!) { deleteChatbot(id: $id) { outcome } }',
  copyChatbotTemplate: 'mutation($t: ID!) { copyChatbotTemplate(templateId: $t) { id } }',
  uploadMaterial: 'mutation($u: UploadMaterialInput!) { uploadMaterial(input: $u) { id } }',
  deleteMaterial: 'mutation($m: ID!) { deleteMaterial(id: $m) }',
  attachMaterial:
    'mutation($id: ID!, $m: ID!) { attachMaterial(chatbotId: $id, materialId: $m) { id } }',
  detachMaterial:
    'mutation($id: ID!, $m: ID!) { detachMaterial(chatbotId: $id, materialId: $m) { id } }',
};
const FOR_CHAT =
  'query($c: ID!, $u: ID!) { chatbotForChat(chatbotId: $c, userId: $u) { versionId } }';
const AVAILABLE = '{ availableChatbots { edges { node { id } } } }';

describe('content: who may do what, and failing closed when other services are down', () => {
  let platform: TestPlatform;
  let admin: TestUser;
  let teacher: TestUser;
  let pupil: TestUser;
  let classId: string;
  let vars: Record<string, unknown>;

  const run = (user: TestUser | null, name: string) =>
    asUser(platform, user, MUTATIONS[name] ?? '', vars);
  const create = async (user: TestUser, overrides: Record<string, unknown> = {}) => {
    const result = await asUser<{ createChatbot: { id: string } }>(
      platform,
      user,
      MUTATIONS.createChatbot ?? '',
      { i: draftInput(overrides) },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createChatbot.id;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await signInAdmin(platform);
    [teacher, pupil] = await Promise.all([
      createUser(platform, admin, 'SUPERVISOR'),
      createUser(platform, admin, 'STUDENT'),
    ]);
    const made = await asUser<{ createClass: { id: string } }>(
      platform,
      admin,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: 'History 9A', supervisorIds: [teacher.id], studentIds: [pupil.id] } },
    );
    classId = made.data?.createClass.id ?? '';
    const templates = await asUser<{ chatbotTemplates: Array<{ id: string }> }>(
      platform,
      teacher,
      '{ chatbotTemplates { id } }',
    );
    const material = await asUser<{ uploadMaterial: { id: string } }>(
      platform,
      teacher,
      MUTATIONS.uploadMaterial ?? '',
      {
        u: { title: 'Notes', format: 'TEXT', content: 'The Roman republic had two consuls.' },
      },
    );
    const chatbotId = await create(teacher);
    vars = {
      id: chatbotId,
      i: draftInput(),
      a: { everyone: false, classIds: [classId] },
      t: templates.data?.chatbotTemplates[0]?.id,
      u: { title: 'Mine', format: 'TEXT', content: 'Some text.' },
      m: material.data?.uploadMaterial.id,
    };
    await asUser(platform, teacher, MUTATIONS.attachMaterial ?? '', vars);
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await platform?.close();
  });

  it('refuses every mutation to anonymous callers and students', async () => {
    for (const name of Object.keys(MUTATIONS)) {
      expect({ name, code: codeOf(await run(null, name)) }).toEqual({
        name,
        code: 'UNAUTHENTICATED',
      });
      expect({ name, code: codeOf(await run(pupil, name)) }).toEqual({ name, code: 'FORBIDDEN' });
    }
    for (const query of [
      '{ managedChatbots { edges { node { id } } } }',
      '{ materials { edges { node { id } } } }',
      '{ chatbotTemplates { id } }',
    ]) {
      expect(codeOf(await asUser(platform, pupil, query))).toBe('FORBIDDEN');
    }
  });

  it("refuses changes to another supervisor's chatbots and materials, and lets admins make them", async () => {
    const stranger = tokenUser('SUPERVISOR');
    for (const name of [
      'updateChatbot',
      'publishChatbot',
      'attachMaterial',
      'detachMaterial',
      'deleteMaterial',
      'archiveChatbot',
      'deleteChatbot',
    ]) {
      expect({ name, code: codeOf(await run(stranger, name)) }).toEqual({
        name,
        code: 'FORBIDDEN',
      });
    }
    expect(
      codeOf(await asUser(platform, stranger, 'query($id: ID!) { chatbot(id: $id) { id } }', vars)),
    ).toBeUndefined();
    expect(
      (await asUser(platform, stranger, 'query($id: ID!) { chatbot(id: $id) { id } }', vars)).data,
    ).toEqual({ chatbot: null });
    expect((await run(admin, 'updateChatbot')).errors).toBeUndefined();
    expect((await run(admin, 'publishChatbot')).errors).toBeUndefined();
    expect((await run(admin, 'archiveChatbot')).errors).toBeUndefined();
  });

  it('lets supervisors copy the built-in templates', async () => {
    const list = await asUser<{ chatbotTemplates: Array<{ id: string; name: string }> }>(
      platform,
      teacher,
      '{ chatbotTemplates { id name } }',
    );
    const names = list.data?.chatbotTemplates.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['Socratic tutor', 'Writing coach', 'Quiz maker']),
    );
    const tutor = list.data?.chatbotTemplates.find((t) => t.name === 'Socratic tutor');
    const copy = await asUser(
      platform,
      teacher,
      'mutation($t: ID!) { copyChatbotTemplate(templateId: $t) { name status templateId systemPrompt owner { id } } }',
      {
        t: tutor?.id,
      },
    );
    expect(copy.data?.copyChatbotTemplate).toMatchObject({
      name: 'Socratic tutor',
      status: 'DRAFT',
      templateId: tutor?.id,
      owner: { id: teacher.id },
    });
    expect(codeOf(await asUser(platform, pupil, '{ chatbotTemplates { id } }'))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await asUser(
          platform,
          pupil,
          'mutation($t: ID!) { copyChatbotTemplate(templateId: $t) { id } }',
          { t: tutor?.id },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps the service-only query for chat and monitoring', async () => {
    const bot = await create(teacher);
    await asUser(platform, admin, MUTATIONS.publishChatbot ?? '', {
      id: bot,
      a: { everyone: true, classIds: [] },
    });
    // Hidden from the public API (@inaccessible), and refused to people by content itself.
    const contentUrl = platform.subgraphs.content?.url ?? '';
    expect(codeOf(await graphql(contentUrl, FOR_CHAT, { c: bot, u: pupil.id }, admin.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await asService(platform, 'accounting', FOR_CHAT, { c: bot, u: pupil.id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await asService(platform, 'monitoring', FOR_CHAT, { c: bot, u: pupil.id })).errors,
    ).toBeUndefined();
    expect(
      codeOf(
        await asService(platform, 'chat', FOR_CHAT, {
          c: '00000000-0000-4000-8000-000000000000',
          u: pupil.id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('hides class chatbots and refuses class publishing while monitoring is down', async () => {
    const classBot = await create(teacher, { name: 'Class bot' });
    const everyoneBot = await create(teacher, { name: 'Everyone bot' });
    expect(
      (
        await asUser(platform, teacher, MUTATIONS.publishChatbot ?? '', {
          id: classBot,
          a: { everyone: false, classIds: [classId] },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await asUser(platform, admin, MUTATIONS.publishChatbot ?? '', {
          id: everyoneBot,
          a: { everyone: true, classIds: [] },
        })
      ).errors,
    ).toBeUndefined();
    // A student content has never asked monitoring about, so no cached answer hides the outage.
    const newcomer = await createUser(platform, admin, 'STUDENT');
    await asUser(
      platform,
      admin,
      'mutation($c: ID!, $s: [ID!]!) { enrollStudents(classId: $c, userIds: $s) { id } }',
      { c: classId, s: [newcomer.id] },
    );

    await platform.subgraphs.monitoring?.stop();
    const seen = (
      await asUser<{ availableChatbots: { edges: Array<{ node: { id: string } }> } }>(
        platform,
        newcomer,
        AVAILABLE,
      )
    ).data?.availableChatbots.edges.map((e) => e.node.id);
    expect(seen).toContain(everyoneBot);
    expect(seen).not.toContain(classBot);
    expect(
      codeOf(await asService(platform, 'chat', FOR_CHAT, { c: classBot, u: newcomer.id })),
    ).toBe('NOT_FOUND');

    const supervisor = tokenUser('SUPERVISOR');
    const draft = await create(supervisor);
    const refused = await asUser(platform, supervisor, MUTATIONS.publishChatbot ?? '', {
      id: draft,
      a: { everyone: false, classIds: [classId] },
    });
    expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/monitoring service is not available/);
  });

  it('refuses to choose or publish a model it cannot check while accounting is down', async () => {
    const draft = await create(teacher);
    await platform.subgraphs.accounting?.stop();
    const created = await asUser(platform, teacher, MUTATIONS.createChatbot ?? '', {
      i: draftInput({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0' }),
    });
    expect(codeOf(created)).toBe('SERVICE_UNAVAILABLE');
    expect(created.errors?.[0]?.message).toMatch(/accounting service is not available/);
    const published = await asUser(platform, admin, MUTATIONS.publishChatbot ?? '', {
      id: draft,
      a: { everyone: true, classIds: [] },
    });
    expect(codeOf(published)).toBe('SERVICE_UNAVAILABLE');
    // Drafts that keep the default model need no price check until they are published.
    const { modelId: _model, ...withoutModel } = draftInput();
    expect(
      (await asUser(platform, teacher, MUTATIONS.createChatbot ?? '', { i: withoutModel })).errors,
    ).toBeUndefined();
  });
});
