/**
 * The integrations screens in Chromium: an administrator registers an LMS (LTI 1.3) and its
 * deployments, copies Aula's tool URLs, registers custom agent tools (an MCP server's tool, on a
 * real MCP server, and a Lambda function), edits one, disables the other after the dialog, and
 * reads the audit of a call a student's answer made. A bad value shows the server's own message
 * under its field. Every outcome is checked through the API; axe finds nothing serious on either
 * screen, at desktop and phone widths.
 */
import type { Browser, Page } from 'playwright-core';
import { eventually, startTestPlatform, TEST_ENV, type TestPlatform } from '@aula/platform/testing';
import { startMcpServer, type LocalMcpServer } from '../platform/test/integrations/tool-servers';
import { expectAccessible } from './axe';
import {
  builtWebDir,
  collectPageErrors,
  expectTitle,
  launchBrowser,
  screenshot,
  withFailureShot,
} from './browser';
import { callGateway } from './gateway-api';

const MCP_TOKEN = 'Bearer e2e-mcp-secret';
const ELEMENT_SCHEMA = JSON.stringify({
  type: 'object',
  properties: { symbol: { type: 'string', maxLength: 3 } },
  required: ['symbol'],
});

let platform: TestPlatform;
let mcp: LocalMcpServer;
let browser: Browser;
let baseUrl: string;
/** The first administrator's token (the one the browser signs in as). */
let admin: string;

const api = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  callGateway<T>(platform.url, token, query, variables);
const withoutResourceNoise = (errors: string[]) =>
  errors.filter((e) => !e.includes('Failed to load resource'));

beforeAll(async () => {
  platform = await startTestPlatform({ GATEWAY_WEB_DIST_DIR: builtWebDir() });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  admin = await signIn(TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
  mcp = await startMcpServer(MCP_TOKEN.slice('Bearer '.length));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await mcp?.close();
  await platform?.close();
});

/** An access token for the account, through the API. */
async function signIn(email: string, password: string): Promise<string> {
  const { login } = await api<{ login: { accessToken: string } }>(
    '',
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: email, p: password },
  );
  return login.accessToken;
}

/** The administrator, signed in through the form at 1300×900, on the Administration row. */
async function adminPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(TEST_ENV.AUTH_ADMIN_EMAIL);
  await page.getByLabel('Password').fill(TEST_ENV.AUTH_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.locator('.userbox button').waitFor();
  return { page, errors };
}

