import { startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { sql } from 'drizzle-orm';
import {
  asService,
  asUser,
  BOOT_TIMEOUT_MS,
  codeOf,
  draftInput,
  tokenUser,
  type TestUser,
} from './test-helpers';

const UPLOAD =
  'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id title source format sizeBytes chunkCount owner { id } } }';
const SEARCH = `query($c: ID!, $q: String!, $n: Int, $o: ID) {
  searchMaterials(chatbotId: $c, query: $q, first: $n, onBehalfOf: $o) { chunkId materialId title source content highlight rank } }`;
const ATTACH =
  'mutation($c: ID!, $m: ID!) { attachMaterial(chatbotId: $c, materialId: $m) { id hasUnpublishedChanges materials { edges { node { id } } } } }';
const DETACH =
  'mutation($c: ID!, $m: ID!) { detachMaterial(chatbotId: $c, materialId: $m) { id materials { edges { node { id } } } } }';

type Hit = {
  chunkId: string;
  materialId: string;
  title: string;
  content: string;
  highlight: string;
  rank: number;
};

const PHOTOSYNTHESIS = `Photosynthesis is how green plants make food. Chlorophyll in the leaves absorbs sunlight,
and the plant uses that energy to turn carbon dioxide and water into glucose and oxygen.
Photosynthesis happens in the chloroplasts. The oxygen we breathe is a by-product of photosynthesis.`;
const RESPIRATION = `Cellular respiration releases energy from glucose. Cells use oxygen to break glucose down
into carbon dioxide and water. Respiration happens in the mitochondria of plant and animal cells alike;
photosynthesis is mentioned here only once.`;
const HTML = `<html><head><style>p { color: red }</style><script>alert("owned")</script></head>
<body><h1>The water cycle</h1><p>Water evaporates from oceans, condenses into <b>clouds</b> &amp; falls as rain.</p>
<img src="x" onerror="alert(1)"><p>Runoff returns &lt;water&gt; to the sea.</p></body></html>`;

describe('content: course materials and search through the gateway', () => {
  let platform: TestPlatform;
  let teacher: TestUser;
  let other: TestUser;
  let admin: TestUser;
  let student: TestUser;
  let chatbotId: string;
  const ids: Record<string, string> = {};

  const upload = async (user: TestUser, input: Record<string, unknown>) =>
    asUser<{ uploadMaterial: { id: string } & Record<string, unknown> }>(platform, user, UPLOAD, {
      i: input,
    });
  const search = (user: TestUser | null, query: string, first?: number) =>
    asUser<{ searchMaterials: Hit[] }>(platform, user, SEARCH, {
      c: chatbotId,
      q: query,
      n: first ?? null,
    });

  beforeAll(async () => {
    // A small limit and passage size so the tests can reach them with little text.
    platform = await startTestPlatform({
      CONTENT_MAX_MATERIAL_BYTES: '4000',
      CONTENT_CHUNK_WORDS: '30',
      CONTENT_CHUNK_OVERLAP_WORDS: '5',
    });
    [teacher, other, admin, student] = [
      tokenUser('SUPERVISOR'),
      tokenUser('SUPERVISOR'),
      tokenUser('ADMIN'),
      tokenUser('STUDENT'),
    ];
    for (const [key, title, format, content] of [
      ['photo', 'Photosynthesis', 'TEXT', PHOTOSYNTHESIS],
      ['resp', 'Respiration', 'MARKDOWN', RESPIRATION],
      ['water', 'Water cycle', 'HTML', HTML],
    ] as const) {
      const result = await upload(teacher, {
        title,
        source: 'Biology handbook, ch. 3',
        format,
        content,
      });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      ids[key] = result.data.uploadMaterial.id;
    }
    const bot = await asUser<{ createChatbot: { id: string } }>(
      platform,
      teacher,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      {
        i: draftInput(),
      },
    );
    chatbotId = bot.data?.createChatbot.id ?? '';
    for (const key of ['photo', 'resp', 'water'])
      await asUser(platform, teacher, ATTACH, { c: chatbotId, m: ids[key] });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await platform?.close();
  });

  it('stores uploads as text, strips HTML safely, and splits them into passages', async () => {
    const result = await asUser<{ material: Record<string, unknown> }>(
      platform,
      teacher,
      'query($id: ID!) { material(id: $id) { title format sizeBytes chunkCount owner { id } } }',
      {
        id: ids.water,
      },
    );
    expect(result.data?.material).toEqual({
      title: 'Water cycle',
      format: 'HTML',
      sizeBytes: Buffer.byteLength(HTML),
      chunkCount: 1,
      owner: { id: teacher.id },
    });
    const hits = (await search(teacher, 'clouds rain')).data?.searchMaterials ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.content).toContain('The water cycle');
    expect(hits[0]?.content).toContain('clouds & falls as rain');
    expect(hits[0]?.content).not.toMatch(/alert|color: red|<b>|onerror/);
    const longText = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const long = await upload(teacher, { title: 'Long', format: 'TEXT', content: longText });
    // 100 words in passages of 30 sharing 5: starts at 0, 25, 50, 75.
    expect(long.data?.uploadMaterial.chunkCount).toBe(4);
  });

  it('ranks passages by relevance and highlights the matches as safe HTML', async () => {
    const result = await search(teacher, 'photosynthesis chlorophyll');
    expect(result.errors).toBeUndefined();
    const hits = result.data?.searchMaterials ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.materialId).toBe(ids.photo);
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(hits[0]?.highlight).toMatch(/<mark>Chlorophyll<\/mark>/);
    expect(hits[0]?.highlight).toMatch(/<mark>Photosynthesis<\/mark>/);
    // Stemming: "absorbing" finds "absorbs".
    expect((await search(teacher, 'absorbing')).data?.searchMaterials[0]?.highlight).toContain(
      '<mark>absorbs</mark>',
    );
    // Text that looks like markup comes back escaped, never as a tag.
    const escaped =
      (await search(teacher, 'clouds runoff')).data?.searchMaterials[0]?.highlight ?? '';
    expect(escaped).toContain('<mark>clouds</mark> &amp; falls');
    expect(escaped.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect((await search(teacher, 'photosynthesis', 1)).data?.searchMaterials).toHaveLength(1);
    expect((await search(teacher, 'quantum entanglement')).data?.searchMaterials).toEqual([]);
  });

  it('refuses oversized documents and bad search arguments with clear errors', async () => {
    const big = await upload(teacher, {
      title: 'Too big',
      format: 'TEXT',
      content: 'x'.repeat(4001),
    });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toBe(
      'The document is 4,001 bytes; the limit is 4,000 bytes. Split it into smaller documents.',
    );
    expect(big.errors?.[0]?.extensions).toMatchObject({ maxBytes: 4000, sizeBytes: 4001 });
    expect(codeOf(await upload(teacher, { title: ' ', format: 'TEXT', content: 'text' }))).toBe(
      'BAD_USER_INPUT',
    );
    const empty = await upload(teacher, {
      title: 'Only markup',
      format: 'HTML',
      content: '<script>x()</script><img src=y>',
    });
    expect(empty.errors?.[0]?.message).toBe('The document has no readable text to search.');
    expect(codeOf(await search(teacher, '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await search(teacher, 'plants', 21))).toBe('BAD_USER_INPUT');
  });

  it('searches only what the caller may see: the draft for managers, the published version for students', async () => {
    expect(codeOf(await search(student, 'photosynthesis'))).toBe('NOT_FOUND');
    expect(codeOf(await search(null, 'photosynthesis'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await search(other, 'photosynthesis'))).toBe('NOT_FOUND');
    const published = await asUser(
      platform,
      admin,
      'mutation($id: ID!) { publishChatbot(id: $id, audience: { everyone: true, classIds: [] }) { id } }',
      { id: chatbotId },
    );
    expect(published.errors).toBeUndefined();
    // Detaching changes the draft only: students keep searching the published version's materials.
    await asUser(platform, teacher, DETACH, { c: chatbotId, m: ids.photo });
    const forStudent = (await search(student, 'chlorophyll')).data?.searchMaterials ?? [];
    expect(forStudent.map((h) => h.materialId)).toEqual([ids.photo]);
    expect((await search(teacher, 'chlorophyll')).data?.searchMaterials).toEqual([]);
    // The chat service searches on behalf of the student it answers.
    const bySvc = await asService<{ searchMaterials: Hit[] }>(platform, 'chat', SEARCH, {
      c: chatbotId,
      q: 'chlorophyll',
      o: student.id,
    });
    expect(bySvc.data?.searchMaterials.map((h) => h.materialId)).toEqual([ids.photo]);
    expect(
      codeOf(await asService(platform, 'chat', SEARCH, { c: chatbotId, q: 'chlorophyll' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await asService(platform, 'accounting', SEARCH, { c: chatbotId, q: 'x', o: student.id }),
      ),
    ).toBe('FORBIDDEN');
    const onBehalf = await asUser(platform, student, SEARCH, {
      c: chatbotId,
      q: 'chlorophyll',
      o: teacher.id,
    });
    expect(codeOf(onBehalf)).toBe('FORBIDDEN');
  });

  it('checks who may upload, attach, detach and delete materials', async () => {
    const mine = await upload(other, {
      title: 'Other notes',
      format: 'TEXT',
      content: 'Notes about plants and light.',
    });
    const otherId = mine.data?.uploadMaterial.id;
    expect(codeOf(await upload(student, { title: 'x', format: 'TEXT', content: 'y' }))).toBe(
      'FORBIDDEN',
    );
    // Someone else's material cannot be attached, nor someone else's chatbot changed.
    expect(codeOf(await asUser(platform, teacher, ATTACH, { c: chatbotId, m: otherId }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await asUser(platform, other, ATTACH, { c: chatbotId, m: otherId }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await asUser(platform, other, DETACH, { c: chatbotId, m: ids.resp }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await asUser(platform, student, DETACH, { c: chatbotId, m: ids.resp }))).toBe(
      'FORBIDDEN',
    );
    const DELETE = 'mutation($id: ID!) { deleteMaterial(id: $id) }';
    expect(codeOf(await asUser(platform, other, DELETE, { id: ids.resp }))).toBe('FORBIDDEN');
    expect(codeOf(await asUser(platform, teacher, DELETE, { id: ids.resp }))).toBe('CONFLICT');
    expect((await asUser(platform, other, DELETE, { id: otherId })).data).toEqual({
      deleteMaterial: true,
    });
    // Admins manage everything; listing shows supervisors only their own.
    const listed = await asUser<{ materials: { edges: unknown[] } }>(
      platform,
      other,
      '{ materials { edges { node { id } } } }',
    );
    expect(listed.data?.materials.edges).toEqual([]);
    expect(codeOf(await asUser(platform, student, '{ materials { edges { node { id } } } }'))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await asUser(platform, admin, ATTACH, { c: chatbotId, m: ids.photo })).errors,
    ).toBeUndefined();
  });

  it('lets a chatbot use at most 50 materials, even when attaches race', async () => {
    const bot = await asUser<{ createChatbot: { id: string } }>(
      platform,
      teacher,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      { i: draftInput({ name: 'Many materials' }) },
    );
    const manyId = bot.data?.createChatbot.id ?? '';
    const materialIds: string[] = [];
    for (let i = 0; i < 53; i++) {
      const result = await upload(teacher, {
        title: `Worksheet ${i}`,
        format: 'TEXT',
        content: `Worksheet number ${i} about leaves.`,
      });
      materialIds.push(result.data?.uploadMaterial.id ?? '');
    }
    for (const id of materialIds.slice(0, 45))
      expect(
        (await asUser(platform, teacher, ATTACH, { c: manyId, m: id })).errors,
      ).toBeUndefined();
    // Eight attaches at once for the last five places: exactly five get one.
    const raced = await Promise.all(
      materialIds.slice(45).map((id) => asUser(platform, teacher, ATTACH, { c: manyId, m: id })),
    );
    expect(raced.filter((r) => !r.errors).length).toBe(5);
    expect(raced.filter((r) => r.errors).map(codeOf)).toEqual(Array(3).fill('BAD_USER_INPUT'));
    const refused = raced.find((r) => r.errors);
    expect(refused?.errors?.[0]?.message).toMatch(/at most 50 materials/);
    // Attaching one it already uses is still harmless at the limit.
    expect(
      (await asUser(platform, teacher, ATTACH, { c: manyId, m: materialIds[0] })).errors,
    ).toBeUndefined();
    const published = await asUser<{
      publishChatbot: { currentVersion: { materialIds: string[] } };
    }>(
      platform,
      admin,
      'mutation($id: ID!) { publishChatbot(id: $id, audience: { everyone: true, classIds: [] }) { currentVersion { materialIds } } }',
      { id: manyId },
    );
    expect(published.errors).toBeUndefined();
    const versioned = published.data?.publishChatbot.currentVersion.materialIds ?? [];
    expect(versioned).toHaveLength(50);
    // A draft attached to before the limit existed may hold more: it cannot be published so.
    const legacy = materialIds.filter((id) => !versioned.includes(id));
    for (const materialId of legacy) {
      await platform.database.db.execute(
        sql`insert into content.chatbot_materials (chatbot_id, material_id) values (${manyId}, ${materialId})`,
      );
    }
    const unpublishable = await asUser(
      platform,
      admin,
      'mutation($id: ID!) { publishChatbot(id: $id) { id } }',
      { id: manyId },
    );
    expect(codeOf(unpublishable)).toBe('BAD_USER_INPUT');
    expect(unpublishable.errors?.[0]?.message).toMatch(/uses 53 materials; detach all but 50/);
  });
});
