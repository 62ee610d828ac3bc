/**
 * The teacher's half of the console in a real browser against a real platform: mission
 * control with thirty students streaming at once (and how smooth it stays), activity with
 * memory, the per-student page, flags that find the teacher, and class management. Every
 * journey acts as the teacher would and checks what happened through the API; every screen is
 * checked with axe. Screenshots for the README land in docs/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, testAccessToken, type TestPlatform } from '@aula/platform/testing';
import { expectAccessible } from './axe';
import { callGateway } from './gateway-api';
import {
  builtWebDir,
  collectPageErrors,
  expectTitle,
  launchBrowser,
  readmeShot,
  screenshot,
  withFailureShot,
} from './browser';

const STUDENTS = 30;

let platform: TestPlatform;
let browser: Browser;
let baseUrl: string;
const admin = testAccessToken('00000000-0000-4000-8000-00000000a11a', 'ADMIN');
const teacher = {
  name: 'Tess Teacher',
  email: 'tess@supervise.test',
  password: 'tess-password-1234',
};
let teacherId = '';
let liveClassId = '';
const students: Array<{ id: string; name: string; token: string }> = [];

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;

beforeAll(async () => {
  const webDist = builtWebDir();
  platform = await startTestPlatform({ GATEWAY_WEB_DIST_DIR: webDist });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
  teacherId = (
    await callGateway<{ createUser: { id: string } }>(platform.url, admin, CREATE_USER, {
      i: {
        email: teacher.email,
        displayName: teacher.name,
        role: 'SUPERVISOR',
        password: teacher.password,
      },
    })
  ).createUser.id;
  const names = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun'];
  // Accounts are made ten at a time: each password is hashed with argon2id.
  for (let start = 0; start < STUDENTS; start += 10) {
    const batch = Array.from({ length: Math.min(10, STUDENTS - start) }, (_, k) => start + k);
    students.push(
      ...(await Promise.all(
        batch.map(async (i) => {
          const name = `${names[i % names.length]} ${String.fromCharCode(65 + Math.floor(i / names.length))}.`;
          const id = (
            await callGateway<{ createUser: { id: string } }>(platform.url, admin, CREATE_USER, {
              i: {
                email: `student${i}@supervise.test`,
                displayName: name,
                role: 'STUDENT',
                password: 'student-password-1234',
              },
            })
          ).createUser.id;
          return { id, name, token: testAccessToken(id, 'STUDENT') };
        }),
      )),
    );
  }
  await Promise.all(
    students.map((s) =>
      callGateway(
        platform.url,
        admin,
        'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
        {
          u: s.id,
          a: 50,
        },
      ),
    ),
  );
  // The class mission control and the per-student page watch: the teacher's own, joined by
  // every student with its code (the class-management journey makes its own in the browser).
  const teacherApi = testAccessToken(teacherId, 'SUPERVISOR');
  liveClassId = (
    await callGateway<{ createClass: { id: string } }>(
      platform.url,
      teacherApi,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: '8A Science', term: '2026 autumn' } },
    )
  ).createClass.id;
  const code = (
    await callGateway<{ rotateJoinCode: { joinCode: string } }>(
      platform.url,
      teacherApi,
      'mutation($c: ID!) { rotateJoinCode(classId: $c) { joinCode } }',
      { c: liveClassId },
    )
  ).rotateJoinCode.joinCode;
  await Promise.all(
    students.map((s) =>
      callGateway(platform.url, s.token, 'mutation($c: String!) { joinClass(code: $c) { id } }', {
        c: code,
      }),
    ),
  );
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function teacherPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(teacher.email);
  await page.getByLabel('Password').fill(teacher.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My classes' }).waitFor();
  return { page, errors };
}

let classId = '';
let joinCode = '';

/** The navigation's "Flags" entry carries the teacher's open-flag count, as the API counts it. */
async function expectFlagBadge(page: Page) {
  const { myOpenFlagCount: count } = await callGateway<{ myOpenFlagCount: number }>(
    platform.url,
    teacherToken(),
    'query { myOpenFlagCount }',
  );
  const badge = page.getByRole('navigation', { name: /Main/ }).getByTestId('open-flag-badge');
  if (count === 0) expect(await badge.count()).toBe(0);
  else await badge.filter({ hasText: new RegExp(`^${count} open$`) }).waitFor();
}

