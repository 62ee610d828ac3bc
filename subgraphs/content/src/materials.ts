import {
  appError,
  badInput,
  ErrorCode,
  sqlState,
  type CursorPosition,
  type Db,
} from '@aula/runtime';
import { and, count, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { chatbotMaterials, materialChunks, materials } from './db/schema';
import { chunkText, extractText, type MaterialFormat } from './extract';
import type { MaterialModel } from './mappers';

const INSERT_BATCH = 1_000;

/** What `uploadMaterial` receives. */
export interface UploadInput {
  readonly title: string;
  readonly source?: string | null;
  readonly format: MaterialFormat;
  readonly content: string;
}

/** Limits for uploads, from configuration. */
export interface UploadLimits {
  readonly maxBytes: number;
  readonly chunkWords: number;
  readonly overlapWords: number;
}

/**
 * Stores a document and its searchable passages in one transaction. Refuses (with the
 * numbers) a document over the size limit, an empty title, and a document with no readable text.
 */
export async function uploadMaterial(
  db: Db,
  ownerId: string,
  input: UploadInput,
  limits: UploadLimits,
): Promise<MaterialModel> {
  const sizeBytes = Buffer.byteLength(input.content, 'utf8');
  if (sizeBytes > limits.maxBytes) {
    throw badInput(
      `The document is ${sizeBytes.toLocaleString('en')} bytes; the limit is ${limits.maxBytes.toLocaleString('en')} bytes. Split it into smaller documents.`,
      { field: 'content', maxBytes: limits.maxBytes, sizeBytes },
    );
  }
  const title = input.title.trim();
  if (title.length === 0 || title.length > 200) {
    throw badInput('The title must be 1 to 200 characters long.', { field: 'title' });
  }
  const source = (input.source ?? '').trim();
  if (source.length > 500)
    throw badInput('The source must be at most 500 characters long.', { field: 'source' });
  const body = extractText(input.format, input.content);
  const chunks = chunkText(body, limits.chunkWords, limits.overlapWords);
  if (chunks.length === 0) {
    throw badInput('The document has no readable text to search.', { field: 'content' });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(materials)
      .values({ ownerId, title, source, format: input.format, body, sizeBytes })
      .returning();
    if (!row) throw new Error('insert returned no material');
    // Batches keep each statement far below PostgreSQL's 65,535 bind parameters, whatever the size limit.
    for (let start = 0; start < chunks.length; start += INSERT_BATCH) {
      const batch = chunks.slice(start, start + INSERT_BATCH);
      await tx
        .insert(materialChunks)
        .values(batch.map((content, i) => ({ materialId: row.id, ordinal: start + i, content })));
    }
    return row;
  });
}

/** One material by id, or null. */
export async function findMaterial(db: Db, id: string): Promise<MaterialModel | null> {
  const [row] = await db.select().from(materials).where(eq(materials.id, id)).limit(1);
  return row ?? null;
}

/** Materials by id, in the order given (missing ids skipped). */
export async function findMaterials(db: Db, ids: readonly string[]): Promise<MaterialModel[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(materials)
    .where(inArray(materials.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is MaterialModel => r !== undefined);
}

/** Where a material sits in "newest first" order. */
export const materialPosition = (row: MaterialModel): CursorPosition => ({
  key: row.createdAt,
  id: row.id,
});

/**
 * A page of the materials owned by `ownerId` (or all, for admins), newest first, after
 * `after`; one extra row tells whether more follow.
 */
export function listMaterials(
  db: Db,
  ownerId: string | null,
  first: number,
  after: CursorPosition | null,
): Promise<MaterialModel[]> {
  return db
    .select()
    .from(materials)
    .where(
      and(
        ownerId ? eq(materials.ownerId, ownerId) : undefined,
        after
          ? or(
              lt(materials.createdAt, after.key),
              and(eq(materials.createdAt, after.key), lt(materials.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(materials.createdAt), desc(materials.id))
    .limit(first + 1);
}

/** How many passages a material was split into. */
export async function chunkCount(db: Db, materialId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(materialChunks)
    .where(eq(materialChunks.materialId, materialId));
  return row?.n ?? 0;
}

/** Ids of the materials attached to a chatbot's draft, oldest attachment first. */
export async function attachedMaterialIds(db: Db, chatbotId: string): Promise<string[]> {
  const rows = await db
    .select({ id: chatbotMaterials.materialId })
    .from(chatbotMaterials)
    .where(eq(chatbotMaterials.chatbotId, chatbotId))
    .orderBy(chatbotMaterials.attachedAt, chatbotMaterials.materialId);
  return rows.map((r) => r.id);
}

/** Attaches a material to a chatbot's draft; attaching twice is harmless. */
export async function attach(db: Db, chatbotId: string, materialId: string): Promise<void> {
  await db.insert(chatbotMaterials).values({ chatbotId, materialId }).onConflictDoNothing();
}

/** Detaches a material from a chatbot's draft; `false` when it was not attached. */
export async function detach(db: Db, chatbotId: string, materialId: string): Promise<boolean> {
  const removed = await db
    .delete(chatbotMaterials)
    .where(
      and(eq(chatbotMaterials.chatbotId, chatbotId), eq(chatbotMaterials.materialId, materialId)),
    )
    .returning({ id: chatbotMaterials.materialId });
  return removed.length > 0;
}

/**
 * Deletes a material and its passages. Refused while a chatbot draft still uses it, so
 * a teacher never silently empties a chatbot's knowledge.
 */
export async function deleteMaterial(db: Db, materialId: string): Promise<void> {
  const inUse = (chatbotsUsingIt: string) =>
    appError(
      ErrorCode.CONFLICT,
      `This material is attached to ${chatbotsUsingIt}. Detach it before deleting it.`,
    );
  try {
    await deleteUnused(db, materialId, inUse);
  } catch (error) {
    // An attach that slipped in between the check and the delete trips the foreign key.
    if (sqlState(error) === '23503') throw inUse('a chatbot');
    throw error;
  }
}

async function deleteUnused(
  db: Db,
  materialId: string,
  inUse: (chatbotsUsingIt: string) => Error,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [used] = await tx
      .select({ n: count() })
      .from(chatbotMaterials)
      .where(eq(chatbotMaterials.materialId, materialId));
    if (used && used.n > 0) throw inUse(used.n === 1 ? 'a chatbot' : `${used.n} chatbots`);
    await tx.delete(materials).where(eq(materials.id, materialId));
  });
}