/** Full-page pictures at desktop and phone widths, checked by axe at both. */
async function shotsAt(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${name} on a phone`);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1300, height: 900 });
}

test('LMS: Aula’s URLs copied, a bad URL refused by the server, registered, deployments changed', async () => {
  const { page, errors } = await adminPage();
  await withFailureShot(page, 'integrations-lms', async () => {
    await page.getByRole('link', { name: 'LMS', exact: true }).click();
    await page.getByRole('heading', { name: 'LMS (LTI 1.3)', level: 1 }).waitFor();
    await expectTitle(page, 'LMS (LTI 1.3) · Aula');
    await page.getByText('No LMS is registered yet').waitFor();

    // Aula's own URLs, to paste into the LMS, with copy buttons.
    await page.getByText(`${baseUrl}/lti/jwks`).waitFor();
    await page.getByRole('button', { name: 'Copy OIDC login initiation URL' }).click();
    await page.getByRole('button', { name: 'Copied OIDC login initiation URL' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${baseUrl}/lti/login`);

    const form = page.getByRole('form', { name: 'Register an LMS' });
    await form.getByLabel('Name').fill('School Moodle');
    await form.getByLabel('Issuer').fill('https://moodle.school.example');
    await form.getByLabel('Client ID').fill('aula-tool-1');
    await form
      .getByLabel('Authorization (OIDC auth) URL')
      .fill('https://moodle.school.example/mod/lti/auth.php');
    await form.getByLabel('Platform keyset (JWKS) URL').fill('moodle.school.example/certs');
    await form.getByLabel('Deployment IDs').fill('7\n8');
    await form.getByRole('button', { name: 'Register LMS' }).click();
    // The server's words under the field it refused; nothing was registered.
    const jwks = form.getByLabel('Platform keyset (JWKS) URL');
    await form.locator('.field-error', { hasText: 'jwksUrl must be an http(s) URL.' }).waitFor();
    expect(await jwks.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').getAttribute('data-code')).toBe('BAD_USER_INPUT');
    await expectAccessible(page, 'the LMS form with a refused value');

    await jwks.fill('https://moodle.school.example/mod/lti/certs.php');
    await form.getByRole('button', { name: 'Register LMS' }).click();
    await form.getByText('School Moodle is registered.').waitFor();
    const row = page.getByRole('row', { name: /School Moodle/ });
    await page.getByText('1 of 20 registered').waitFor();
    await row.getByText('https://moodle.school.example/mod/lti/certs.php').waitFor();

    // One more deployment, and one removed after the dialog.
    await row.getByLabel('New deployment ID for School Moodle').fill('9');
    await row.getByRole('button', { name: 'Add deployment School Moodle' }).click();
    await row.getByText('9', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Remove deployment 7 of School Moodle' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Remove deployment 7 of School Moodle?').waitFor();
    await expectAccessible(page, 'the remove-deployment dialog');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await row.getByText('7', { exact: true }).waitFor({ state: 'detached' });

    // The LMS moved its key set: corrected in place (a bad value refused under its field first).
    await row.getByText('Change name or URLs').click();
    const edit = row.locator('form');
    const newJwks = edit.getByLabel('Platform keyset (JWKS) URL');
    await newJwks.fill('certs.php');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.locator('.field-error', { hasText: 'jwksUrl must be an http(s) URL.' }).waitFor();
    await newJwks.fill('https://moodle.school.example/lti/certs');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('School Moodle is updated.').waitFor();
    await row.locator('code', { hasText: 'https://moodle.school.example/lti/certs' }).waitFor();
    await expectAccessible(page, 'the LMS being changed');

    const { ltiPlatforms } = await api<{
      ltiPlatforms: { name: string; issuer: string; jwksUrl: string; deploymentIds: string[] }[];
    }>(admin, '{ ltiPlatforms { name issuer jwksUrl deploymentIds } }');
    expect(ltiPlatforms).toEqual([
      {
        name: 'School Moodle',
        issuer: 'https://moodle.school.example',
        jwksUrl: 'https://moodle.school.example/lti/certs',
        deploymentIds: ['8', '9'],
      },
    ]);

    // A class no course is linked to: the roster sync says so.
    await api(admin, 'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }', {
      i: { name: 'Chemistry 10' },
    });
    await page.reload();
    const sync = page.getByRole('form', { name: 'Sync a course roster' });
    await sync.getByLabel('Class').selectOption({ label: 'Chemistry 10' });
    await sync.getByRole('button', { name: 'Sync roster' }).click();
    await sync.locator('[role="alert"][data-code="NOT_FOUND"]').waitFor();

    await expectAccessible(page, 'the LMS screen');
    await shotsAt(page, 'integrations-lms');

    // At the cap of 20 the form gives way to what to do instead.
    for (let n = 2; n <= 20; n += 1) {
      await api(
        admin,
        'mutation($i: LtiPlatformInput!) { registerLtiPlatform(input: $i) { id } }',
        {
          i: {
            name: `District LMS ${n}`,
            issuer: `https://lms${n}.district.example`,
            clientId: 'aula',
            authLoginUrl: `https://lms${n}.district.example/auth`,
            jwksUrl: `https://lms${n}.district.example/jwks`,
          },
        },
      );
    }
    await page.reload();
    await page.getByText('20 of 20 registered').waitFor();
    await page.getByText('Aula has 20 LMSs registered, the most it takes.').waitFor();
    expect(await page.getByRole('form', { name: 'Register an LMS' }).count()).toBe(0);

    // One unregistered after the dialog that says what goes: a place is free again.
    const district = page.getByRole('row', { name: /District LMS 20/ });
    await district.getByRole('button', { name: 'Unregister District LMS 20' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Unregister District LMS 20?').waitFor();
    await confirm.getByText(/registering the LMS again does not bring the links back/).waitFor();
    await expectAccessible(page, 'the unregister dialog');
    await confirm.getByRole('button', { name: 'Unregister' }).click();
    await page.getByText('District LMS 20 is unregistered').waitFor();
    await page.getByText('19 of 20 registered').waitFor();
    await page.getByRole('form', { name: 'Register an LMS' }).waitFor();
    const left = await api<{ ltiPlatforms: { name: string }[] }>(
      admin,
      '{ ltiPlatforms { name } }',
    );
    expect(left.ltiPlatforms.map((p) => p.name)).not.toContain('District LMS 20');
  });
  expect(withoutResourceNoise(errors)).toEqual([]);
});