test('a teacher creates a class, shares its code, renames it, sets keywords, unenrols and archives', async () => {
  const { page, errors } = await teacherPage();
  await withFailureShot(page, 'teacher-manage', async () => {
    await expectAccessible(page, 'my classes');
    await expectTitle(page, 'Classes · Aula');
    const form = page.getByRole('form', { name: 'Create a class' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('7B Biology');
    await form.getByLabel(/Term/).fill('2026 autumn');
    await form.getByRole('button', { name: 'Create class' }).click();
    await page.getByRole('link', { name: /7B Biology/ }).click();
    await page.getByRole('heading', { name: '7B Biology' }).waitFor();
    classId = page.url().split('/classes/')[1]!.split(/[/?#]/)[0]!;

    // The class's join code: issued in the UI, then used by the students themselves.
    await page.getByRole('button', { name: /New code|Turn on joining by code/ }).click();
    const code = page.getByTestId('join-code');
    await code.filter({ hasText: /\w{8}/ }).waitFor();
    joinCode = ((await code.textContent()) ?? '').trim();
    const fromApi = await callGateway<{ class: { joinCode: string } }>(
      platform.url,
      admin,
      'query($c: ID!) { class(id: $c) { joinCode } }',
      { c: classId },
    );
    expect(fromApi.class.joinCode).toBe(joinCode);
    await callGateway(
      platform.url,
      students[0]!.token,
      'mutation($c: String!) { joinClass(code: $c) { id } }',
      {
        c: joinCode,
      },
    );

    const manage = page.getByRole('region', { name: 'Manage this class' });
    await manage.getByRole('textbox', { name: 'Name', exact: true }).fill('7B Biology (lab group)');
    await manage.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('heading', { name: '7B Biology (lab group)' }).waitFor();
    await expectTitle(page, '7B Biology (lab group) · Aula');
    await manage.getByLabel(/Flag keywords/).fill('vape, fight club');
    await manage.getByRole('button', { name: 'Save keywords' }).click();
    await manage.getByText('Keywords saved.').waitFor();
    const saved = await callGateway<{
      class: { name: string; term: string; flagKeywords: string[] };
    }>(platform.url, admin, 'query($c: ID!) { class(id: $c) { name term flagKeywords } }', {
      c: classId,
    });
    expect(saved.class).toEqual({
      name: '7B Biology (lab group)',
      term: '2026 autumn',
      flagKeywords: ['vape', 'fight club'],
    });
    await page.reload();
    await page.getByRole('link', { name: students[0]!.name, exact: true }).waitFor();
    await expectAccessible(page, 'class page');
    await screenshot(page, 'supervise-01-class');

    // A second class to unenrol from and archive, behind an accessible confirmation.
    await page.goto(`${baseUrl}/classes`);
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Old club');
    await form.getByRole('button', { name: 'Create class' }).click();
    await page.getByRole('link', { name: /Old club/ }).click();
    await page.getByRole('heading', { name: 'Old club' }).waitFor();
    const oldId = page.url().split('/classes/')[1]!.split(/[/?#]/)[0]!;
    await page.getByRole('button', { name: /New code|Turn on joining by code/ }).click();
    const oldCode = (
      (await page.getByTestId('join-code').filter({ hasText: /\w{8}/ }).textContent()) ?? ''
    ).trim();
    await callGateway(
      platform.url,
      students[0]!.token,
      'mutation($c: String!) { joinClass(code: $c) { id } }',
      {
        c: oldCode,
      },
    );
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(students[0]!.name) });
    await row.getByRole('button', { name: /Unenrol/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expectAccessible(page, 'unenrol confirmation');
    await dialog.getByRole('button', { name: /Unenrol/ }).click();
    await row.waitFor({ state: 'detached' });
    const roster = await callGateway<{
      class: { students: { edges: unknown[]; totalCount: number } };
    }>(
      platform.url,
      admin,
      'query($c: ID!) { class(id: $c) { students { edges { cursor } totalCount } } }',
      { c: oldId },
    );
    expect(roster.class.students).toEqual({ edges: [], totalCount: 0 });
    await page
      .getByRole('region', { name: 'Manage this class' })
      .getByRole('button', { name: 'Archive class' })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Archive class' }).click();
    await page
      .getByText(/archived/i)
      .first()
      .waitFor();
    const archived = await callGateway<{ class: { archived: boolean } }>(
      platform.url,
      admin,
      'query($c: ID!) { class(id: $c) { archived } }',
      { c: oldId },
    );
    expect(archived.class.archived).toBe(true);
  });
  expect(errors).toEqual([]);
});

/** Frame intervals and long tasks the page saw while `body` ran, measured in the page. */
async function measure(page: Page, body: () => Promise<void>) {
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      perf: { frames: number[]; longTasks: number[]; stop: boolean };
      requestAnimationFrame(run: (now: number) => void): void;
      PerformanceObserver: new (
        cb: (list: { getEntries(): Array<{ duration: number }> }) => void,
      ) => {
        observe(options: { type: string }): void;
        disconnect(): void;
      };
    };
    g.perf = { frames: [], longTasks: [], stop: false };
    const observer = new g.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) g.perf.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let last = 0;
    const tick = (now: number) => {
      if (last) g.perf.frames.push(now - last);
      last = now;
      if (!g.perf.stop) g.requestAnimationFrame(tick);
      else observer.disconnect();
    };
    g.requestAnimationFrame(tick);
  });
  await body();
  const perf = await page.evaluate(() => {
    const g = globalThis as unknown as {
      perf: { frames: number[]; longTasks: number[]; stop: boolean };
    };
    g.perf.stop = true;
    return { frames: g.perf.frames, longTasks: g.perf.longTasks };
  });
  const sorted = [...perf.frames].sort((a, b) => a - b);
  const seconds = perf.frames.reduce((a, b) => a + b, 0) / 1000;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    frames: sorted.length,
    fps: seconds > 0 ? Math.round((sorted.length / seconds) * 10) / 10 : 0,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1) ?? 0,
    longTasks: perf.longTasks.length,
    longTaskMs: perf.longTasks.reduce((a, b) => a + b, 0),
    longestTask: Math.max(0, ...perf.longTasks),
  };
}

