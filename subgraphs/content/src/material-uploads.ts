import { appError, badInput, ErrorCode, type Db, type Logger } from '@aula/runtime';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { ContentConfig } from './config';
import { materialChunks, materialFiles, materials } from './db/schema';
import type { ArchiveLimits } from './docx-archive';
import { extractFileText, recogniseFile } from './document-files';
import { chunkText, extractText, type MaterialFormat } from './extract';
import type { ObjectStore } from './file-store';
import type { MaterialModel } from './mappers';

const INSERT_BATCH = 1_000;

/** Limits for uploads, from configuration. */
export interface UploadLimits {
  /** Largest searchable text, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Largest uploaded file, in bytes. */
  readonly maxFileBytes: number;
  /** How far an uploaded Word file's ZIP archive may unpack. */
  readonly archive: ArchiveLimits;
  readonly chunkWords: number;
  readonly overlapWords: number;
}

/** The upload limits configured for content. */
export const uploadLimitsOf = (config: ContentConfig): UploadLimits => ({
  maxBytes: config.CONTENT_MAX_MATERIAL_BYTES,
  maxFileBytes: config.CONTENT_MAX_UPLOAD_BYTES,
  archive: {
    maxUnpackedBytes: config.CONTENT_MAX_DOCX_UNPACKED_BYTES,
    maxEntries: config.CONTENT_MAX_DOCX_ENTRIES,
  },
  chunkWords: config.CONTENT_CHUNK_WORDS,
  overlapWords: config.CONTENT_CHUNK_OVERLAP_WORDS,
});

/** What `uploadMaterial` receives: a document written as text. */
export interface TextUpload {
  readonly title: string;
  readonly source?: string | null;
  readonly format: MaterialFormat;
  readonly content: string;
}

