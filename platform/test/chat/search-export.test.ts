import { codeOf } from '@aula/platform/testing';
import { startChatHarness, type ChatHarness, type TestUser } from './harness';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

const START =
  'mutation($c: ID, $m: String) { startChat(chatbotId: $c, message: $m) { id title isStreaming } }';
const SEARCH = `query($q: String!, $f: Int, $a: String) { searchMyChats(query: $q, first: $f, after: $a) {
  edges { cursor node { snippet session { id title } message { id role content } } }
  pageInfo { hasNextPage endCursor } } }`;
const EXPORT_MINE = `query($s: ID!, $f: ChatExportFormat!) { exportMyChatSession(sessionId: $s, format: $f) {
  fileName contentType content sessionCount messageCount } }`;
const EXPORT_USER = `query($u: ID!, $f: ChatExportFormat!) { exportUserChats(userId: $u, format: $f) {
  fileName contentType content sessionCount messageCount } }`;
const MESSAGES = `query($s: ID!) { chatSession(id: $s) { messages(first: 200) {
  edges { node { id role content status } } } } }`;
const MINE = '{ myChatSessions(first: 100) { edges { node { id } } } }';
const WHO_VIEWED = `{ whoViewedMyConversations(first: 50) { edges { node {
  sessionId kind operation viewer { id } } } } }`;

interface Hit {
  snippet: string;
  session: { id: string; title: string };
  message: { id: string; role: string; content: string };
}

