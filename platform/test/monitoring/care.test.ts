import {
  graphql,
  startTestPlatform,
  type TestPage,
  type TestPlatform,
} from '@aula/platform/testing';
import { randomUUID } from 'node:crypto';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  readAllPages,
  studentSays,
  subscribe,
  type TestPerson,
} from './testing';

const OFFER = `messageId sessionId offeredAt resources { locale message configured resources { name contact description } }`;
const CARE_OFFERED = `subscription($s: ID!, $l: String) { careOffered(sessionId: $s, locale: $l) { ${OFFER} } }`;
const CARE_OFFERS = `query($s: ID!, $l: String, $first: Int, $after: String) {
  careOffers(sessionId: $s, locale: $l, first: $first, after: $after) {
    edges { cursor node { ${OFFER} } } pageInfo { hasNextPage endCursor } } }`;
const HELP = `query($l: String) { helpResources(locale: $l) { locale message configured updatedAt resources { name contact description } } }`;
const SET_HELP = `mutation($i: HelpResourcesInput!) { setHelpResources(input: $i) { locale message configured resources { name contact } } }`;
const RESET_HELP = `mutation($l: String!) { resetHelpResources(locale: $l) { locale configured } }`;

interface Offer {
  messageId: string;
  sessionId: string;
  offeredAt: string;
  resources: {
    locale: string;
    message: string;
    configured: boolean;
    resources: Array<{ name: string; contact: string }>;
  };
}

/**
 * Care for the student: a SELF_HARM flag on a student's message shows that student, live in
 * their conversation, the help resources the school configured (defaults per language until an
 * admin sets them), and nobody else receives it.
 */
describe('monitoring: help for a student after a self-harm flag', () => {
  let platform: TestPlatform;
  let admin: string;
  let ada: TestPerson;
  let ben: TestPerson;
  let teacher: TestPerson;

  const say = (student: TestPerson, sessionId: string, text: string) =>
    studentSays(platform, student, text, sessionId);

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = adminToken();
    [ada, ben, teacher] = await Promise.all([
      createPerson(platform, admin, 'STUDENT', 'Ada'),
      createPerson(platform, admin, 'STUDENT', 'Ben'),
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Cedar'),
    ]);
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  it('serves sensible defaults per language; only admins change them, with checked input', async () => {
    const fr = await graphql<{ helpResources: Offer['resources'] }>(
      platform.url,
      HELP,
      { l: 'fr-CA' },
      ada.token,
    );
    expect(fr.data!.helpResources).toMatchObject({ locale: 'fr', configured: false });
    expect(JSON.stringify(fr.data!.helpResources.resources)).toContain('3114');

    const input = {
      locale: 'es',
      message: 'No estás solo. Habla con alguien hoy.',
      resources: [{ name: 'Orientadora del centro', contact: 'Despacho 12', description: null }],
    };
    expect(codeOf(await graphql(platform.url, SET_HELP, { i: input }, teacher.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await graphql(platform.url, SET_HELP, { i: { ...input, locale: 'de' } }, admin)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await graphql(platform.url, SET_HELP, { i: { ...input, resources: [] } }, admin)),
    ).toBe('BAD_USER_INPUT');
    const set = await graphql<{ setHelpResources: Offer['resources'] }>(
      platform.url,
      SET_HELP,
      { i: input },
      admin,
    );
    expect(set.data!.setHelpResources).toMatchObject({
      locale: 'es',
      configured: true,
      resources: [{ name: 'Orientadora del centro', contact: 'Despacho 12' }],
    });
  });

  it('shows the student the school’s resources live, in their language, and keeps them after a reload', async () => {
    const sessionId = randomUUID();
    const mine = subscribe<Offer>(
      platform.wsUrl,
      CARE_OFFERED,
      { s: sessionId, l: 'es' },
      ada.token,
    );
    const other = subscribe<Offer>(
      platform.wsUrl,
      CARE_OFFERED,
      { s: sessionId, l: 'es' },
      ben.token,
    );
    // A message that is not about self-harm offers nothing; send until the subscription is live.
    const calm = await say(ada, sessionId, 'my email is ada@example.com');
    const sent: string[] = [];
    await eventually(async () => {
      sent.push(await say(ada, sessionId, 'ya no quiero vivir, nadie me echaría de menos'));
      if (!mine.events.some((e) => sent.includes(e.messageId)))
        throw new Error('no care offered yet');
    });
    const offer = mine.events.find((e) => sent.includes(e.messageId))!;
    expect(offer).toMatchObject({
      sessionId,
      resources: {
        locale: 'es',
        configured: true,
        message: 'No estás solo. Habla con alguien hoy.',
      },
    });
    expect(mine.events.some((e) => e.messageId === calm)).toBe(false);

    // Another student's subscription on the same id never hears of Ada's flag.
    expect(other.events).toHaveLength(0);
    await Promise.all([mine.close(), other.close()]);

    // After a reload the offers come in pages, newest first, each once.
    await say(ada, sessionId, 'ya no quiero vivir, nadie me echaría de menos');
    await eventually(async () => {
      const pages = await readAllPages<Offer>(
        platform.url,
        CARE_OFFERS,
        { s: sessionId, l: 'en' },
        ada.token,
        1,
        (data) => data.careOffers as TestPage<Offer>,
      );
      const offers = pages.flat();
      if (offers.length < 2) throw new Error('the second offer is not stored yet');
      expect(new Set(offers.map((o) => o.messageId)).size).toBe(offers.length);
      expect(offers.map((o) => o.offeredAt)).toEqual(
        offers
          .map((o) => o.offeredAt)
          .sort()
          .reverse(),
      );
      expect(offers.map((o) => o.messageId)).toContain(offer.messageId);
      expect(offers[0]).toMatchObject({ resources: { locale: 'en' } });
    });
    const notBen = await graphql<{ careOffers: TestPage<Offer> }>(
      platform.url,
      CARE_OFFERS,
      { s: sessionId },
      ben.token,
    );
    expect(notBen.data!.careOffers).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('goes back to the defaults when an admin resets a language', async () => {
    const reset = await graphql<{ resetHelpResources: { locale: string; configured: boolean } }>(
      platform.url,
      RESET_HELP,
      { l: 'es' },
      admin,
    );
    expect(reset.data!.resetHelpResources).toEqual({ locale: 'es', configured: false });
  });
});