const SEND = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }`;

test('mission control shows thirty students streaming at once, stays smooth, and notes and stops from a tile', async () => {
  const sessions = await Promise.all(
    students.map(
      async (s) =>
        (
          await callGateway<{ startChat: { id: string } }>(
            platform.url,
            s.token,
            'mutation { startChat { id } }',
          )
        ).startChat.id,
    ),
  );
  const { page, errors } = await teacherPage();
  await withFailureShot(page, 'mission-control', async () => {
    await page.goto(`${baseUrl}/classes/${liveClassId}`);
    await page.getByRole('link', { name: 'Mission control' }).click();
    await page.getByRole('heading', { name: /Mission control/ }).waitFor();
    await expectTitle(page, 'Mission control · 8A Science · Aula');
    await page.getByText('Nobody is chatting right now.').waitFor();

    // The same page, idle for a while: the peer the streaming figures are compared with.
    const idle = await measure(page, () => page.waitForTimeout(3000));

    // Long, slow answers, sent ten at a time (each reserves credits first), so that all thirty
    // are streaming together before the measurement starts.
    const answers: string[] = [];
    for (let start = 0; start < STUDENTS; start += 10) {
      const sent = await Promise.all(
        students.slice(start, start + 10).map((s, k) =>
          callGateway<{ sendMessage: { id: string } }>(platform.url, s.token, SEND, {
            s: sessions[start + k],
            t: 'Explain photosynthesis step by step. [[emulator:length=900]] [[emulator:rate=15]]',
          }),
        ),
      );
      answers.push(...sent.map((r) => r.sendMessage.id));
    }
    // Every student gets a tile; on a loaded machine the first answers may end before the last
    // start, so the measurement starts once at least twenty stream together.
    await page
      .locator('.tile')
      .nth(STUDENTS - 1)
      .waitFor({ timeout: 90_000 });
    await page.locator('.tile.streaming').nth(19).waitFor({ timeout: 90_000 });
    const streamingAtStart = await page.locator('.tile.streaming').count();
    let streamingAtEnd = 0;
    const streaming = await measure(page, async () => {
      // Token by token: a tile's text grows in many steps, not at once (the last to start).
      const tile = page
        .locator('.tile')
        .filter({ hasText: students[STUDENTS - 1]!.name })
        .getByTestId('tile-text');
      const lengths = new Set<number>();
      for (let i = 0; i < 25; i += 1) {
        lengths.add(((await tile.textContent()) ?? '').length);
        await page.waitForTimeout(200);
      }
      expect(lengths.size).toBeGreaterThan(5);
      streamingAtEnd = await page.locator('.tile.streaming').count();
    });
    await readmeShot(page, 'mission-control');
    console.log(
      `mission control, ${STUDENTS} answers streaming (load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}):`,
      JSON.stringify({ streamingAtStart, streamingAtEnd, idle, streaming }),
    );
    // Smooth: frames keep coming while 30 answers stream, and no main-thread task runs long
    // enough to be felt. The bounds are loose because this machine is shared; the numbers are
    // printed above and in the README next to the idle page measured in the same run.
    expect(streamingAtEnd).toBeGreaterThanOrEqual(10);
    expect(streaming.fps).toBeGreaterThan(idle.fps * 0.5);
    expect(streaming.p95).toBeLessThan(Math.max(100, idle.p95 * 3));
    expect(streaming.longestTask).toBeLessThan(500);

    // A note from a tile lands in the student's conversation; stop ends one answer.
    const target = students[1]!;
    const tile = page.locator('.tile').filter({ hasText: target.name });
    await tile.getByRole('button', { name: 'Note' }).click();
    await tile.getByLabel(/Note to/).fill('Great question — check the diagram on page 12.');
    await tile.getByRole('button', { name: 'Post' }).click();
    const stopping = students[2]!;
    const stopTile = page.locator('.tile').filter({ hasText: stopping.name });
    if (await stopTile.getByRole('button', { name: 'Stop' }).isVisible())
      await stopTile.getByRole('button', { name: 'Stop' }).click();
    await expectAccessible(page, 'mission control');
    const conversation = await callGateway<{
      chatSession: {
        messages: { edges: Array<{ node: { role: string; content: string; status: string } }> };
      };
    }>(
      platform.url,
      teacherToken(),
      'query($s: ID!) { chatSession(id: $s) { messages(first: 50) { edges { node { role content status } } } } }',
      {
        s: sessions[1],
      },
    );
    expect(conversation.chatSession.messages.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        role: 'SUPERVISOR',
        content: 'Great question — check the diagram on page 12.',
      }),
    );
    await stopTile.getByText(/Stopped|Finished/).waitFor({ timeout: 60_000 });
    // Every answer ends on its tile.
    await page.locator('.tile.streaming').first().waitFor({ state: 'detached', timeout: 240_000 });
  });
  expect(errors).toEqual([]);
}, 600_000);

/** The teacher's own token, for checking through the API what they did in the browser. */
function teacherToken(): string {
  return testAccessToken(teacherId, 'SUPERVISOR');
}

test('the class feed remembers, the per-student page shows conversations, flags, notes and credits, and the watch view highlights the flag', async () => {
  const ada = students[3]!;
  const session = (
    await callGateway<{ startChat: { id: string } }>(
      platform.url,
      ada.token,
      'mutation { startChat { id } }',
    )
  ).startChat.id;
  const flagged = await callGateway<{ sendMessage: { id: string } }>(
    platform.url,
    ada.token,
    SEND,
    {
      s: session,
      t: 'i have a list of people i want to hurt at school [[emulator:length=5]]',
    },
  );
  await callGateway(
    platform.url,
    teacherToken(),
    'mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId } }',
    {
      s: session,
      c: 'I am here if you want to talk.',
    },
  );
  const { page, errors } = await teacherPage();
  await withFailureShot(page, 'student-page', async () => {
    // Opened after it all happened: the feed shows it from the server's history.
    await page.goto(`${baseUrl}/classes/${liveClassId}`);
    const feed = page.getByRole('region', { name: 'Activity' });
    await feed.getByText(ada.name).first().waitFor();
    await feed
      .getByText(/violence|Violence/)
      .first()
      .waitFor();
    await expectAccessible(page, 'class page with history');

    // Older activity a page at a time, in the order the API keeps it.
    const history = await callGateway<{
      classActivityHistory: { edges: Array<{ node: { student: { displayName: string } } }> };
    }>(
      platform.url,
      teacherToken(),
      'query($c: ID!) { classActivityHistory(classId: $c, first: 50) { edges { node { student { displayName } } } } }',
      { c: liveClassId },
    );
    const fromApi = history.classActivityHistory.edges.map((e) => e.node.student.displayName);
    expect(fromApi.length).toBeGreaterThan(25); // thirty students answered above
    const items = feed.locator('ol.activity > li');
    await items.nth(24).waitFor();
    await feed.getByRole('button', { name: 'Show older activity' }).click();
    await items.nth(fromApi.length - 1).waitFor();
    expect(await items.locator('a strong').allTextContents()).toEqual(fromApi);

    await page.getByRole('link', { name: ada.name, exact: true }).first().click();
    await page.getByRole('heading', { name: ada.name, level: 1 }).waitFor();
    await expectTitle(page, `${ada.name} · Aula`);
    await expectFlagBadge(page);
    const balance = await callGateway<{ user: { credits: { available: { credits: number } } } }>(
      platform.url,
      teacherToken(),
      'query($u: ID!) { user(id: $u) { credits { available { credits } } } }',
      { u: ada.id },
    );
    await page
      .getByTestId('credits-left')
      .filter({ hasText: String(Math.floor(balance.user.credits.available.credits)) })
      .waitFor();
    await page.getByText('I am here if you want to talk.').waitFor();
    await page
      .getByRole('region', { name: 'Flags' })
      .getByText(/people i want to hurt/)
      .waitFor();
    await expectAccessible(page, 'student page');
    await readmeShot(page, 'student-page');

    // Opening a conversation from the page is recorded in the access log.
    await page.getByRole('region', { name: 'Conversations' }).getByRole('link').first().click();
    await page
      .locator(`#msg-${flagged.sendMessage.id}`)
      .waitFor()
      .catch(() => undefined);
    await page.locator('.msg-flagged').first().waitFor();
    await expectTitle(page, 'Watch a conversation · Aula');
    await expectFlagBadge(page);
    await expectAccessible(page, 'watch view');
    const log = await callGateway<{
      conversationAccessLog: {
        edges: Array<{ node: { sessionId: string; viewer: { id: string } } }>;
      };
    }>(
      platform.url,
      admin,
      'query($f: ConversationAccessFilter) { conversationAccessLog(filter: $f, first: 10) { edges { node { sessionId viewer { id } } } } }',
      { f: { studentId: ada.id, viewerId: teacherId } },
    );
    expect(log.conversationAccessLog.edges.map((e) => e.node.sessionId)).toContain(session);
    await page.getByRole('link', { name: /student’s page/ }).click();
    await page.getByRole('heading', { name: ada.name, level: 1 }).waitFor();

    // Mission control's alert header lists the class's open flags, one click from the message.
    const open = await callGateway<{
      flags: { edges: Array<{ node: { student: { displayName: string } } }> };
    }>(
      platform.url,
      teacherToken(),
      'query($c: ID!) { flags(filter: { classId: $c, status: OPEN }, first: 20) { edges { node { student { displayName } } } } }',
      { c: liveClassId },
    );
    const count = open.flags.edges.length;
    expect(open.flags.edges.map((e) => e.node.student.displayName)).toContain(ada.name);
    await page.goto(`${baseUrl}/classes/${liveClassId}/live`);
    const alerts = page.getByRole('region', { name: new RegExp(`^${count} open flags?`) });
    await alerts.waitFor();
    expect(await alerts.getByRole('listitem').count()).toBe(count);
    await expectFlagBadge(page);
    await expectAccessible(page, 'mission control with open flags');
    await alerts
      .getByRole('listitem')
      .filter({ hasText: ada.name })
      .getByRole('link', { name: 'Open the conversation' })
      .click();
    // The flag's link opens the conversation at the flagged message, marked and in focus.
    await page
      .locator('.msg-flagged.msg-focused')
      .filter({ hasText: 'people i want to hurt' })
      .waitFor();
  });
  expect(errors).toEqual([]);
}, 300_000);