/** What `POST /uploads/materials` receives: a file and its description. */
export interface FileUpload {
  readonly title?: string | null;
  readonly source?: string | null;
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** Where an upload's file goes: PostgreSQL, or the bucket when one is configured. */
export interface UploadStorage {
  readonly db: Db;
  readonly objects: ObjectStore | null;
  readonly logger: Logger;
}

const tooLarge = (what: string, size: number, limit: number, field: string) =>
  badInput(
    `${what} is ${size.toLocaleString('en')} bytes; the limit is ${limit.toLocaleString('en')} bytes. Split it into smaller documents.`,
    { field, maxBytes: limit, sizeBytes: size, reason: 'TOO_LARGE' },
  );

/**
 * Stores a document written as text and its searchable passages in one transaction.
 * Refuses (with the numbers) a document over the size limit, an empty title, a file
 * format, and a document with no readable text.
 */
export async function uploadText(
  storage: UploadStorage,
  ownerId: string,
  input: TextUpload,
  limits: UploadLimits,
): Promise<MaterialModel> {
  if (input.format === 'PDF' || input.format === 'DOCX') {
    throw badInput(
      'PDF and Word documents are uploaded as files: send them to POST /uploads/materials.',
      { field: 'format' },
    );
  }
  const sizeBytes = Buffer.byteLength(input.content, 'utf8');
  if (sizeBytes > limits.maxBytes) {
    throw tooLarge('The document', sizeBytes, limits.maxBytes, 'content');
  }
  const body = extractText(input.format, input.content);
  return saveMaterial(storage, ownerId, input, { format: input.format, body, sizeBytes }, limits);
}

/**
 * Stores an uploaded file: recognises it, extracts its text, keeps the file itself
 * (PostgreSQL or S3) and indexes the text. The title defaults to the file's name.
 */
export async function uploadFile(
  storage: UploadStorage,
  ownerId: string,
  input: FileUpload,
  limits: UploadLimits,
): Promise<MaterialModel> {
  const fileName = input.fileName.trim().replace(/^.*[\\/]/, '');
  if (fileName.length === 0 || fileName.length > 255) {
    throw badInput('The file needs a name of 1 to 255 characters.', { field: 'file' });
  }
  if (input.bytes.length > limits.maxFileBytes) {
    throw tooLarge(`"${fileName}"`, input.bytes.length, limits.maxFileBytes, 'file');
  }
  const recognised = recogniseFile(fileName, input.bytes);
  const body = await extractFileText(fileName, recognised.format, input.bytes, limits.archive);
  const textBytes = Buffer.byteLength(body, 'utf8');
  if (textBytes > limits.maxBytes) {
    throw badInput(
      `The text of "${fileName}" is ${textBytes.toLocaleString('en')} bytes; the limit is ${limits.maxBytes.toLocaleString('en')} bytes. Split it into smaller documents.`,
      { field: 'file', maxBytes: limits.maxBytes, sizeBytes: textBytes, reason: 'TOO_LARGE' },
    );
  }
  const title = input.title?.trim() || fileName.replace(/\.[^.]+$/, '');
  return saveMaterial(
    storage,
    ownerId,
    { title, source: input.source },
    {
      format: recognised.format,
      body,
      sizeBytes: input.bytes.length,
      file: { name: fileName, bytes: input.bytes, contentType: recognised.contentType },
    },
    limits,
  );
}

interface Extracted {
  readonly format: MaterialFormat;
  readonly body: string;
  readonly sizeBytes: number;
  readonly file?: { readonly name: string; readonly bytes: Buffer; readonly contentType: string };
}

async function saveMaterial(
  storage: UploadStorage,
  ownerId: string,
  described: { readonly title: string; readonly source?: string | null },
  document: Extracted,
  limits: UploadLimits,
): Promise<MaterialModel> {
  const title = described.title.trim();
  if (title.length === 0 || title.length > 200) {
    throw badInput('The title must be 1 to 200 characters long.', { field: 'title' });
  }
  const source = (described.source ?? '').trim();
  if (source.length > 500)
    throw badInput('The source must be at most 500 characters long.', { field: 'source' });
  const chunks = chunkText(document.body, limits.chunkWords, limits.overlapWords);
  if (chunks.length === 0) {
    throw badInput(
      document.format === 'PDF'
        ? 'The PDF has no text to search: scanned pages are pictures. Run text recognition (OCR) on it first.'
        : 'The document has no readable text to search.',
      { field: document.file ? 'file' : 'content', reason: 'NO_TEXT' },
    );
  }
  const id = randomUUID();
  const { file } = document;
  const objectKey = file && storage.objects ? `materials/${id}` : null;
  // The object is written first: a material row never points at a file that is not there.
  if (file && objectKey) {
    await storage.objects?.put(objectKey, file.bytes, file.contentType).catch((err: unknown) => {
      storage.logger.error({ err, objectKey }, 'could not store an uploaded file in S3');
      throw appError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'The file store is not available right now, so nothing was saved. Try again shortly.',
      );
    });
  }
  try {
    return await storage.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(materials)
        .values({
          id,
          ownerId,
          title,
          source,
          format: document.format,
          body: document.body,
          sizeBytes: document.sizeBytes,
          fileName: file?.name ?? null,
        })
        .returning();
      if (!row) throw new Error('insert returned no material');
      if (file) {
        await tx.insert(materialFiles).values({
          materialId: id,
          contentType: file.contentType,
          storage: objectKey ? 'S3' : 'DATABASE',
          bytes: objectKey ? null : file.bytes,
          objectKey,
        });
      }
      // Batches keep each statement far below PostgreSQL's 65,535 bind parameters, whatever the size limit.
      for (let start = 0; start < chunks.length; start += INSERT_BATCH) {
        const batch = chunks.slice(start, start + INSERT_BATCH);
        await tx
          .insert(materialChunks)
          .values(batch.map((content, i) => ({ materialId: id, ordinal: start + i, content })));
      }
      return row;
    });
  } catch (error) {
    if (objectKey) {
      await storage.objects?.remove(objectKey).catch((err: unknown) => {
        storage.logger.error({ err, objectKey }, 'could not remove the file of a failed upload');
      });
    }
    throw error;
  }
}

/** An uploaded file as it was sent. */
export interface StoredFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** The file of a material, from PostgreSQL or S3; null for a material written as text. */
export async function readMaterialFile(
  storage: UploadStorage,
  material: MaterialModel,
): Promise<StoredFile | null> {
  const [file] = await storage.db
    .select()
    .from(materialFiles)
    .where(eq(materialFiles.materialId, material.id));
  if (!file || !material.fileName) return null;
  if (file.storage === 'DATABASE' && file.bytes) {
    return { fileName: material.fileName, contentType: file.contentType, bytes: file.bytes };
  }
  if (!file.objectKey || !storage.objects) {
    throw new Error(`material ${material.id} is kept in S3 but no bucket is configured`);
  }
  return {
    fileName: material.fileName,
    contentType: file.contentType,
    bytes: await storage.objects.get(file.objectKey),
  };
}
