import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { ContentConfig } from './config';

/** Where uploaded files live when they are not kept in PostgreSQL: an S3 bucket. */
export interface ObjectStore {
  /** The bucket, for logs. */
  readonly bucket: string;
  /** Stores `bytes` under `key`, replacing what was there. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`; throws when there are none. */
  get(key: string): Promise<Buffer>;
  /** Removes `key`; removing a missing key is not an error (S3's own rule). */
  remove(key: string): Promise<void>;
  /** Releases the client's sockets. */
  close(): void;
}

/**
 * The S3 bucket from configuration, or null when none is set (files then stay in
 * PostgreSQL). Works with AWS and with S3-compatible stores through CONTENT_S3_ENDPOINT.
 */
export function objectStoreFrom(config: ContentConfig): ObjectStore | null {
  const bucket = config.CONTENT_S3_BUCKET;
  if (!bucket) return null;
  const client = new S3Client({
    region: config.CONTENT_S3_REGION,
    endpoint: config.CONTENT_S3_ENDPOINT,
    forcePathStyle: config.CONTENT_S3_FORCE_PATH_STYLE,
    credentials:
      config.CONTENT_S3_ACCESS_KEY_ID && config.CONTENT_S3_SECRET_ACCESS_KEY
        ? {
            accessKeyId: config.CONTENT_S3_ACCESS_KEY_ID,
            secretAccessKey: config.CONTENT_S3_SECRET_ACCESS_KEY,
          }
        : undefined,
  });
  return {
    bucket,
    async put(key, bytes, contentType) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }),
      );
    },
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!object.Body) throw new Error(`s3://${bucket}/${key} has no body`);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    close: () => client.destroy(),
  };
}