test('flags find the teacher: a live inbox, a count in the navigation, and alert settings', async () => {
  const { page, errors } = await teacherPage();
  await withFailureShot(page, 'teacher-flags', async () => {
    const count = async () =>
      (
        await callGateway<{ myOpenFlagCount: number }>(
          platform.url,
          teacherToken(),
          'query { myOpenFlagCount }',
        )
      ).myOpenFlagCount;
    const before = await count();
    const nav = page.getByRole('navigation', { name: /Main/ });
    await nav.getByRole('link', { name: new RegExp(`Flags.*${before}`) }).waitFor();
    await nav.getByRole('link', { name: /Flags/ }).click();
    await page.getByRole('heading', { name: /Flags/, level: 1 }).waitFor();
    await expectTitle(page, 'Flags · Aula');

    // Raised while the inbox is open: it appears without a reload, and the badge counts it.
    const ben = students[4]!;
    const session = (
      await callGateway<{ startChat: { id: string } }>(
        platform.url,
        ben.token,
        'mutation { startChat { id } }',
      )
    ).startChat.id;
    await callGateway(platform.url, ben.token, SEND, {
      s: session,
      t: 'gonna bring my dads gun to school monday [[emulator:length=3]]',
    });
    const card = page.locator('article.flag').filter({ hasText: ben.name });
    await card.waitFor();
    await nav.getByRole('link', { name: new RegExp(`Flags.*${before + 1}`) }).waitFor();
    await expectAccessible(page, 'flags inbox');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await nav.getByRole('link', { name: new RegExp(`Flags.*${before}`) }).waitFor();
    expect(await count()).toBe(before);

    await page.getByRole('link', { name: 'My account' }).click();
    await expectTitle(page, 'My account · Aula');
    await expectFlagBadge(page);
    const settings = page.getByRole('region', { name: 'Safety alerts' });
    // Escalation is the school's setting: shown with the API's timeout, not changed here.
    const { myNotificationSettings: current } = await callGateway<{
      myNotificationSettings: { escalationMinutes: number };
    }>(platform.url, teacherToken(), 'query { myNotificationSettings { escalationMinutes } }');
    await settings
      .getByText(`nobody acknowledges within ${current.escalationMinutes} minutes`, {
        exact: false,
      })
      .waitFor();
    await settings.getByLabel(/E-mail me/).uncheck();
    await settings.getByLabel(/Least severe/).selectOption('HIGH');
    await settings.getByRole('button', { name: 'Save alert settings' }).click();
    await settings.getByText('Alert settings saved.').waitFor();
    const saved = await callGateway<{
      myNotificationSettings: { emailAlerts: boolean; minSeverity: string };
    }>(
      platform.url,
      teacherToken(),
      'query { myNotificationSettings { emailAlerts minSeverity } }',
    );
    expect(saved.myNotificationSettings).toEqual({ emailAlerts: false, minSeverity: 'HIGH' });
    await expectAccessible(page, 'account with alert settings');
  });
  expect(errors).toEqual([]);
});
