import {
  appError,
  badInput,
  ErrorCode,
  keysetAfter,
  sqlState,
  type CursorPosition,
  type Db,
} from '@aula/runtime';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { chatbotMaterials, chatbots, materialChunks, materialFiles, materials } from './db/schema';
import type { ObjectStore } from './file-store';
import type { MaterialModel } from './mappers';

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
        keysetAfter(materials.createdAt, materials.id, after),
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

/**
 * Most materials one chatbot's draft may use: a course's handbook chapters and worksheets fit,
 * and every search and every published version lists them all (`ChatbotVersion.materialIds`).
 */
export const MAX_MATERIALS_PER_CHATBOT = 50;

/**
 * Attaches a material to a chatbot's draft; attaching twice is harmless. `BAD_USER_INPUT` when
 * the draft already uses {@link MAX_MATERIALS_PER_CHATBOT}. Attaches to one chatbot take turns
 * on its row (`FOR UPDATE`), so two at once cannot both take the last place.
 */
export async function attach(db: Db, chatbotId: string, materialId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .select({ id: chatbots.id })
      .from(chatbots)
      .where(eq(chatbots.id, chatbotId))
      .for('update');
    const attached = await tx
      .select({ materialId: chatbotMaterials.materialId })
      .from(chatbotMaterials)
      .where(eq(chatbotMaterials.chatbotId, chatbotId));
    if (attached.some((row) => row.materialId === materialId)) return;
    if (attached.length >= MAX_MATERIALS_PER_CHATBOT) {
      throw badInput(
        `A chatbot can use at most ${MAX_MATERIALS_PER_CHATBOT} materials; detach one before attaching another.`,
        { field: 'materialId', max: MAX_MATERIALS_PER_CHATBOT },
      );
    }
    await tx.insert(chatbotMaterials).values({ chatbotId, materialId }).onConflictDoNothing();
  });
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
 * Deletes a material, its passages and its file. Refused while a chatbot draft still uses
 * it, so a teacher never silently empties a chatbot's knowledge. A file in S3 is removed
 * after the rows are gone; if that fails the object is left behind (logged by the caller),
 * never a material whose file is missing.
 */
export async function deleteMaterial(
  db: Db,
  materialId: string,
  objects: ObjectStore | null,
): Promise<void> {
  const inUse = (chatbotsUsingIt: string) =>
    appError(
      ErrorCode.CONFLICT,
      `This material is attached to ${chatbotsUsingIt}. Detach it before deleting it.`,
    );
  let objectKey: string | null;
  try {
    objectKey = await deleteUnused(db, materialId, inUse);
  } catch (error) {
    // An attach that slipped in between the check and the delete trips the foreign key.
    if (sqlState(error) === '23503') throw inUse('a chatbot');
    throw error;
  }
  if (objectKey) {
    if (!objects)
      throw new Error(`material file ${objectKey} is in S3 but no bucket is configured`);
    await objects.remove(objectKey);
  }
}

async function deleteUnused(
  db: Db,
  materialId: string,
  inUse: (chatbotsUsingIt: string) => Error,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [used] = await tx
      .select({ n: count() })
      .from(chatbotMaterials)
      .where(eq(chatbotMaterials.materialId, materialId));
    if (used && used.n > 0) throw inUse(used.n === 1 ? 'a chatbot' : `${used.n} chatbots`);
    const [file] = await tx
      .select({ objectKey: materialFiles.objectKey })
      .from(materialFiles)
      .where(eq(materialFiles.materialId, materialId));
    await tx.delete(materials).where(eq(materials.id, materialId));
    return file?.objectKey ?? null;
  });
}
