import { startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { docxParts, makeDocx, makePdf, makeZip } from './documents';
import { asUser, BOOT_TIMEOUT_MS, draftInput, tokenUser, type TestUser } from './test-helpers';

/** What `POST /uploads/materials` answers. */
interface UploadReply {
  status: number;
  body: {
    material?: {
      id: string;
      format: string;
      fileName: string;
      title: string;
      sizeBytes: number;
      chunkCount: number;
    };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

const SEARCH = `query($c: ID!, $q: String!) { searchMaterials(chatbotId: $c, query: $q, first: 5) { materialId content } }`;

describe('content: uploading PDF, Word, Markdown and text files through the gateway', () => {
  let platform: TestPlatform;
  let teacher: TestUser;
  let other: TestUser;
  let student: TestUser;

  const uploadUrl = () => new URL('/uploads/materials', platform.url);
  const upload = async (
    user: TestUser | null,
    file: { name: string; bytes: Buffer; type?: string },
    fields: Record<string, string> = {},
  ): Promise<UploadReply> => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([file.bytes], { type: file.type ?? '' }), file.name);
    const response = await fetch(uploadUrl(), {
      method: 'POST',
      body: form,
      headers: user ? { authorization: `Bearer ${user.token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as UploadReply['body'] };
  };
  const download = (user: TestUser, id: string) =>
    fetch(new URL(`/uploads/materials/${id}`, platform.url), {
      headers: { authorization: `Bearer ${user.token}` },
    });
  const codeAndReason = (reply: UploadReply) => ({
    status: reply.status,
    code: reply.body.errors?.[0]?.extensions.code,
    reason: reply.body.errors?.[0]?.extensions.reason,
  });

  beforeAll(async () => {
    platform = await startTestPlatform({
      CONTENT_MAX_UPLOAD_BYTES: '60000',
      CONTENT_MAX_MATERIAL_BYTES: '4000',
      CONTENT_CHUNK_WORDS: '30',
      CONTENT_CHUNK_OVERLAP_WORDS: '5',
      CONTENT_MAX_DOCX_UNPACKED_BYTES: '1000000',
      CONTENT_MAX_DOCX_ENTRIES: '40',
    });
    [teacher, other, student] = [
      tokenUser('SUPERVISOR'),
      tokenUser('SUPERVISOR'),
      tokenUser('STUDENT'),
    ];
  }, BOOT_TIMEOUT_MS);
  afterAll(() => platform?.close());

  it('extracts every page of a PDF and every paragraph and table cell of a Word file, keeps the files and finds their text', async () => {
    const pdf = await makePdf([
      ['Photosynthesis happens in the chloroplasts of green leaves.'],
      ['Page two: the Calvin cycle fixes carbon dioxide into sugar.'],
    ]);
    const docx = await makeDocx(
      ['The water cycle moves water between oceans, air and land.'],
      [
        ['Stage', 'What happens'],
        ['Evaporation', 'Sunlight turns seawater into vapour'],
      ],
    );
    const fromPdf = await upload(
      teacher,
      { name: 'photosynthesis.pdf', bytes: pdf, type: 'application/pdf' },
      {
        title: 'Photosynthesis notes',
        source: 'Biology, ch. 3',
      },
    );
    expect(fromPdf.status).toBe(201);
    expect(fromPdf.body.material).toMatchObject({
      title: 'Photosynthesis notes',
      format: 'PDF',
      fileName: 'photosynthesis.pdf',
      sizeBytes: pdf.length,
    });
    // No title given: the file's name without its extension.
    const fromDocx = await upload(teacher, { name: 'Water cycle.docx', bytes: docx });
    expect(fromDocx.status).toBe(201);
    expect(fromDocx.body.material).toMatchObject({ title: 'Water cycle', format: 'DOCX' });
    const pdfId = fromPdf.body.material?.id ?? '';
    const docxId = fromDocx.body.material?.id ?? '';

    const listed = await asUser<{
      material: { fileName: string; format: string; chunkCount: number };
    }>(platform, teacher, 'query($id: ID!) { material(id: $id) { fileName format chunkCount } }', {
      id: pdfId,
    });
    expect(listed.data?.material).toEqual({
      fileName: 'photosynthesis.pdf',
      format: 'PDF',
      chunkCount: 1,
    });

    const created = await asUser<{ createChatbot: { id: string } }>(
      platform,
      teacher,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      { i: draftInput() },
    );
    const chatbotId = created.data?.createChatbot.id ?? '';
    for (const materialId of [pdfId, docxId]) {
      const attached = await asUser(
        platform,
        teacher,
        'mutation($c: ID!, $m: ID!) { attachMaterial(chatbotId: $c, materialId: $m) { id } }',
        { c: chatbotId, m: materialId },
      );
      expect(attached.errors).toBeUndefined();
    }
    const calvin = await asUser<{ searchMaterials: { materialId: string; content: string }[] }>(
      platform,
      teacher,
      SEARCH,
      { c: chatbotId, q: 'Calvin cycle' },
    );
    expect(calvin.data?.searchMaterials[0]?.materialId).toBe(pdfId);
    expect(calvin.data?.searchMaterials[0]?.content).toContain('fixes carbon dioxide into sugar');
    const vapour = await asUser<{ searchMaterials: { materialId: string; content: string }[] }>(
      platform,
      teacher,
      SEARCH,
      { c: chatbotId, q: 'evaporation vapour' },
    );
    expect(vapour.data?.searchMaterials[0]?.materialId).toBe(docxId);

    // The file comes back byte for byte, to its managers only.
    const file = await download(teacher, pdfId);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('photosynthesis.pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    const foreign = await download(other, pdfId);
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as UploadReply['body']).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('reads Markdown and UTF-8 text files as written', async () => {
    const markdown = await upload(teacher, {
      name: 'glossary.md',
      bytes: Buffer.from(
        '\uFEFF# Glossary\n\n*Stomata*: pores on a leaf that let gases in and out.',
      ),
    });
    expect(markdown.status).toBe(201);
    expect(markdown.body.material?.format).toBe('MARKDOWN');
    const text = await upload(teacher, {
      name: 'señales.txt',
      bytes: Buffer.from('Las hojas respiran por los estomas.'),
    });
    expect(text.status).toBe(201);
    expect(text.body.material).toMatchObject({ format: 'TEXT', fileName: 'señales.txt' });
  });

  it('refuses what it cannot read, with a code, a reason and a status', async () => {
    const pdfLike = Buffer.from('%PDF-1.7\nthis is not really a pdf at all\n%%EOF');
    expect(codeAndReason(await upload(teacher, { name: 'broken.pdf', bytes: pdfLike }))).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      reason: 'UNREADABLE',
    });
    expect(
      codeAndReason(
        await upload(teacher, { name: 'renamed.docx', bytes: Buffer.from('plain text, renamed') }),
      ),
    ).toEqual({ status: 400, code: 'BAD_USER_INPUT', reason: 'UNREADABLE' });
    const oldWord = await upload(teacher, {
      name: 'lesson.doc',
      bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    });
    expect(codeAndReason(oldWord)).toEqual({
      status: 415,
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_TYPE',
    });
    expect(oldWord.body.errors?.[0]?.message).toContain('.docx');
    expect(
      codeAndReason(await upload(teacher, { name: 'run.exe', bytes: Buffer.from('MZ') })),
    ).toEqual({ status: 415, code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_TYPE' });
    // A PDF whose page has no text layer (a scan) has nothing to search.
    const blank = await makePdf([[]]);
    expect(codeAndReason(await upload(teacher, { name: 'scan.pdf', bytes: blank }))).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      reason: 'NO_TEXT',
    });
    expect(
      codeAndReason(
        await upload(teacher, { name: 'latin1.txt', bytes: Buffer.from([0x63, 0x61, 0x66, 0xe9]) }),
      ),
    ).toEqual({ status: 400, code: 'BAD_USER_INPUT', reason: 'UNREADABLE' });
  });

  it('refuses files over the size limit, and text over the text limit, with the numbers', async () => {
    const big = await upload(teacher, { name: 'big.txt', bytes: Buffer.alloc(70_000, 'a ') });
    expect(codeAndReason(big)).toEqual({
      status: 413,
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LARGE',
    });
    expect(big.body.errors?.[0]?.extensions.maxBytes).toBe(60_000);
    // Far over: refused from its Content-Length before the body is read, through the proxy too.
    const huge = await upload(teacher, { name: 'huge.txt', bytes: Buffer.alloc(300_000, 'c ') });
    expect(codeAndReason(huge)).toEqual({
      status: 413,
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LARGE',
    });
    expect(huge.body.errors?.[0]?.extensions.sizeBytes).toBeGreaterThan(300_000);
    const wordy = await upload(teacher, { name: 'wordy.txt', bytes: Buffer.alloc(5_000, 'b ') });
    expect(codeAndReason(wordy)).toEqual({
      status: 413,
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LARGE',
    });
    expect(wordy.body.errors?.[0]?.extensions).toMatchObject({ maxBytes: 4000, sizeBytes: 4999 }); // the text, trimmed;
  });

  it('refuses a Word file that would unpack too far (a zip bomb) before extracting it, however its headers lie', async () => {
    const docx = (entries: ReturnType<typeof docxParts>) => ({
      name: 'bomb.docx',
      bytes: makeZip(entries),
    });
    // The hand-made archive is a real Word document: within the limits it is read.
    const honest = await upload(teacher, docx(docxParts('Chlorophyll absorbs light.', 1000)));
    expect(honest.status).toBe(201);
    expect(honest.body.material?.format).toBe('DOCX');

    const bomb = docx(docxParts('Chlorophyll absorbs light.', 5_000_000));
    expect(bomb.bytes.length).toBeLessThan(20_000); // five megabytes of XML in a few kilobytes
    const refusals = [
      await upload(teacher, bomb),
      // The same bytes, its headers claiming the document part unpacks to 200 bytes.
      await upload(
        teacher,
        docx(
          docxParts('Chlorophyll absorbs light.', 5_000_000).map((part) =>
            part.name === 'word/document.xml' ? { ...part, declaredSize: 200 } : part,
          ),
        ),
      ),
      // Thousands of parts, each tiny.
      await upload(
        teacher,
        docx([
          ...docxParts('Chlorophyll absorbs light.'),
          ...Array.from({ length: 60 }, (_, i) => ({
            name: `word/media/part${i}.xml`,
            data: Buffer.from('<x/>'),
          })),
        ]),
      ),
    ];
    for (const refused of refusals) {
      expect(codeAndReason(refused)).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
        reason: 'UNPACKS_TOO_LARGE',
      });
      expect(refused.body.errors?.[0]?.message).toMatch(
        /bomb\.docx" unpacks to .*at most 1,000,000 bytes in 40 parts/,
      );
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        maxUnpackedBytes: 1_000_000,
        maxEntries: 40,
      });
    }
  });

  it('tells supervisors and admins the limits before they upload, and students nothing', async () => {
    const LIMITS = '{ materialUploadLimits { maxFileBytes maxTextBytes fileExtensions } }';
    const limits = await asUser(platform, teacher, LIMITS);
    expect(limits.data).toEqual({
      materialUploadLimits: {
        maxFileBytes: 60_000,
        maxTextBytes: 4000,
        fileExtensions: expect.arrayContaining(['pdf', 'docx', 'md', 'txt']),
      },
    });
    const refused = await asUser(platform, student, LIMITS);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only supervisors and admins signed in as themselves upload', async () => {
    const file = { name: 'notes.txt', bytes: Buffer.from('Mitochondria release energy.') };
    const anonymous = await upload(null, file);
    expect({ status: anonymous.status, code: anonymous.body.errors?.[0]?.extensions.code }).toEqual(
      {
        status: 401,
        code: 'UNAUTHENTICATED',
      },
    );
    const asStudent = await upload(student, file);
    expect({ status: asStudent.status, code: asStudent.body.errors?.[0]?.extensions.code }).toEqual(
      {
        status: 403,
        code: 'FORBIDDEN',
      },
    );
    const forged = await upload({ ...teacher, token: 'not-a-token' }, file);
    expect(forged.status).toBe(401);
    const pdfThroughGraphql = await asUser(
      platform,
      teacher,
      'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }',
      { i: { title: 'x', format: 'PDF', content: '%PDF-1.7' } },
    );
    expect(pdfThroughGraphql.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes the file with its material', async () => {
    const made = await upload(teacher, {
      name: 'gone.txt',
      bytes: Buffer.from('Xylem carries water up the stem.'),
    });
    const id = made.body.material?.id ?? '';
    expect((await download(teacher, id)).status).toBe(200);
    const deleted = await asUser(
      platform,
      teacher,
      'mutation($id: ID!) { deleteMaterial(id: $id) }',
      { id },
    );
    expect(deleted.data).toEqual({ deleteMaterial: true });
    expect((await download(teacher, id)).status).toBe(404);
  });
});