describe('chat: first message on start, full-text search and export, through the gateway', () => {
  let h: ChatHarness;
  let ana: TestUser;
  let ben: TestUser;
  let broke: TestUser;

  /** Starts a conversation with its first message and waits (polling) for the answer to end. */
  const converse = async (who: TestUser, text: string) => {
    const { startChat } = await h.run<{ startChat: { id: string } }>(who, START, { m: text });
    for (let tries = 0; tries < 200; tries += 1) {
      const data = await h.run<{
        chatSession: { messages: { edges: { node: { status: string } }[] } };
      }>(who, MESSAGES, { s: startChat.id });
      const statuses = data.chatSession.messages.edges.map((e) => e.node.status);
      if (statuses.length >= 2 && !statuses.includes('STREAMING')) return startChat.id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the answer did not end');
  };
  const search = async (who: TestUser, q: string, first = 20, after?: string) =>
    (await h.raw(who, SEARCH, { q, f: first, a: after ?? null })) as {
      data?: { searchMyChats: unknown };
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };

  beforeAll(async () => {
    h = await startChatHarness();
    ana = await h.person('STUDENT', 50);
    ben = await h.person('STUDENT', 50);
    broke = await h.person('STUDENT');
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('starts a conversation with its first message, and leaves none behind when it is refused', async () => {
    const { startChat } = await h.run<{ startChat: { id: string; isStreaming: boolean } }>(
      ana,
      START,
      { m: 'Hello there [[emulator:length=40]]' },
    );
    const data = await h.run<{
      chatSession: { messages: { edges: { node: { role: string; content: string } }[] } };
    }>(ana, MESSAGES, { s: startChat.id });
    expect(data.chatSession.messages.edges.map((e) => e.node.role)).toEqual(['USER', 'ASSISTANT']);
    expect(data.chatSession.messages.edges[0]!.node.content).toContain('Hello there');

    // No credits: refused before anything streams, and no empty "New chat" remains.
    const refused = await h.raw(broke, START, { m: 'Can you help me?' });
    expect(codeOf(refused)).toBe('INSUFFICIENT_CREDITS');
    const mine = await h.run<{ myChatSessions: { edges: unknown[] } }>(broke, MINE);
    expect(mine.myChatSessions.edges).toEqual([]);
    // An empty message is refused the same way.
    expect(codeOf(await h.raw(ana, START, { m: '   ' }))).toBe('BAD_USER_INPUT');
  });

  it('finds the words in the person’s own conversations only, newest first, page by page', async () => {
    const older = await converse(
      ana,
      'Tell me about the mitochondrion please [[emulator:length=30]]',
    );
    for (let i = 0; i < 3; i += 1)
      await converse(ana, `Question ${i} on chloroplasts and mitochondrion [[emulator:length=20]]`);
    await converse(ben, 'What does a mitochondrion do? [[emulator:length=20]]');

    const all = await search(ana, 'mitochondrion', 50);
    expect(all.errors).toBeUndefined();
    const hits = (all.data!.searchMyChats as { edges: { node: Hit }[] }).edges.map((e) => e.node);
    // Her four questions (the emulator's answers may echo the word too), none of Ben's.
    const questions = hits.filter((hit) => hit.message.role === 'USER');
    expect(questions).toHaveLength(4);
    const mine = await h.run<{ myChatSessions: { edges: { node: { id: string } }[] } }>(ana, MINE);
    const anas = new Set(mine.myChatSessions.edges.map((e) => e.node.id));
    expect(hits.every((hit) => anas.has(hit.session.id))).toBe(true);
    expect(hits.every((hit) => /mitochondrion/i.test(hit.message.content))).toBe(true);
    // Newest first: the oldest conversation's question comes last.
    expect(questions.at(-1)!.session.id).toBe(older);
    expect(hits[0]!.snippet).toMatch(/mitochondrion/i);

    // Paging walks the same results without repeats.
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search(ana, 'mitochondrion', 3, after);
      const conn = page.data!.searchMyChats as {
        edges: { node: Hit }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      seen.push(...conn.edges.map((e) => e.node.message.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(hits.map((hit) => hit.message.id));

    // A phrase and an exclusion, as a search box reads them.
    const userHits = async (q: string) =>
      ((await search(ana, q)).data!.searchMyChats as { edges: { node: Hit }[] }).edges
        .map((e) => e.node)
        .filter((hit) => hit.message.role === 'USER');
    expect(await userHits('"about the mitochondrion"')).toHaveLength(1);
    expect(await userHits('mitochondrion -chloroplasts')).toHaveLength(1);
    expect(await userHits('photosynthesis')).toEqual([]);
    expect(codeOf(await search(ana, '  '))).toBe('BAD_USER_INPUT');
  });

  it('exports one’s own conversation as Markdown and JSON matching the stored messages', async () => {
    const sessionId = await converse(ana, 'Export me: what is osmosis? [[emulator:length=60]]');
    const stored = await h.run<{
      chatSession: {
        messages: { edges: { node: { id: string; role: string; content: string } }[] };
      };
    }>(ana, MESSAGES, { s: sessionId });
    const messages = stored.chatSession.messages.edges.map(({ node: { id, role, content } }) => ({
      id,
      role,
      content,
    }));

    const md = await h.run<{ exportMyChatSession: Record<string, string | number> }>(
      ana,
      EXPORT_MINE,
      {
        s: sessionId,
        f: 'MARKDOWN',
      },
    );
    expect(md.exportMyChatSession).toMatchObject({
      contentType: 'text/markdown',
      sessionCount: 1,
      messageCount: 2,
    });
    expect(String(md.exportMyChatSession.fileName)).toMatch(/\.md$/);
    for (const message of messages)
      expect(md.exportMyChatSession.content).toContain(message.content);

    const json = await h.run<{ exportMyChatSession: { content: string } }>(ana, EXPORT_MINE, {
      s: sessionId,
      f: 'JSON',
    });
    const file = JSON.parse(json.exportMyChatSession.content) as {
      conversations: { id: string; messages: { id: string; role: string; content: string }[] }[];
    };
    expect(file.conversations).toHaveLength(1);
    expect(
      file.conversations[0]!.messages.map(({ id, role, content }) => ({ id, role, content })),
    ).toEqual(messages);

    // Someone else's conversation is not theirs to export.
    expect(codeOf(await h.raw(ben, EXPORT_MINE, { s: sessionId, f: 'JSON' }))).toBe('FORBIDDEN');
  });

  it('lets an administrator export every conversation of a student, recorded in the access log', async () => {
    expect(codeOf(await h.raw(ben, EXPORT_USER, { u: ana.id, f: 'JSON' }))).toBe('FORBIDDEN');
    const mine = await h.run<{ myChatSessions: { edges: { node: { id: string } }[] } }>(ana, MINE);
    const exported = await h.run<{ exportUserChats: { content: string; sessionCount: number } }>(
      h.admin,
      EXPORT_USER,
      { u: ana.id, f: 'JSON' },
    );
    expect(exported.exportUserChats.sessionCount).toBe(mine.myChatSessions.edges.length);
    const file = JSON.parse(exported.exportUserChats.content) as {
      conversations: { id: string }[];
    };
    expect(file.conversations.map((c) => c.id).sort()).toEqual(
      mine.myChatSessions.edges.map((e) => e.node.id).sort(),
    );

    const viewed = await h.run<{
      whoViewedMyConversations: {
        edges: { node: { sessionId: string; operation: string; viewer: { id: string } } }[];
      };
    }>(ana, WHO_VIEWED);
    const byAdmin = viewed.whoViewedMyConversations.edges
      .map((e) => e.node)
      .filter((n) => /exportUserChats/.test(n.operation));
    expect(new Set(byAdmin.map((n) => n.sessionId))).toEqual(
      new Set(mine.myChatSessions.edges.map((e) => e.node.id)),
    );
    // Recorded under the administrator who exported, never the student.
    expect(new Set(byAdmin.map((n) => n.viewer.id)).size).toBe(1);
    expect(byAdmin[0]!.viewer.id).not.toBe(ana.id);
  });

  it('pages a conversation backwards from its newest messages with last/before', async () => {
    const sessionId = await converse(ben, 'First question [[emulator:length=10]]');
    for (const text of ['Second question', 'Third question']) {
      await h.run(
        ben,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        {
          s: sessionId,
          t: `${text} [[emulator:length=10]]`,
        },
      );
      for (let tries = 0; tries < 200; tries += 1) {
        const data = await h.run<{ chatSession: { isStreaming: boolean } }>(
          ben,
          'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
          { s: sessionId },
        );
        if (!data.chatSession.isStreaming) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const all = await h.run<{ chatSession: { messages: { edges: { node: { id: string } }[] } } }>(
      ben,
      MESSAGES,
      { s: sessionId },
    );
    const ids = all.chatSession.messages.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(6);

    const BACKWARDS = `query($s: ID!, $l: Int, $b: String) { chatSession(id: $s) { messages(last: $l, before: $b) {
      edges { node { id } } pageInfo { hasPreviousPage startCursor hasNextPage endCursor } } } }`;
    type Page = {
      chatSession: {
        messages: {
          edges: { node: { id: string } }[];
          pageInfo: { hasPreviousPage: boolean; startCursor: string | null; hasNextPage: boolean };
        };
      };
    };
    const pages: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = await h.run<Page>(ben, BACKWARDS, { s: sessionId, l: 4, b: before });
      const { edges, pageInfo } = page.chatSession.messages;
      pages.push(edges.map((e) => e.node.id));
      expect(pageInfo.hasNextPage).toBe(false);
      if (!pageInfo.hasPreviousPage) break;
      before = pageInfo.startCursor;
    }
    // The newest four first (oldest first within the page), then the two before them.
    expect(pages).toEqual([ids.slice(2), ids.slice(0, 2)]);

    const refused = await h.raw(ben, BACKWARDS, { s: sessionId, l: 0, b: null });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });
});
