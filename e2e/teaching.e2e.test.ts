/**
 * The teacher's course work in a real browser against a real platform: course materials
 * (Word, PDF, Markdown and text uploads, size limits checked before and after sending,
 * attach, search preview, a student's answer citing the material, confirmed delete), inviting
 * a student to a class by e-mail and the student accepting, inviting a co-teacher who accepts
 * in their own session, the chatbots published to the teacher's classes, and the "try this
 * chatbot" preview streaming an answer. Every journey checks the outcome through the API and
 * every screen with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, testAccessToken, type TestPlatform } from '@aula/platform/testing';
import { makeDocx, makePdf } from '../platform/test/content/documents';
import { draftInput } from '../platform/test/content/test-helpers';
import { expectAccessible } from './axe';
import { callGateway, classWithJoinCode } from './gateway-api';
import { builtWebDir, launchBrowser, screenshot, signInNewPage, withFailureShot } from './browser';

let platform: TestPlatform;
let browser: Browser;
let baseUrl: string;
const admin = testAccessToken('00000000-0000-4000-8000-00000000a11a', 'ADMIN');
const teacher = { name: 'Tom Teacher', email: 'tom@teaching.test', password: 'tom-password-1234' };
const pupil = { name: 'Pia Pupil', email: 'pia@teaching.test', password: 'pia-password-1234' };
const invitee = { name: 'Ivan Invited', email: 'ivan@teaching.test', password: 'ivan-pass-1234' };
const coTeacher = {
  name: 'Cora Colleague',
  email: 'cora@teaching.test',
  password: 'cora-pass-1234',
};
const ids = { teacher: '', pupil: '', invitee: '', coTeacher: '', classId: '' };
let teacherToken = '';
let pupilToken = '';

/** Runs an operation through the gateway as `token`; throws on errors. */
const api = <T = Record<string, unknown>>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => callGateway<T>(platform.url, token, query, variables);

async function createUser(
  person: { name: string; email: string; password: string },
  role: string,
): Promise<string> {
  const made = await api<{ createUser: { id: string } }>(
    admin,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email: person.email, displayName: person.name, role, password: person.password } },
  );
  return made.createUser.id;
}

const credit = (userId: string) =>
  api(admin, 'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }', {
    u: userId,
    a: 50,
  });