test('agent tools: registered (the server’s refusal shown first), edited, disabled, audited', async () => {
  const { page, errors } = await adminPage();
  await withFailureShot(page, 'integrations-tools', async () => {
    await page.getByRole('link', { name: 'Agent tools' }).click();
    await page.getByRole('heading', { name: 'Agent tools', level: 1 }).waitFor();
    await expectTitle(page, 'Agent tools · Aula');
    await page.getByText('No custom tools yet').waitFor();

    // An MCP tool the server does not list: refused, with the server's list under the field.
    const form = page.getByRole('form', { name: 'Register a tool' });
    await form.getByLabel('Name', { exact: true }).fill('element_facts');
    await form.getByLabel('Server URL').fill(mcp.url);
    await form.getByLabel('Tool name on the server').fill('no_such_tool');
    await form.getByLabel(/^Authorization header/).fill(MCP_TOKEN);
    await form.getByLabel('Timeout (ms)').fill('5000');
    await form.getByLabel('Cost per call (credits)').fill('0.25');
    await form.getByLabel('Description').fill('Looks up facts about a chemical element.');
    await form.getByLabel('Input JSON Schema').fill(ELEMENT_SCHEMA);
    await form.getByRole('button', { name: 'Register tool' }).click();
    await form
      .locator('.field-error', { hasText: /no tool named "no_such_tool"; it lists element/ })
      .waitFor();
    expect(await form.getByLabel('Tool name on the server').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'the tool form with a refused value');
    await form.getByLabel('Tool name on the server').fill('element');
    await form.getByRole('button', { name: 'Register tool' }).click();
    await form.getByText('element_facts is saved.').waitFor();
    await page.getByRole('row', { name: /element_facts/ }).waitFor();

    // A Lambda function (registering one calls nothing).
    await form.getByLabel('AWS Lambda function').check();
    await form.getByLabel('Name', { exact: true }).fill('grade_converter');
    await form.getByLabel('Function name or ARN').fill('grade-converter');
    await form.getByLabel('AWS region').fill('eu-west-1');
    await form.getByLabel('Description').fill('Converts a percentage into a letter grade.');
    await form.getByLabel('Cost per call (credits)').fill('abc');
    await form.getByRole('button', { name: 'Register tool' }).click();
    await form.getByText('Enter a number of credits such as 0.25').waitFor();
    await form.getByLabel('Cost per call (credits)').fill('0.1');
    await form.getByRole('button', { name: 'Register tool' }).click();
    await form.getByText('grade_converter is saved.').waitFor();
    await page.getByRole('row', { name: /grade_converter/ }).waitFor();

    // Edited: a new price and timeout; the stored header stays.
    await page.getByRole('button', { name: 'Edit element_facts' }).click();
    const edit = page.getByRole('form', { name: 'Edit element_facts' });
    expect(await edit.getByLabel('Cost per call (credits)').inputValue()).toBe('0.25');
    await edit.getByLabel('Cost per call (credits)').fill('0.5');
    await edit.getByLabel('Timeout (ms)').fill('3000');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('element_facts is saved.').waitFor();
    await page
      .getByRole('row', { name: /element_facts/ })
      .getByText('0.5 credits a call')
      .waitFor();

    // Disabled for good, after the dialog.
    await page.getByRole('button', { name: 'Disable grade_converter' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Disable grade_converter for good?').waitFor();
    await expectAccessible(page, 'the disable dialog');
    await dialog.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('row', { name: /grade_converter/ }).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show disabled tools' }).check();
    await page
      .getByRole('row', { name: /grade_converter/ })
      .getByText('Disabled')
      .waitFor();

    type Tool = {
      id: string;
      name: string;
      kind: string;
      timeoutMs: number;
      hasAuthHeader: boolean;
      disabled: boolean;
      cost: { microCredits: string };
    };
    const { customTools } = await api<{ customTools: { edges: { node: Tool }[] } }>(
      admin,
      '{ customTools(includeDisabled: true) { edges { node { id name kind timeoutMs hasAuthHeader disabled cost { microCredits } } } } }',
    );
    const byName = new Map(customTools.edges.map((e) => [e.node.name, e.node]));
    expect(byName.get('element_facts')).toMatchObject({
      kind: 'MCP',
      timeoutMs: 3000,
      hasAuthHeader: true,
      disabled: false,
      cost: { microCredits: '500000' },
    });
    expect(byName.get('grade_converter')).toMatchObject({
      kind: 'LAMBDA',
      disabled: true,
      cost: { microCredits: '100000' },
    });

    // A student's answer calls the tool; the audit lists the call.
    const toolId = byName.get('element_facts')!.id;
    await studentCallsTool(toolId);
    await page.reload();
    const audit = page.getByRole('region', { name: 'Audit of tool calls' });
    await page.getByRole('button', { name: 'Calls element_facts' }).click();
    expect(await audit.getByLabel('Tool').inputValue()).toBe(toolId);
    const call = audit.getByRole('row', { name: /element_facts/ });
    await call.getByText('Answered').waitFor();
    await call.getByText('Ada Lovelace').waitFor();

    await expectAccessible(page, 'the agent tools screen');
    await shotsAt(page, 'integrations-tools');
  });
  expect(withoutResourceNoise(errors)).toEqual([]);
});

/** A student with credits asks a chatbot that offers the tool, and the model calls it once. */
async function studentCallsTool(toolId: string) {
  const email = 'ada@integrations-e2e.aula';
  const { createUser } = await api<{ createUser: { id: string } }>(
    admin,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email, displayName: 'Ada Lovelace', role: 'STUDENT', password: 'ada-password-1234' } },
  );
  await api(admin, 'mutation($u: ID!) { allocateCredits(userId: $u, amount: 20) { id } }', {
    u: createUser.id,
  });
  const { createChatbot } = await api<{ createChatbot: { id: string } }>(
    admin,
    'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
    {
      i: {
        name: 'Chemistry helper',
        systemPrompt: 'You help with chemistry.',
        modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
        customToolIds: [toolId],
      },
    },
  );
  await api(
    admin,
    'mutation($id: ID!) { publishChatbot(id: $id, audience: { everyone: true, classIds: [] }) { id } }',
    { id: createChatbot.id },
  );
  const student = await signIn(email, 'ada-password-1234');
  await api(
    student,
    'mutation($c: ID!, $m: String!) { startChat(chatbotId: $c, message: $m) { id } }',
    {
      c: createChatbot.id,
      m: 'Tell me about sodium [[emulator:tool=element_facts:{"symbol":"Na"}]]',
    },
  );
  await eventually(async () => {
    const { customToolCalls } = await api<{
      customToolCalls: { edges: { node: { outcome: string } }[] };
    }>(admin, 'query($t: ID) { customToolCalls(toolId: $t) { edges { node { outcome } } } }', {
      t: toolId,
    });
    return customToolCalls.edges.some((e) => e.node.outcome === 'OK');
  }, 'the tool call to be audited');
}
