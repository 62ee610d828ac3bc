import { randomUUID } from 'node:crypto';
import { generateKeyPair } from 'jose';
import {
  codeOf,
  graphql,
  startTestPlatform,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';
import { LtiPlatformEmulator, readForm } from './platform-emulator';

const BOOT_TIMEOUT_MS = 180_000;

const REGISTER = `mutation($i: LtiPlatformInput!) { registerLtiPlatform(input: $i) {
  id issuer clientId deploymentIds } }`;
const COMPLETE = `mutation($c: String!) { completeLtiLaunch(code: $c) {
  id kind chatbotId classId session { accessToken refreshToken user { id role email displayName } } } }`;
const ANSWER = `mutation($l: ID!, $c: ID!, $t: String!) { answerLtiDeepLinking(launchId: $l, chatbotId: $c, title: $t) {
  returnUrl jwt } }`;
const SYNC = `mutation($c: ID!) { syncLtiRoster(classId: $c) { classId studentCount supervisorCount } }`;
const CLASS = `query($id: ID!) { class(id: $id) { id name
  students(first: 100) { edges { node { id } } } supervisors(first: 100) { edges { node { id } } } } }`;

interface Launch {
  id: string;
  kind: string;
  chatbotId: string | null;
  classId: string | null;
  session: { accessToken: string; user: { id: string; role: string; email: string } };
}

describe('Aula as an LTI 1.3 tool, through the gateway, launched by an emulated LMS', () => {
  let platform: TestPlatform;
  let gateway: string;
  let lms: LtiPlatformEmulator;
  let chatbotId: string;
  const admin = testAccessToken(randomUUID(), 'ADMIN');
  const run = async <T>(query: string, variables = {}, token = admin) => {
    const result = await graphql<T>(platform.url, query, variables, token);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };

  /** This test's browser: the cookies Aula set (each login binds its state with one). */
  const jar = new Map<string, string>();

  /** The LMS's login initiation, answered by Aula with a redirect to the LMS's auth endpoint. */
  async function initiate(lmsUser: string, hint: string, emulator = lms) {
    const params = new URLSearchParams({
      iss: emulator.issuer,
      login_hint: lmsUser,
      lti_message_hint: hint,
      target_link_uri: `${gateway}/lti/launch`,
      client_id: emulator.clientId,
    });
    const answer = await fetch(`${gateway}/lti/login?${params}`, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    const cookie = /^([^=;]+)=([^;]*);/.exec(answer.headers.get('set-cookie') ?? '');
    expect(cookie).not.toBeNull();
    jar.set(cookie![1]!, cookie![2]!);
    return answer.headers.get('location')!;
  }

  /** Follows the LMS's auth endpoint to its auto-posting form. */
  async function authorize(location: string) {
    const page = await fetch(location);
    expect(page.status).toBe(200);
    return readForm(await page.text());
  }

  /** Posts a launch form to Aula with the jar's cookies (none: another browser); JSON refusals for the fault paths. */
  const post = (action: string, fields: URLSearchParams, cookies = jar) =>
    fetch(action, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
      body: fields.toString(),
    });

  /** The whole browser round trip; returns what completeLtiLaunch gives the app. */
  async function launch(lmsUser: string, hint: string, emulator = lms): Promise<Launch> {
    const { action, fields } = await authorize(await initiate(lmsUser, hint, emulator));
    expect(action).toBe(`${gateway}/lti/launch`);
    const answer = await post(action, fields);
    expect(answer.status).toBe(302);
    const code = /^\/lti-launch#code=([A-Za-z0-9_-]+)$/.exec(answer.headers.get('location') ?? '');
    expect(code).not.toBeNull();
    return (await run<{ completeLtiLaunch: Launch }>(COMPLETE, { c: code![1] }, ''))
      .completeLtiLaunch;
  }

  /** A launch that Aula refuses: its status and code. */
  async function refused(lmsUser: string, hint: string, emulator = lms) {
    const { action, fields } = await authorize(await initiate(lmsUser, hint, emulator));
    const answer = await post(action, fields);
    const body = (await answer.json()) as { error: { code: string; message: string } };
    return { status: answer.status, code: body.error.code, message: body.error.message };
  }

  const ids = (connection: { edges: Array<{ node: { id: string } }> }) =>
    connection.edges.map((e) => e.node.id).sort();

  beforeAll(async () => {
    platform = await startTestPlatform();
    gateway = new URL(platform.url).origin;
    lms = await new LtiPlatformEmulator().start(`${gateway}/lti/jwks`);
    lms.addPhysicsCourse();
    await run(REGISTER, { i: lms.registration('School Moodle (emulated)') });
    const created = await run<{ createChatbot: { id: string } }>(
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      {
        i: {
          name: 'Physics helper',
          systemPrompt: 'You help students with physics. Ask guiding questions.',
          modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
          maxOutputTokens: 600,
        },
      },
    );
    chatbotId = created.createChatbot.id;
    await run(
      'mutation($id: ID!) { publishChatbot(id: $id, audience: { everyone: true, classIds: [] }) { id } }',
      { id: chatbotId },
    );
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    await lms?.stop();
    await platform?.close();
  });

  let classId: string;

  it('an instructor deep-links a chatbot: signed in as a supervisor, the class is created, the LMS accepts the signed response', async () => {
    const teacher = await launch('teacher-1', 'deep:physics-101');
    expect(teacher.kind).toBe('DEEP_LINKING');
    expect(teacher.session.user.role).toBe('SUPERVISOR');
    expect(teacher.classId).toBeTruthy();
    classId = teacher.classId!;
    // Only a chatbot the instructor can see: an unknown one is refused.
    const unknown = await graphql(
      platform.url,
      ANSWER,
      { l: teacher.id, c: randomUUID(), t: 'Nothing' },
      teacher.session.accessToken,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { answerLtiDeepLinking: answer } = await run<{
      answerLtiDeepLinking: { returnUrl: string; jwt: string };
    }>(
      ANSWER,
      { l: teacher.id, c: chatbotId, t: 'Ask the physics helper' },
      teacher.session.accessToken,
    );
    expect(answer.returnUrl).toBe(`${lms.url}/deep-link-return`);
    const placed = await fetch(answer.returnUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JWT: answer.jwt }).toString(),
    });
    expect(placed.status).toBe(200);
    const link = [...lms.links.values()][0]!;
    expect(link.custom).toEqual({ aula_chatbot_id: chatbotId });
    expect(link.url).toBe(`${gateway}/lti/launch`);
    // A Deep Linking request is answered once.
    const again = await graphql(
      platform.url,
      ANSWER,
      { l: teacher.id, c: chatbotId, t: 'x' },
      teacher.session.accessToken,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LTI_LAUNCH_EXPIRED',
    });
    // Another person cannot answer it either.
    expect(
      (
        await graphql(
          platform.url,
          ANSWER,
          { l: teacher.id, c: chatbotId, t: 'x' },
          testAccessToken(randomUUID(), 'SUPERVISOR'),
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('a learner’s launch signs them in as a student of the class with the linked chatbot opened', async () => {
    const link = [...lms.links.values()][0]!;
    const learner = await launch('learner-1', `link:${link.id}`);
    expect(learner).toMatchObject({ kind: 'RESOURCE_LINK', chatbotId, classId });
    expect(learner.session.user.role).toBe('STUDENT');
    expect(learner.session.user.email).toBe(lms.users.get('learner-1')!.email);
    // The session is a real one: the app reads the person and opens the chatbot with it.
    const me = await run<{ me: { id: string }; chatbot: { id: string; name: string } }>(
      'query($c: ID!) { me { id } chatbot(id: $c) { id name } }',
      { c: chatbotId },
      learner.session.accessToken,
    );
    expect(me).toEqual({
      me: { id: learner.session.user.id },
      chatbot: { id: chatbotId, name: 'Physics helper' },
    });
    // The same LMS person launching again is the same Aula account.
    const again = await launch('learner-1', `link:${link.id}`);
    expect(again.session.user.id).toBe(learner.session.user.id);
  });

  it('NRPS sync enrols the course’s learners, makes its instructor the supervisor, and removes a dropped learner', async () => {
    const first = await run<{
      syncLtiRoster: { classId: string; studentCount: number; supervisorCount: number };
    }>(SYNC, { c: classId });
    expect(first.syncLtiRoster).toEqual({ classId, studentCount: 2, supervisorCount: 1 });
    const before = await run<{ class: { students: never; supervisors: never } }>(CLASS, {
      id: classId,
    });
    expect(ids(before.class.students)).toHaveLength(2);
    expect(ids(before.class.supervisors)).toHaveLength(1);
    // The tie is real: the instructor now supervises the learner who never launched.
    const teacher = await launch('teacher-1', 'deep:physics-101');
    const roster = await run<{ class: { students: never } }>(
      CLASS,
      { id: classId },
      teacher.session.accessToken,
    );
    expect(ids(roster.class.students)).toEqual(ids(before.class.students));

    const course = lms.courses.get('physics-101')!;
    const alan = ids(before.class.students);
    course.members = course.members.filter((m) => m.id !== 'learner-2');
    const second = await run<{ syncLtiRoster: { studentCount: number } }>(SYNC, { c: classId });
    expect(second.syncLtiRoster.studentCount).toBe(1);
    const after = await run<{ class: { students: never } }>(CLASS, { id: classId });
    expect(ids(after.class.students)).toHaveLength(1);
    expect(alan).toEqual(expect.arrayContaining(ids(after.class.students)));
  });

  it('refuses a forged signature', async () => {
    lms.forgeNext = await generateKeyPair('RS256');
    expect(await refused('learner-1', `link:${[...lms.links.keys()][0]}`)).toMatchObject({
      status: 401,
      code: 'LTI_SIGNATURE_INVALID',
    });
  });

  it('refuses a token for another tool', async () => {
    lms.tweakNext = (c) => ({ ...c, aud: 'another-tool', azp: 'another-tool' });
    expect(await refused('learner-1', `link:${[...lms.links.keys()][0]}`)).toMatchObject({
      status: 401,
      code: 'LTI_AUDIENCE_INVALID',
    });
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 600;
    lms.tweakNext = (c) => ({ ...c, iat: past, exp: past + 60 });
    expect(await refused('learner-1', `link:${[...lms.links.keys()][0]}`)).toMatchObject({
      status: 401,
      code: 'LTI_TOKEN_EXPIRED',
    });
  });

  it('refuses a replayed launch, and an old id_token under a new login (nonce)', async () => {
    const hint = `link:${[...lms.links.keys()][0]}`;
    const { action, fields } = await authorize(await initiate('learner-1', hint));
    expect((await post(action, fields)).status).toBe(302);
    const replay = await post(action, fields);
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe(
      'LTI_LAUNCH_REPLAYED',
    );
    // A fresh login whose launch carries the earlier id_token (its nonce is the old login's).
    const fresh = await authorize(await initiate('learner-1', hint));
    fresh.fields.set('id_token', fields.get('id_token')!);
    const reused = await post(fresh.action, fresh.fields);
    expect(reused.status).toBe(401);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe(
      'LTI_NONCE_INVALID',
    );
  });

  it('refuses an unknown deployment', async () => {
    lms.tweakNext = (c) => ({
      ...c,
      'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'rogue-deployment',
    });
    expect(await refused('learner-1', `link:${[...lms.links.keys()][0]}`)).toMatchObject({
      status: 403,
      code: 'LTI_UNKNOWN_DEPLOYMENT',
    });
  });

  it('refuses a launch posted from a browser that did not start its login (login CSRF)', async () => {
    const { action, fields } = await authorize(
      await initiate('learner-1', `link:${[...lms.links.keys()][0]}`),
    );
    const elsewhere = await post(action, fields, new Map());
    expect(elsewhere.status).toBe(401);
    expect(((await elsewhere.json()) as { error: { code: string } }).error.code).toBe(
      'LTI_STATE_COOKIE_MISSING',
    );
  });

  it('refuses a state Aula never issued', async () => {
    const { action, fields } = await authorize(
      await initiate('learner-1', `link:${[...lms.links.keys()][0]}`),
    );
    fields.set('state', 'forged-state');
    const answer = await post(action, fields);
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe(
      'LTI_STATE_INVALID',
    );
  });

  it('says so when the platform’s keys cannot be read', async () => {
    const down = await new LtiPlatformEmulator().start(`${gateway}/lti/jwks`);
    try {
      down.addUser({ id: 'u', name: 'U', role: 'Learner' });
      down.addCourse({ id: 'c', title: 'C', members: [] });
      down.links.set('l', {
        id: 'l',
        courseId: 'c',
        title: 'L',
        url: `${gateway}/lti/launch`,
        custom: {},
      });
      down.jwksUp = false;
      await run(REGISTER, { i: down.registration('LMS with its keys down') });
      expect(await refused('u', 'link:l', down)).toMatchObject({
        status: 503,
        code: 'LTI_PLATFORM_UNAVAILABLE',
      });
    } finally {
      await down.stop();
    }
  });

  it('refuses a login from an unregistered LMS, and only admins register platforms', async () => {
    const answer = await fetch(
      `${gateway}/lti/login?${new URLSearchParams({ iss: 'https://unknown.example', login_hint: 'x', target_link_uri: `${gateway}/lti/launch` })}`,
      { redirect: 'manual', headers: { accept: 'application/json' } },
    );
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe(
      'LTI_UNKNOWN_PLATFORM',
    );
    const teacher = await graphql(
      platform.url,
      '{ ltiPlatforms { id } }',
      {},
      testAccessToken(randomUUID(), 'SUPERVISOR'),
    );
    expect(teacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an LMS’s URLs are corrected in place, keeping its people, and an unregistered LMS is refused', async () => {
    const moved = await new LtiPlatformEmulator().start(`${gateway}/lti/jwks`);
    try {
      // No e-mail from the LMS: only the platform's link to the person finds the account again.
      const learner = moved.addUser({ id: 'm-learner', name: 'Mia Moved', role: 'Learner' });
      moved.addCourse({ id: 'm-course', title: 'Moved course', members: [learner] });
      moved.links.set('m-link', {
        id: 'm-link',
        courseId: 'm-course',
        title: 'Moved link',
        url: `${gateway}/lti/launch`,
        custom: {},
      });
      // Registered with the key set URL mistyped: its launches cannot be checked.
      const registration = moved.registration('District Canvas');
      const { registerLtiPlatform: registered } = await run<{
        registerLtiPlatform: { id: string };
      }>(REGISTER, { i: { ...registration, jwksUrl: `${moved.url}/jwks-typo` } });
      const id = registered.id;
      expect(await refused('m-learner', 'link:m-link', moved)).toMatchObject({ status: 503 });

      const UPDATE = `mutation($id: ID!, $c: LtiPlatformChanges!) { updateLtiPlatform(id: $id, changes: $c) {
        id name issuer clientId jwksUrl authLoginUrl accessTokenUrl deploymentIds } }`;
      const bad = await graphql(platform.url, UPDATE, { id, c: { jwksUrl: 'ftp://x' } }, admin);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.field).toBe('jwksUrl');
      expect(codeOf(await graphql(platform.url, UPDATE, { id, c: { name: '  ' } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      const teacher = testAccessToken(randomUUID(), 'SUPERVISOR');
      expect(
        codeOf(await graphql(platform.url, UPDATE, { id, c: { name: 'Mine' } }, teacher)),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(await graphql(platform.url, UPDATE, { id: randomUUID(), c: { name: 'X' } }, admin)),
      ).toBe('NOT_FOUND');

      const { updateLtiPlatform: fixed } = await run<{
        updateLtiPlatform: Record<string, unknown>;
      }>(UPDATE, { id, c: { name: 'District Canvas (fixed)', jwksUrl: registration.jwksUrl } });
      expect(fixed).toEqual({
        id,
        name: 'District Canvas (fixed)',
        issuer: registration.issuer,
        clientId: registration.clientId,
        jwksUrl: registration.jwksUrl,
        authLoginUrl: registration.authLoginUrl,
        accessTokenUrl: registration.accessTokenUrl ?? null,
        deploymentIds: [moved.deploymentId],
      });
      const first = await launch('m-learner', 'link:m-link', moved);
      // Only what is given changes; an empty token URL turns roster sync off.
      const { updateLtiPlatform: syncOff } = await run<{
        updateLtiPlatform: { name: string; accessTokenUrl: string | null };
      }>(UPDATE, { id, c: { accessTokenUrl: '' } });
      expect(syncOff).toMatchObject({ name: 'District Canvas (fixed)', accessTokenUrl: null });
      // The same person launching after the change is the same account.
      const again = await launch('m-learner', 'link:m-link', moved);
      expect(again.session.user.id).toBe(first.session.user.id);

      const REMOVE = `mutation($id: ID!) { removeLtiPlatform(id: $id) { id name } }`;
      expect(codeOf(await graphql(platform.url, REMOVE, { id }, teacher))).toBe('FORBIDDEN');
      const { removeLtiPlatform: removed } = await run<{
        removeLtiPlatform: { id: string; name: string };
      }>(REMOVE, { id });
      expect(removed).toEqual({ id, name: 'District Canvas (fixed)' });
      const listed = await run<{ ltiPlatforms: { id: string }[] }>('{ ltiPlatforms { id } }');
      expect(listed.ltiPlatforms.map((p) => p.id)).not.toContain(id);
      expect(codeOf(await graphql(platform.url, REMOVE, { id }, admin))).toBe('NOT_FOUND');
      // Its launches are refused from now on; the account it created stays.
      const login = await fetch(
        `${gateway}/lti/login?${new URLSearchParams({ iss: moved.issuer, login_hint: 'm-learner', target_link_uri: `${gateway}/lti/launch`, client_id: moved.clientId })}`,
        { redirect: 'manual', headers: { accept: 'application/json' } },
      );
      expect(login.status).toBe(400);
      expect(((await login.json()) as { error: { code: string } }).error.code).toBe(
        'LTI_UNKNOWN_PLATFORM',
      );
      const kept = await run<{ user: { id: string } | null }>(
        'query($id: ID!) { user(id: $id) { id } }',
        { id: first.session.user.id },
      );
      expect(kept.user?.id).toBe(first.session.user.id);
    } finally {
      await moved.stop();
    }
  });

  it('takes at most 20 LMSs and 50 deployments each, even when registrations race', async () => {
    const input = (n: number, deploymentIds: string[] = []) => ({
      name: `LMS ${n}`,
      issuer: `https://lms-${n}.example`,
      clientId: 'aula',
      authLoginUrl: `https://lms-${n}.example/auth`,
      jwksUrl: `https://lms-${n}.example/jwks`,
      deploymentIds,
    });
    const tooMany = Array.from({ length: 51 }, (_, i) => `d-${i}`);
    expect(codeOf(await graphql(platform.url, REGISTER, { i: input(0, tooMany) }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    const before = await run<{ ltiPlatforms: unknown[] }>('{ ltiPlatforms { id } }');
    const places = 20 - before.ltiPlatforms.length;
    // Three more registrations at once than there are places left: each place is taken once.
    const raced = await Promise.all(
      Array.from({ length: places + 3 }, (_, n) =>
        graphql(platform.url, REGISTER, { i: input(n + 1, ['a', 'a', 'b']) }, admin),
      ),
    );
    expect(raced.filter((r) => !r.errors).length).toBe(places);
    expect(raced.filter((r) => r.errors).map(codeOf)).toEqual(Array(3).fill('BAD_USER_INPUT'));
    const listed = await run<{ ltiPlatforms: { id: string; deploymentIds: string[] }[] }>(
      '{ ltiPlatforms { id deploymentIds } }',
    );
    expect(listed.ltiPlatforms).toHaveLength(20);
    expect(listed.ltiPlatforms.at(-1)?.deploymentIds.sort()).toEqual(['a', 'b']);
    // The first LMS has one deployment: 52 added at once for the last 49 places.
    const first = listed.ltiPlatforms[0]!.id;
    const ADD = `mutation($p: ID!, $d: String!) { addLtiDeployment(platformId: $p, deploymentId: $d) { id } }`;
    const added = await Promise.all(
      Array.from({ length: 52 }, (_, i) =>
        graphql(platform.url, ADD, { p: first, d: `extra-${i}` }, admin),
      ),
    );
    expect(added.filter((r) => !r.errors).length).toBe(49);
    expect(added.filter((r) => r.errors).map(codeOf)).toEqual(Array(3).fill('BAD_USER_INPUT'));
    const after = await run<{ ltiPlatforms: { deploymentIds: string[] }[] }>(
      '{ ltiPlatforms { deploymentIds } }',
    );
    expect(after.ltiPlatforms[0]?.deploymentIds).toHaveLength(50);
    // Adding one it already accepts is still harmless at the limit.
    expect(
      (await graphql(platform.url, ADD, { p: first, d: lms.deploymentId }, admin)).errors,
    ).toBe(undefined);
  });
});
