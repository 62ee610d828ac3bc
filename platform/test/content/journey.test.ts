import { isTerminal, startChatHarness, type ChatHarness, type StreamEvent } from '../chat/harness';
import { BOOT_TIMEOUT_MS, draftInput } from './test-helpers';

const MATERIAL = `Photosynthesis happens in the chloroplasts of leaf cells. Chlorophyll absorbs red and blue
light and reflects green light, which is why leaves look green. The energy it captures splits water
and releases oxygen.`;

/**
 * The "done when", end to end through the gateway: a supervisor builds a chatbot with
 * course material and publishes it to a class; a student of that class picks it, and the chat
 * agent's search tool answers from that material (real chat subgraph, Bedrock emulator).
 */
describe('content: a class chatbot answers from its course material', () => {
  let h: ChatHarness;

  beforeAll(async () => {
    h = await startChatHarness();
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('lets a student of the class chat with it and the search tool find the material', async () => {
    const teacher = await h.person('SUPERVISOR');
    const pupil = await h.person('STUDENT', 50);
    const outsider = await h.person('STUDENT', 50);
    const made = await h.run<{ createClass: { id: string } }>(
      h.admin,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      {
        i: { name: 'Biology 8C', supervisorIds: [teacher.id], studentIds: [pupil.id] },
      },
    );
    const classId = made.createClass.id;

    const material = await h.run<{ uploadMaterial: { id: string } }>(
      teacher,
      'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }',
      {
        i: {
          title: 'Leaves and light',
          source: 'Biology handbook, p. 12',
          format: 'MARKDOWN',
          content: MATERIAL,
        },
      },
    );
    const bot = await h.run<{ createChatbot: { id: string } }>(
      teacher,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      {
        i: draftInput({ enabledTools: ['SEARCH_COURSE_MATERIALS'] }),
      },
    );
    const chatbotId = bot.createChatbot.id;
    await h.run(
      teacher,
      'mutation($c: ID!, $m: ID!) { attachMaterial(chatbotId: $c, materialId: $m) { id } }',
      { c: chatbotId, m: material.uploadMaterial.id },
    );
    const published = await h.run<{ publishChatbot: { currentVersion: { id: string } } }>(
      teacher,
      'mutation($c: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $c, audience: $a) { currentVersion { id } } }',
      { c: chatbotId, a: { everyone: false, classIds: [classId] } },
    );

    const offered = await h.run<{
      availableChatbots: { edges: Array<{ node: { id: string; starterPrompts: string[] } }> };
    }>(pupil, '{ availableChatbots { edges { node { id starterPrompts } } } }');
    expect(offered.availableChatbots.edges.map((e) => e.node.id)).toContain(chatbotId);
    const refused = await h.raw(outsider, 'mutation($c: ID) { startChat(chatbotId: $c) { id } }', {
      c: chatbotId,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const session = await h.run<{ startChat: { id: string } }>(
      pupil,
      'mutation($c: ID) { startChat(chatbotId: $c) { id } }',
      { c: chatbotId },
    );
    const sessionId = session.startChat.id;
    const stream = h.watch(pupil, sessionId);
    const sent = await h.run<{ sendMessage: { id: string } }>(
      pupil,
      'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
      {
        s: sessionId,
        t: 'Why do leaves look green?',
      },
    );
    const events = await stream.until(
      (e: StreamEvent) => isTerminal(e) && e.messageId === sent.sendMessage.id,
    );

    const result = events.find((e) => e.__typename === 'ChatStreamToolResult')?.toolCall as {
      name: string;
      output: string;
      isError: boolean;
    };
    expect(result).toMatchObject({ name: 'search_course_materials', isError: false });
    expect(result.output).toContain('Leaves and light (Biology handbook, p. 12)');
    expect(result.output).toContain('Chlorophyll absorbs red and blue light');
    const done = events.find((e) => e.__typename === 'ChatStreamCompleted')?.message as {
      content: string;
    };
    expect(done.content).toContain('Chlorophyll absorbs');

    // The chat recorded the version it used; a later edit and publish never changes that version.
    const v1 = published.publishChatbot.currentVersion.id;
    const recorded = await h.run<{ chatSession: { chatbotVersionId: string } }>(
      pupil,
      'query($s: ID!) { chatSession(id: $s) { chatbotVersionId } }',
      { s: sessionId },
    );
    expect(recorded.chatSession.chatbotVersionId).toBe(v1);
    await h.run(
      teacher,
      'mutation($c: ID!) { updateChatbot(id: $c, input: { systemPrompt: "A different prompt." }) { id } }',
      { c: chatbotId },
    );
    await h.run(teacher, 'mutation($c: ID!) { publishChatbot(id: $c) { id } }', { c: chatbotId });
    const old = await h.run<{ chatbotVersion: { number: number; systemPrompt: string } }>(
      teacher,
      'query($v: ID!) { chatbotVersion(id: $v) { number systemPrompt } }',
      { v: v1 },
    );
    expect(old.chatbotVersion).toEqual({ number: 1, systemPrompt: draftInput().systemPrompt });
  });
});
