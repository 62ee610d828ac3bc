import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { makeDocx, makePdf } from './documents';
import { asUser, BOOT_TIMEOUT_MS, tokenUser, type TestUser } from './test-helpers';

const BUCKET = 'aula-materials-test';
// s3rver checks signatures against its one built-in key pair.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe('content: uploaded files kept in S3 (a local s3rver) when a bucket is configured', () => {
  let s3rver: S3rver;
  let directory: string;
  let endpoint: string;
  let s3: S3Client;
  let platform: TestPlatform;
  let teacher: TestUser;

  const upload = async (name: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(new URL('/uploads/materials', platform.url), {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${teacher.token}` },
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        material?: { id: string; format: string };
        errors?: { extensions: { code: string } }[];
      },
    };
  };
  const objectExists = (key: string) =>
    s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'aula-s3rver-'));
    s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const address: AddressInfo = await s3rver.run();
    endpoint = `http://127.0.0.1:${address.port}`;
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: CREDENTIALS,
    });
    platform = await startTestPlatform({
      CONTENT_S3_BUCKET: BUCKET,
      CONTENT_S3_ENDPOINT: endpoint,
      CONTENT_S3_FORCE_PATH_STYLE: 'true',
      CONTENT_S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      CONTENT_S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    });
    teacher = tokenUser('SUPERVISOR');
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await platform?.close();
    s3.destroy();
    await s3rver?.close().catch(() => undefined);
    rmSync(directory, { recursive: true, force: true });
  });

  it('puts the file in the bucket, serves it back from there and removes it with the material', async () => {
    const pdf = await makePdf([['Tectonic plates drift a few centimetres every year.']]);
    const made = await upload('plates.pdf', pdf);
    expect(made.status).toBe(201);
    const id = made.body.material?.id ?? '';
    const key = `materials/${id}`;

    // The object in the bucket is the file as uploaded, with its type.
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(object.ContentType).toBe('application/pdf');
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(pdf)).toBe(true);

    const served = await fetch(new URL(`/uploads/materials/${id}`, platform.url), {
      headers: { authorization: `Bearer ${teacher.token}` },
    });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);

    const docx = await upload(
      'rocks.docx',
      await makeDocx(['Igneous rock forms from cooled magma.']),
    );
    expect(docx.body.material?.format).toBe('DOCX');
    expect(await objectExists(`materials/${docx.body.material?.id}`)).toBe(true);

    const deleted = await asUser(
      platform,
      teacher,
      'mutation($id: ID!) { deleteMaterial(id: $id) }',
      { id },
    );
    expect(deleted.data).toEqual({ deleteMaterial: true });
    expect(await objectExists(key)).toBe(false);
  });

  it('saves nothing and answers SERVICE_UNAVAILABLE when the bucket cannot be reached', async () => {
    const before = await asUser<{ materials: { edges: unknown[] } }>(
      platform,
      teacher,
      '{ materials(first: 100) { edges { node { id } } } }',
    );
    await s3rver.close();
    const refused = await upload('faults.txt', Buffer.from('Earthquakes happen along faults.'));
    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    const after = await asUser<{ materials: { edges: unknown[] } }>(
      platform,
      teacher,
      '{ materials(first: 100) { edges { node { id } } } }',
    );
    expect(after.data?.materials.edges).toHaveLength(before.data?.materials.edges.length ?? -1);
  });
});
