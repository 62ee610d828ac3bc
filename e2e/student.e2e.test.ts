/**
 * The student's chat as a student uses it, in Chromium at desktop (1366×800) and phone
 * (390×844) sizes: answers rendered as Markdown with code and math while they stream, the
 * view following the answer (a teacher's note included), the composer always on screen,
 * search over older conversations, exports that match the stored messages, and the app in
 * Spanish. Each screen passes axe. The run refreshes the README's chat screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually } from '@aula/platform/testing';
import { expectAccessible } from './axe';
import { signedInPage, startAdminWorld, type AdminWorld, type Person } from './admin/fixture';
import { readmeShot, screenshot } from './browser';

const desktop = { width: 1366, height: 800 };
const phone = { width: 390, height: 844 };

let world: AdminWorld;
let ada: Person;

beforeAll(async () => {
  world = await startAdminWorld();
  ada = world.students[0]!;
});

afterAll(async () => {
  await world?.close();
});

afterEach(async () => {
  const page = world?.lastPage;
  if (page && !page.isClosed()) {
    await screenshot(page, `student-${expect.getState().currentTestName?.slice(0, 40)}-end`).catch(
      () => undefined,
    );
  }
});

/** A signed-in page at `size`, opened at `path`, that may download and use the clipboard. */
function open(who: Person, path: string, size = desktop) {
  return signedInPage(world, who, path, {
    viewport: size,
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
}

/** How far the message list is from its bottom, in pixels. */
function distanceFromBottom(page: Page): Promise<number> {
  return page.locator('.messages-scroll').evaluate((el) => {
    const box = el as unknown as { scrollHeight: number; scrollTop: number; clientHeight: number };
    return box.scrollHeight - box.scrollTop - box.clientHeight;
  });
}

/** The messages of a conversation as stored, through the API. */
async function storedMessages(sessionId: string) {
  const data = await world.api<{
    chatSession: {
      messages: { edges: Array<{ node: { id: string; role: string; content: string } }> };
    };
  }>(
    ada,
    'query($s: ID!) { chatSession(id: $s) { messages(first: 200) { edges { node { id role content } } } } }',
    {
      s: sessionId,
    },
  );
  return data.chatSession.messages.edges.map((e) => e.node);
}

const sessionIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop() ?? '';

test('Markdown, code and math render while the answer streams and once it ends; the conversation starts with its first message', async () => {
  const { page, errors } = await open(ada, '/chat');
  await page.getByRole('heading', { name: 'Who do you want to talk to?' }).waitFor();
  const before = await world.api<{ myChatSessions: { edges: unknown[] } }>(
    ada,
    '{ myChatSessions(first: 100) { edges { node { id } } } }',
  );
  await page.getByRole('button', { name: 'Chat with the Aula tutor' }).click();
  await page.getByRole('heading', { name: 'New conversation' }).waitFor();
  expect(await page.title()).toBe('New conversation · Aula');
  // Nothing exists until the first message is sent, and the composer has the focus.
  const untouched = await world.api<{ myChatSessions: { edges: unknown[] } }>(
    ada,
    '{ myChatSessions(first: 100) { edges { node { id } } } }',
  );
  expect(untouched.myChatSessions.edges.length).toBe(before.myChatSessions.edges.length);
  expect(await page.evaluate('document.activeElement?.id')).toBe('composer-text');

  await page.keyboard.type('Tell me about the nucleus [[emulator:markdown]] [[emulator:rate=20]]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
  const streaming = page.locator('.msg-bot[aria-busy="true"]');
  // Mid-stream: bold text, a highlighted code block and inline math are already rendered.
  await streaming.locator('.md strong', { hasText: 'nucleus' }).waitFor();
  await streaming.locator('.code-block .hljs-keyword', { hasText: 'def' }).waitFor();
  await streaming.locator('.katex').first().waitFor();
  await screenshot(page, 'student-markdown-streaming');

  const done = page.locator('.msg-bot[aria-busy="false"]').last();
  await done.waitFor({ timeout: 60_000 });
  await done.locator('table td', { hasText: 'Mitochondrion' }).waitFor();
  expect(await done.locator('.katex-display').count()).toBe(1);
  expect(await done.locator('.code-lang').textContent()).toBe('python');
  const text = (await done.locator('.msg-body').textContent()) ?? '';
  expect(text).not.toContain('**nucleus**');
  expect(text).not.toContain('```');
  expect(text).not.toContain('$$');
  // The page title names the conversation; the view is at the bottom of the finished answer.
  await eventually(
    async () => (await page.title()).endsWith(' · Aula') && (await page.title()) !== 'Chat · Aula',
    'the conversation title',
  );
  expect(await distanceFromBottom(page)).toBeLessThan(4);

  // Copying a code block puts its text on the clipboard.
  await done.getByRole('button', { name: 'Copy' }).click();
  await done.getByRole('button', { name: 'Copied' }).waitFor();
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toContain('def area(r):');

  await expectAccessible(page, 'a rendered answer (desktop)');
  await readmeShot(page, 'student-chat-desktop');

  await page.setViewportSize(phone);
  await done.locator('.katex-display').scrollIntoViewIfNeeded();
  await expectAccessible(page, 'a rendered answer (phone)');
  expect(errors).toEqual([]);
});

test('a teacher’s note arriving mid-answer keeps the view at the bottom; scrolling up shows “Jump to latest”', async () => {
  const { page, errors } = await open(ada, '/chat/new');
  await page
    .getByLabel('Your message')
    .fill('How do cells divide? [[emulator:length=1500]] [[emulator:rate=40]]');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
  const sessionId = sessionIdOf(page);
  const streaming = page.locator('.msg-bot[aria-busy="true"]');
  await streaming.locator('.md p').first().waitFor();
  // Enough text to scroll, then the teacher writes.
  await eventually(
    async () =>
      page.locator('.messages-scroll').evaluate((el) => {
        const box = el as unknown as { scrollHeight: number; clientHeight: number };
        return box.scrollHeight > box.clientHeight + 100;
      }),
    'the answer to outgrow the view',
  );
  await world.api(
    world.teacher,
    'mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId } }',
    { s: sessionId, c: 'Good question. Look at the diagram on page 12 too.' },
  );
  await page.locator('.msg-note', { hasText: 'diagram on page 12' }).waitFor();
  expect(await streaming.count()).toBe(1); // the note came while the answer was still being written
  await page.waitForTimeout(500); // more text streams in after the note
  // Text keeps arriving: between a new line and the next frame, where the view follows it, a
  // sample can find the view a line short (25 px under CI's load). The view must come back to
  // the bottom, and never let go of it (no "Jump to latest").
  await eventually(
    async () => (await distanceFromBottom(page)) < 4,
    'the view to follow the answer',
    2_000,
  );
  expect(await page.getByRole('button', { name: 'Jump to latest' }).count()).toBe(0);

  // Scrolling up lets go of the bottom; the button brings the reader back.
  await page.locator('.messages-scroll').hover();
  await page.mouse.wheel(0, -600);
  await page.getByRole('button', { name: 'Jump to latest' }).waitFor();
  await page.waitForTimeout(300);
  expect(await distanceFromBottom(page)).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Jump to latest' }).click();
  await eventually(async () => (await distanceFromBottom(page)) < 4, 'the view back at the bottom');

  await page.locator('.msg-bot[aria-busy="false"]').last().waitFor({ timeout: 60_000 });
  await eventually(async () => (await distanceFromBottom(page)) < 4, 'the cost line in view');
  // The finished answer is announced once, politely; the list itself is not a live region.
  expect(await page.locator('.messages[aria-live], .messages-scroll[aria-live]').count()).toBe(0);
  await page
    .locator('[role="status"][aria-live="polite"]', { hasText: 'Answer finished:' })
    .waitFor();
  await screenshot(page, 'student-note-kept-bottom');
  expect(errors).toEqual([]);
});

test('the conversation list says “answering…” while an answer streams and stops as soon as it ends', async () => {
  const ben = world.students[1]!;
  const sessionId = world.sessions.get(ben.id)!;
  const { page, errors } = await open(ben, `/chat/${sessionId}`);
  const listed = page
    .getByRole('navigation', { name: 'Your conversations' })
    .locator(`a[href="/chat/${sessionId}"]`);
  const finished = page.locator('.msg-bot[aria-busy="false"]');
  await finished.first().waitFor();
  await listed.filter({ hasNotText: 'answering…' }).waitFor();
  // From here the list's own reloads take 3 s to reach the server, as on a busy network: the
  // list must follow the conversation's stream, not wait for them.
  await page.route('**/graphql**', async (route) => {
    const request = route.request();
    if (`${request.url()} ${request.postData() ?? ''}`.includes('MyChatSessions'))
      await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.fallback();
  });
  const ask = async (text: string) => {
    const before = await finished.count();
    await page.getByLabel('Your message').fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    return () => finished.nth(before).waitFor({ timeout: 60_000 });
  };
  const isStreaming = async () =>
    (
      await world.api<{ chatSession: { isStreaming: boolean } }>(
        ben,
        'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
        { s: sessionId },
      )
    ).chatSession.isStreaming;

  // A long answer: the list says so while it streams.
  const longOne = await ask('Tell me about rivers. [[emulator:length=200]] [[emulator:rate=20]]');
  await listed.getByText('answering…').waitFor();
  await longOne();
  await listed.filter({ hasNotText: 'answering…' }).waitFor({ timeout: 1000 });

  // Short answers end while the list is still reloading for the message just sent; that late
  // reload must not bring "answering…" back, then or a moment later.
  for (let round = 1; round <= 3; round += 1) {
    const shortOne = await ask(`Quick check ${round}. [[emulator:length=3]]`);
    await shortOne();
    await listed.filter({ hasNotText: 'answering…' }).waitFor({ timeout: 1000 });
    for (let look = 0; look < 8; look += 1) {
      expect(await listed.textContent()).not.toContain('answering…');
      await page.waitForTimeout(250);
    }
    expect(await isStreaming()).toBe(false);
  }
  await expectAccessible(page, 'the conversation list after answers ended');
  expect(errors).toEqual([]);
});

test('at phone size the composer is on screen without scrolling, the conversations are a drawer, and search finds an older conversation', async () => {
  const older = world.sessions.get(ada.id)!;
  const { page, errors } = await open(ada, `/chat/${older}`, phone);
  const composer = page.getByLabel('Your message');
  await composer.waitFor();
  await page.locator('.msg-bot[aria-busy="false"]').first().waitFor();
  const box = await composer.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThan(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
  const page_ = await page.evaluate<{ scroll: number; inner: number }>(
    '({ scroll: document.documentElement.scrollHeight, inner: innerHeight })',
  );
  expect(page_.scroll).toBeLessThanOrEqual(page_.inner);
  // The conversation list is hidden until asked for.
  expect(await page.getByRole('navigation', { name: 'Your conversations' }).isVisible()).toBe(
    false,
  );
  await expectAccessible(page, 'a conversation (phone)');
  await readmeShot(page, 'student-chat-phone');

  const toggle = page.getByRole('button', { name: 'Your conversations' });
  await toggle.click();
  const drawer = page.getByRole('navigation', { name: 'Your conversations' });
  await drawer.waitFor();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await drawer.getByLabel('Search your conversations').fill('water cycle');
  const hit = drawer.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await hit.waitFor();
  expect(await hit.getAttribute('href')).toContain(`/chat/${older}`);
  await expectAccessible(page, 'search in the drawer (phone)');
  await screenshot(page, 'student-search-phone');
  // Escape closes the drawer and gives the focus back to its button.
  await page.keyboard.press('Escape');
  expect(await drawer.isVisible()).toBe(false);
  expect(await page.evaluate("document.activeElement?.getAttribute('aria-controls')")).toBe(
    'chat-drawer',
  );

  // At desktop size the list is beside the conversation; a hit opens the conversation there.
  await page.setViewportSize(desktop);
  const list = page.getByRole('navigation', { name: 'Your conversations' });
  await list.getByLabel('Search your conversations').fill('water cycle');
  await list.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/chat/${older}\\?message=`));
  await page.locator('.msg-focused').waitFor();
  await expectAccessible(page, 'search results (desktop)');
  expect(errors).toEqual([]);
});

test('a conversation downloads as JSON and Markdown matching the stored messages; an admin exports a student’s conversations', async () => {
  const older = world.sessions.get(ada.id)!;
  const { page, errors } = await open(ada, `/chat/${older}`);
  await page.locator('.msg-bot[aria-busy="false"]').first().waitFor();
  const stored = await storedMessages(older);
  expect(stored.length).toBeGreaterThanOrEqual(2);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download (JSON)' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const file = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
    conversations: Array<{
      id: string;
      messages: Array<{ id: string; role: string; content: string }>;
    }>;
  };
  expect(file.conversations).toHaveLength(1);
  expect(file.conversations[0]!.id).toBe(older);
  expect(
    file.conversations[0]!.messages.map(({ id, role, content }) => ({ id, role, content })),
  ).toEqual(stored);

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download (Markdown)' }).click(),
  ]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const markdown = readFileSync((await md.path())!, 'utf8');
  for (const message of stored) expect(markdown).toContain(message.content);
  expect(markdown).toContain('## Student · ');
  expect(markdown).toContain('## Chatbot · ');

  // The administrator's export of the same student: every conversation, recorded in the access log.
  const admin = await open(world.admin, '/admin/users');
  const row = admin.page.getByRole('row', { name: new RegExp(ada.email) });
  await row.waitFor();
  const [all] = await Promise.all([
    admin.page.waitForEvent('download'),
    row.getByRole('button', { name: 'Download (JSON)' }).click(),
  ]);
  const everything = JSON.parse(readFileSync((await all.path())!, 'utf8')) as {
    conversations: Array<{ id: string; messages: Array<{ content: string }> }>;
  };
  const mine = await world.api<{ myChatSessions: { edges: Array<{ node: { id: string } }> } }>(
    ada,
    '{ myChatSessions(first: 100) { edges { node { id } } } }',
  );
  expect(everything.conversations.map((c) => c.id).sort()).toEqual(
    mine.myChatSessions.edges.map((e) => e.node.id).sort(),
  );
  expect(
    everything.conversations.find((c) => c.id === older)?.messages.map((m) => m.content),
  ).toEqual(stored.map((m) => m.content));
  await expectAccessible(admin.page, 'the users screen with export buttons');
  expect(errors).toEqual([]);
  expect(admin.errors).toEqual([]);
});

/** English strings of the chat screens (the parts that are not the same in Spanish). */
function englishOnly(): string[] {
  const dir = join(__dirname, '..', 'web', 'src', 'i18n', 'locales');
  const strings = (locale: string) => {
    const out = new Map<string, string>();
    const walk = (tree: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(tree)) {
        if (typeof v === 'string') out.set(`${prefix}${k}`, v);
        else walk(v as Record<string, unknown>, `${prefix}${k}.`);
      }
    };
    for (const ns of ['common', 'chat'])
      walk(JSON.parse(readFileSync(join(dir, locale, `${ns}.json`), 'utf8')), `${ns}:`);
    return out;
  };
  const en = strings('en');
  const es = strings('es');
  const found = new Set<string>();
  for (const [key, text] of en) {
    if (es.get(key.replace(/_(one|other)$/, '_other')) === text || es.get(key) === text) continue;
    // The longest literal piece of each string (placeholders cut out), when it is a real phrase.
    const piece = text
      .split(/\{\{[^}]+\}\}/)
      .map((s) => s.trim())
      .sort((a, b) => b.length - a.length)[0];
    if (piece && piece.length >= 6 && /[a-z]{3}/i.test(piece)) found.add(piece);
  }
  return [...found];
}

test('switched to Spanish, the chat shows no English string at either size', async () => {
  await world.api(ada, 'mutation { setMyLocale(locale: "es") { id } }');
  const older = world.sessions.get(ada.id)!;
  const { page, errors } = await open(ada, `/chat/${older}`);
  await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
  await page.locator('.msg-bot[aria-busy="false"]').first().waitFor();
  const english = englishOnly();
  // What the app itself says: everything but what people and the model wrote.
  const chrome = () =>
    page.evaluate<string>(`(() => {
      const clone = document.body.cloneNode(true);
      const people = '.msg-body, .session-title, .snippet, .conversation-title h1, .tool-detail, .msg-head .muted';
      for (const el of clone.querySelectorAll(people)) el.remove();
      const attributes = [...clone.querySelectorAll('[aria-label], [placeholder], [title]')].map((el) =>
        ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' '),
      );
      return clone.textContent + ' ' + attributes.join(' ') + ' ' + document.title;
    })()`);
  const check = async (where: string) => {
    const text = await chrome();
    // Whole words only: "Result" is not a leak inside "Resultados".
    const leaks = english.filter((s) =>
      new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(
        text,
      ),
    );
    expect({ where, leaks }).toEqual({ where, leaks: [] });
  };
  await check('a conversation (desktop)');
  await page.getByLabel('Buscar en tus conversaciones').fill('water');
  await page
    .getByRole('list', { name: 'Resultados de la búsqueda' })
    .getByRole('link')
    .first()
    .waitFor();
  await check('search (desktop)');
  await page.goto(`${world.baseUrl}/chat/new`);
  await page.getByRole('heading', { name: 'Conversación nueva' }).waitFor();
  await page.getByLabel('Tu mensaje').fill('x'.repeat(7000));
  await page.getByText(/Quedan 1[.\s\u00a0]?000 caracteres/).waitFor();
  await check('a new conversation (desktop)');
  await expectAccessible(page, 'a new conversation in Spanish (desktop)');
  await page.setViewportSize(phone);
  await page.getByRole('button', { name: 'Tus conversaciones' }).click();
  await check('the drawer (phone)');
  await expectAccessible(page, 'the drawer in Spanish (phone)');
  await screenshot(page, 'student-spanish-phone');
  await world.api(ada, 'mutation { setMyLocale(locale: null) { id } }');
  expect(errors).toEqual([]);
});