beforeAll(async () => {
  const webDist = builtWebDir();
  platform = await startTestPlatform({ GATEWAY_WEB_DIST_DIR: webDist });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
  ids.teacher = await createUser(teacher, 'SUPERVISOR');
  ids.pupil = await createUser(pupil, 'STUDENT');
  ids.invitee = await createUser(invitee, 'STUDENT');
  ids.coTeacher = await createUser(coTeacher, 'SUPERVISOR');
  teacherToken = testAccessToken(ids.teacher, 'SUPERVISOR');
  pupilToken = testAccessToken(ids.pupil, 'STUDENT');
  await Promise.all([credit(ids.teacher), credit(ids.pupil)]);
  const { classId: madeClassId, joinCode: code } = await classWithJoinCode(
    platform.url,
    teacherToken,
    {
      name: '8C Biology',
      term: '2026 autumn',
    },
  );
  ids.classId = madeClassId;
  await api(pupilToken, 'mutation($c: String!) { joinClass(code: $c) { id } }', { c: code });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

/** A fresh browser context signed in as `person`, on the page they land on. */
async function signedIn(person: { email: string; password: string }) {
  const opened = await signInNewPage(browser, baseUrl, person);
  await opened.page.getByRole('button', { name: 'Sign out' }).waitFor();
  return opened;
}

/** Page errors other than the browser reporting an HTTP status the journey expected. */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !e.includes('Failed to load resource'));

/** Waits until the latest answer of a conversation has ended; returns it. */
async function finishedAnswer(token: string, sessionId: string) {
  type Message = {
    role: string;
    status: string;
    content: string;
    toolCalls: Array<{ name: string; output: string | null; isError: boolean }>;
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    const found = await api<{ chatSession: { messages: { edges: Array<{ node: Message }> } } }>(
      token,
      'query($s: ID!) { chatSession(id: $s) { messages(first: 50) { edges { node { role status content toolCalls { name output isError } } } } } }',
      { s: sessionId },
    );
    const answers = found.chatSession.messages.edges
      .map((e) => e.node)
      .filter((m) => m.role === 'ASSISTANT');
    const last = answers[answers.length - 1];
    if (last && last.status !== 'STREAMING') return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the answer did not finish');
}

const MATERIALS = '{ materials(first: 50) { edges { node { id title format chunkCount } } } }';
type MaterialsReply = {
  materials: {
    edges: Array<{ node: { id: string; title: string; format: string; chunkCount: number } }>;
  };
};

test('materials: checked before and after upload, attached, previewed, cited in a student’s answer, deleted after a confirmation', async () => {
  const chatbotId = (
    await api<{ createChatbot: { id: string } }>(
      teacherToken,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      {
        i: draftInput({ name: 'Leaf Lab', guardrails: { blockedTopics: [], blockedKeywords: [] } }),
      },
    )
  ).createChatbot.id;
  const { page, errors } = await signedIn(teacher);
  await withFailureShot(page, 'materials', async () => {
    await page.getByRole('link', { name: 'Materials' }).click();
    await page.getByRole('heading', { name: 'Course materials', level: 1 }).waitFor();
    await page.getByText(/up to 10 MB/).waitFor(); // the limit, told before anything is chosen
    await expectAccessible(page, 'materials (empty)');

    // Refused before sending: the old Word format.
    const file = page.getByLabel('Document', { exact: true });
    await file.setInputFiles({
      name: 'notes.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from('old'),
    });
    await page.getByText(/old Word format/).waitFor();
    expect(await page.getByRole('button', { name: 'Upload' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'materials (file refused before upload)');

    // Refused after sending: named like a PDF but not one.
    await file.setInputFiles({
      name: 'fake.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf at all'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The document was not saved.' });
    await refusal.getByText(/could not be read/).waitFor();
    await expectAccessible(page, 'materials (file refused by the server)');

    // A real Word document.
    const docx = await makeDocx(
      [
        'Photosynthesis happens in the chloroplasts of leaf cells.',
        'Chlorophyll absorbs red and blue light and reflects green light, which is why leaves look green.',
      ],
      [
        ['Pigment', 'Colour it reflects'],
        ['Chlorophyll', 'Green'],
      ],
    );
    await file.setInputFiles({
      name: 'leaves.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await page.getByLabel('Title').fill('Leaves and light');
    await page.getByLabel(/Source/).fill('Biology handbook, p. 12');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(/“Leaves and light” is ready/).waitFor();
    const list = page.getByRole('region', { name: 'Your materials' });
    await list.getByRole('cell', { name: /^Leaves and light leaves\.docx/ }).waitFor();
    const stored = (await api<MaterialsReply>(teacherToken, MATERIALS)).materials.edges.map(
      (e) => e.node,
    );
    expect(stored).toEqual([
      expect.objectContaining({
        title: 'Leaves and light',
        format: 'DOCX',
        chunkCount: expect.any(Number),
      }),
    ]);
    const materialId = stored[0]!.id;

    // Attach it to the chatbot and preview its search.
    const panel = page.getByRole('region', { name: 'Materials of a chatbot' });
    await panel.getByLabel('Chatbot').selectOption({ label: 'Leaf Lab' });
    await panel.getByText('No materials are attached to this chatbot.').waitFor();
    await panel.getByLabel('Material to attach').selectOption({ label: 'Leaves and light' });
    await panel.getByRole('button', { name: 'Attach' }).click();
    await panel
      .getByRole('list', { name: 'Attached materials' })
      .getByRole('button', { name: 'Detach Leaves and light' })
      .waitFor();
    const attached = await api<{
      chatbot: { materials: { edges: Array<{ node: { id: string } }> } };
    }>(teacherToken, 'query($c: ID!) { chatbot(id: $c) { materials { edges { node { id } } } } }', {
      c: chatbotId,
    });
    expect(attached.chatbot.materials.edges.map((e) => e.node.id)).toEqual([materialId]);
    await panel.getByLabel("A student's question").fill('why do leaves look green');
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    const hits = panel.getByRole('list', { name: /Passages found for/ });
    await hits.locator('mark').first().waitFor();
    expect(await hits.textContent()).toContain('Chlorophyll');
    await expectAccessible(page, 'materials (attached, search preview)');
    await screenshot(page, 'teaching-01-materials');

    // Published to the class, the chatbot's answer to a student cites the material.
    await api(
      teacherToken,
      'mutation($c: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $c, audience: $a) { id } }',
      { c: chatbotId, a: { everyone: false, classIds: [ids.classId] } },
    );
    const sessionId = (
      await api<{ startChat: { id: string } }>(
        pupilToken,
        'mutation($c: ID) { startChat(chatbotId: $c) { id } }',
        {
          c: chatbotId,
        },
      )
    ).startChat.id;
    await api(
      pupilToken,
      'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
      {
        s: sessionId,
        t: 'Why do leaves look green?',
      },
    );
    const answer = await finishedAnswer(pupilToken, sessionId);
    expect(answer.status).toBe('COMPLETE');
    const search = answer.toolCalls.find((call) => call.name === 'search_course_materials');
    expect(search).toMatchObject({ isError: false });
    expect(search?.output).toContain('Leaves and light (Biology handbook, p. 12)');
    expect(answer.content).toContain('Chlorophyll');

    // Deleting asks first; an attached material is kept and the reason shown.
    const row = list.getByRole('row').filter({ hasText: 'Leaves and light' });
    await row.getByRole('button', { name: /Delete/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete “Leaves and light”?' });
    await expectAccessible(page, 'materials (delete confirmation)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: /Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await list.getByRole('alert').waitFor();
    expect((await api<MaterialsReply>(teacherToken, MATERIALS)).materials.edges).toHaveLength(1);

    // Detached, it is deleted for good.
    await panel.getByRole('button', { name: 'Detach Leaves and light' }).click();
    await panel.getByText('No materials are attached to this chatbot.').waitFor();
    await row.getByRole('button', { name: /Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await list.getByText('No materials yet.', { exact: false }).waitFor();
    expect((await api<MaterialsReply>(teacherToken, MATERIALS)).materials.edges).toEqual([]);
    await expectAccessible(page, 'materials (after delete)');
  });
  expect(unexpected(errors)).toEqual([]);
});

test('materials: a PDF, Markdown and text file are uploaded; a file over the size limit is refused before it is sent, one with too much text by the server', async () => {
  const { materialUploadLimits: limits } = await api<{
    materialUploadLimits: { maxFileBytes: number; maxTextBytes: number };
  }>(teacherToken, '{ materialUploadLimits { maxFileBytes maxTextBytes } }');
  const { page, errors } = await signedIn(teacher);
  await withFailureShot(page, 'materials-formats', async () => {
    await page.getByRole('link', { name: 'Materials' }).click();
    await page.getByRole('heading', { name: 'Course materials', level: 1 }).waitFor();
    const file = page.getByLabel('Document', { exact: true });
    const list = page.getByRole('region', { name: 'Your materials' });
    const uploads = [
      {
        name: 'cells.pdf',
        mimeType: 'application/pdf',
        buffer: await makePdf([
          ['Cells are the smallest units of life.'],
          ['Mitochondria release the energy stored in food.'],
        ]),
        title: 'Cells',
        format: 'PDF',
      },
      {
        name: 'osmosis.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          '# Osmosis\n\nWater moves **across a membrane** towards the stronger solution.\n',
        ),
        title: 'Osmosis',
        format: 'MARKDOWN',
      },
      {
        name: 'glossary.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Diffusion: particles spread from high to low concentration.\n'),
        title: 'Glossary',
        format: 'TEXT',
      },
    ];
    for (const upload of uploads) {
      await file.setInputFiles(upload);
      await page.getByLabel('Title').fill(upload.title);
      await page.getByRole('button', { name: 'Upload' }).click();
      await page.getByText(`“${upload.title}” is ready`, { exact: false }).waitFor();
      await list.getByRole('cell', { name: `${upload.title} ${upload.name}` }).waitFor();
    }
    const stored = (await api<MaterialsReply>(teacherToken, MATERIALS)).materials.edges.map(
      (e) => e.node,
    );
    expect(stored.map((m) => [m.title, m.format]).sort()).toEqual(
      uploads.map((u) => [u.title, u.format]).sort(),
    );
    expect(stored.every((m) => m.chunkCount > 0)).toBe(true);

    // Over the file limit: refused before anything is sent, saying how big it is and the limit.
    await file.setInputFiles({
      name: 'atlas.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(limits.maxFileBytes + 1024, 0x20),
    });
    await page.getByText(/^This file is .+; the limit is 10 MB\./).waitFor();
    expect(await page.getByRole('button', { name: 'Upload' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'materials (file over the size limit)');

    // Small enough to send, but more text than one document may hold: the server refuses it.
    await file.setInputFiles({
      name: 'novel.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('word '.repeat(Math.ceil(limits.maxTextBytes / 5) + 100)),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The document was not saved.' });
    await refusal.getByText(/Its text is .+; one document may hold .+ of text\./).waitFor();
    await expectAccessible(page, 'materials (too much text)');
    await screenshot(page, 'teaching-04-materials-formats');
    expect((await api<MaterialsReply>(teacherToken, MATERIALS)).materials.edges).toHaveLength(
      uploads.length,
    );
  });
  expect(unexpected(errors)).toEqual([]);
});

/**
 * On the class page, invites `email` as `role` with the invitation form and waits for its
 * confirmation.
 */
async function inviteFromClassPage(page: Page, email: string, role: 'STUDENT' | 'SUPERVISOR') {
  await page.goto(`${baseUrl}/classes/${ids.classId}`);
  await page.getByRole('heading', { name: '8C Biology' }).waitFor();
  const form = page.getByRole('form', { name: 'Invite by e-mail' });
  await form.getByLabel('E-mail address').fill(email);
  await form.getByLabel('Invite as').selectOption(role);
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await form.getByText(`Invitation sent to ${email}.`, { exact: false }).waitFor();
}

/** The class's pending invitations, through the API as its teacher. */
async function pendingInvitations() {
  const pending = await api<{
    class: {
      pendingInvitations: {
        edges: Array<{ node: { invitee: { id: string }; role: string; status: string } }>;
      };
    };
  }>(
    teacherToken,
    'query($c: ID!) { class(id: $c) { pendingInvitations { edges { node { invitee { id } role status } } } } }',
    { c: ids.classId },
  );
  return pending.class.pendingInvitations.edges.map((e) => e.node);
}

test('a teacher invites a student by e-mail and the student accepts on their account page', async () => {
  const teacherSide = await signedIn(teacher);
  await withFailureShot(teacherSide.page, 'invite-teacher', async () => {
    const { page } = teacherSide;
    await inviteFromClassPage(page, invitee.email, 'STUDENT');
    await expectAccessible(page, 'class page (invitation sent)');
  });
  expect(await pendingInvitations()).toEqual([
    { invitee: { id: ids.invitee }, role: 'STUDENT', status: 'PENDING' },
  ]);

  const studentSide = await signedIn(invitee);
  await withFailureShot(studentSide.page, 'invite-student', async () => {
    const { page } = studentSide;
    await page.getByRole('link', { name: 'My account' }).click();
    const invitations = page.getByRole('list', { name: 'Invitations' });
    await invitations.getByText(`${teacher.name} invites you to 8C Biology`).waitFor();
    await expectAccessible(page, 'account (invitation waiting)');
    await invitations.getByRole('button', { name: 'Accept' }).click();
    await invitations.waitFor({ state: 'detached' });
    await expectAccessible(page, 'account (invitation accepted)');
  });
  const roster = await api<{
    class: {
      students: { edges: Array<{ node: { id: string } }> };
      pendingInvitations: { edges: unknown[] };
    };
  }>(
    teacherToken,
    'query($c: ID!) { class(id: $c) { students { edges { node { id } } } pendingInvitations { edges { cursor } } } }',
    { c: ids.classId },
  );
  expect(roster.class.students.edges.map((e) => e.node.id)).toEqual(
    expect.arrayContaining([ids.pupil, ids.invitee]),
  );
  expect(roster.class.pendingInvitations.edges).toEqual([]);
  expect(unexpected([...teacherSide.errors, ...studentSide.errors])).toEqual([]);
});

test('a teacher invites a co-teacher from the class page; the co-teacher accepts in their own session and both see the class', async () => {
  const teacherSide = await signedIn(teacher);
  const { page } = teacherSide;
  await withFailureShot(page, 'co-teacher-invite', async () => {
    await inviteFromClassPage(page, coTeacher.email, 'SUPERVISOR');
    // The invitation is listed as waiting at once, without a reload.
    await page
      .getByRole('region', { name: 'Students join with a code' })
      .getByRole('listitem')
      .filter({ hasText: `${coTeacher.name} (co-teacher)` })
      .waitFor();
    await expectAccessible(page, 'class page (co-teacher invited)');
  });
  expect(await pendingInvitations()).toEqual([
    { invitee: { id: ids.coTeacher }, role: 'SUPERVISOR', status: 'PENDING' },
  ]);

  // The co-teacher lands on their classes, where the invitation waits.
  const coSide = await signedIn(coTeacher);
  await withFailureShot(coSide.page, 'co-teacher-accept', async () => {
    const co = coSide.page;
    await co.getByRole('heading', { name: 'My classes' }).waitFor();
    const invitations = co.getByRole('region', { name: 'Invitations to teach a class' });
    await invitations.getByText(`${teacher.name} invites you to 8C Biology`).waitFor();
    await expectAccessible(co, 'my classes (co-teaching invitation waiting)');
    await invitations.getByRole('button', { name: 'Accept' }).click();
    await invitations.waitFor({ state: 'detached' });
    await co.getByRole('link', { name: /8C Biology/ }).click();
    await co.getByRole('heading', { name: '8C Biology' }).waitFor();
    await co.getByRole('link', { name: pupil.name, exact: true }).waitFor();
    const teachers = co.getByRole('list', { name: 'Teachers' });
    await teachers.getByText(teacher.name, { exact: true }).waitFor();
    await teachers.getByText(coTeacher.name, { exact: true }).waitFor();
    await expectAccessible(co, 'class page (as the co-teacher)');
  });

  const coTeacherToken = testAccessToken(ids.coTeacher, 'SUPERVISOR');
  const klass = await api<{
    class: {
      supervisors: { edges: Array<{ node: { id: string } }>; totalCount: number };
      pendingInvitations: { edges: unknown[] };
    };
  }>(
    coTeacherToken,
    'query($c: ID!) { class(id: $c) { supervisors(first: 10) { edges { node { id } } totalCount } pendingInvitations { edges { cursor } } } }',
    { c: ids.classId },
  );
  expect(klass.class.supervisors.edges.map((e) => e.node.id).sort()).toEqual(
    [ids.teacher, ids.coTeacher].sort(),
  );
  expect(klass.class.supervisors.totalCount).toBe(2);
  expect(klass.class.pendingInvitations.edges).toEqual([]);
  const myClasses = (token: string) =>
    api<{ myClasses: { edges: Array<{ node: { id: string } }> } }>(
      token,
      '{ myClasses(first: 20) { edges { node { id } } } }',
    ).then((r) => r.myClasses.edges.map((e) => e.node.id));
  expect(await myClasses(coTeacherToken)).toContain(ids.classId);
  expect(await myClasses(teacherToken)).toContain(ids.classId);

  // The inviting teacher sees their colleague among the class's teachers.
  await withFailureShot(page, 'co-teacher-listed', async () => {
    await page.reload();
    const teachers = page.getByRole('list', { name: 'Teachers' });
    await teachers.getByText(coTeacher.name, { exact: true }).waitFor();
    await screenshot(page, 'teaching-co-teacher');
  });
  expect(unexpected([...teacherSide.errors, ...coSide.errors])).toEqual([]);
});

test('a teacher sees the chatbots published to their classes and tries one, its answer streaming', async () => {
  // An administrator's chatbot, published to the teacher's class.
  const chatbotId = (
    await api<{ createChatbot: { id: string } }>(
      admin,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      {
        i: draftInput({
          name: 'Magnet Mentor',
          enabledTools: [],
          guardrails: { blockedTopics: [], blockedKeywords: [] },
        }),
      },
    )
  ).createChatbot.id;
  await api(
    admin,
    'mutation($c: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $c, audience: $a) { id } }',
    {
      c: chatbotId,
      a: { everyone: false, classIds: [ids.classId] },
    },
  );
  const offered = await api<{ availableChatbots: { edges: Array<{ node: { id: string } }> } }>(
    teacherToken,
    '{ availableChatbots(first: 50) { edges { node { id } } } }',
  );
  expect(offered.availableChatbots.edges.map((e) => e.node.id)).toContain(chatbotId);

  const { page, errors } = await signedIn(teacher);
  await withFailureShot(page, 'try-chatbot', async () => {
    await page.getByRole('link', { name: 'Chatbots', exact: true }).click();
    const forClasses = page.getByRole('region', { name: 'Chatbots for your classes' });
    await forClasses.getByText('Magnet Mentor').first().waitFor();
    await expectAccessible(page, 'chatbots (published to my classes)');
    await screenshot(page, 'teaching-02-chatbot-list');

    await forClasses.getByRole('link', { name: 'Try Magnet Mentor' }).click();
    await page.getByRole('heading', { name: 'Try Magnet Mentor' }).waitFor();
    await expectAccessible(page, 'try a chatbot');
    await page.getByRole('button', { name: 'Start a preview conversation' }).click();
    await page
      .getByLabel('Your message')
      .fill('How do magnets work? [[emulator:length=60]] [[emulator:rate=40]]');
    await page.getByRole('button', { name: 'Send' }).click();
    // Streaming: the answer is written piece by piece while the Stop button is offered.
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    await page
      .locator('.msg-bot[aria-busy="true"] .msg-body')
      .filter({ hasText: /\w+ \w+/ })
      .waitFor();
    await page.locator('.msg-bot[aria-busy="false"]').waitFor();
    await expectAccessible(page, 'try a chatbot (answer complete)');
    await screenshot(page, 'teaching-03-try-chatbot');
    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    const answer = await finishedAnswer(teacherToken, sessionId);
    expect(answer.status).toBe('COMPLETE');
    expect(answer.content.length).toBeGreaterThan(0);
    expect(await page.locator('.msg-bot .msg-body').last().textContent()).toContain(
      answer.content.slice(0, 20),
    );
  });
  expect(unexpected(errors)).toEqual([]);
});
