import { appError, badInput, ErrorCode, type Db } from '@aula/runtime';
import { asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { ChatbotSettings } from './chatbot-settings';
import { chatbotClasses, chatbotMaterials, chatbots, chatbotVersions } from './db/schema';
import { MAX_MATERIALS_PER_CHATBOT } from './materials';

/** A row of `content.chatbots`: the working draft plus life-cycle state. */
export type ChatbotRow = typeof chatbots.$inferSelect;
/** A row of `content.chatbot_versions`: one immutable published configuration. */
export type VersionRow = typeof chatbotVersions.$inferSelect;

/** Who may see a published chatbot. */
export interface Audience {
  readonly everyone: boolean;
  readonly classIds: readonly string[];
}

/** One chatbot by id, or null. */
export async function findChatbot(db: Db, id: string): Promise<ChatbotRow | null> {
  const [row] = await db.select().from(chatbots).where(eq(chatbots.id, id)).limit(1);
  return row ?? null;
}

/** One version by id, or null. */
export async function findVersion(db: Db, id: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(chatbotVersions).where(eq(chatbotVersions.id, id)).limit(1);
  return row ?? null;
}

/** Every version of a chatbot, newest first. */
export function listVersions(db: Db, chatbotId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(chatbotVersions)
    .where(eq(chatbotVersions.chatbotId, chatbotId))
    .orderBy(desc(chatbotVersions.number));
}

/** Current versions of several chatbots, by version id. */
export async function findVersions(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, VersionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(chatbotVersions)
    .where(inArray(chatbotVersions.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Who may see a chatbot once published. */
export async function audienceOf(db: Db, chatbot: ChatbotRow): Promise<Audience> {
  const rows = await db
    .select({ classId: chatbotClasses.classId })
    .from(chatbotClasses)
    .where(eq(chatbotClasses.chatbotId, chatbot.id))
    .orderBy(asc(chatbotClasses.classId));
  return { everyone: chatbot.visibleToEveryone, classIds: rows.map((r) => r.classId) };
}

/** Creates a draft owned by `ownerId`. */
export async function insertDraft(
  db: Db,
  ownerId: string,
  settings: ChatbotSettings,
  templateId?: string,
): Promise<ChatbotRow> {
  const [row] = await db
    .insert(chatbots)
    .values({ ownerId, ...settings, templateId: templateId ?? null })
    .returning();
  if (!row) throw new Error('insert returned no chatbot');
  return row;
}

/** Changes a draft. Refuses archived chatbots, whose configuration is closed. */
export async function updateDraft(
  db: Db,
  chatbot: ChatbotRow,
  patch: Partial<ChatbotSettings>,
): Promise<ChatbotRow> {
  if (chatbot.status === 'ARCHIVED') {
    throw appError(
      ErrorCode.CONFLICT,
      'This chatbot is archived. Publish it again before changing it.',
    );
  }
  const [row] = await db
    .update(chatbots)
    .set({ ...patch, hasUnpublishedChanges: true, updatedAt: new Date() })
    .where(eq(chatbots.id, chatbot.id))
    .returning();
  if (!row) throw appError(ErrorCode.NOT_FOUND, 'The chatbot was not found.');
  return row;
}

/**
 * Freezes the draft (settings and attached materials) into the next version, makes it
 * current and, when `audience` is given, replaces who may see it — all in one transaction,
 * with the chatbot row locked so two publishes cannot take the same version number.
 */
export async function publishDraft(
  db: Db,
  chatbotId: string,
  publishedBy: string,
  audience?: Audience,
): Promise<ChatbotRow> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(chatbots)
      .where(eq(chatbots.id, chatbotId))
      .for('update');
    if (!draft) throw appError(ErrorCode.NOT_FOUND, 'The chatbot was not found.');
    const [last] = await tx
      .select({ number: max(chatbotVersions.number) })
      .from(chatbotVersions)
      .where(eq(chatbotVersions.chatbotId, chatbotId));
    const attached = await tx
      .select({ materialId: chatbotMaterials.materialId })
      .from(chatbotMaterials)
      .where(eq(chatbotMaterials.chatbotId, chatbotId))
      .orderBy(asc(chatbotMaterials.attachedAt));
    // Drafts attached to before the limit existed may hold more; a version never does.
    if (attached.length > MAX_MATERIALS_PER_CHATBOT) {
      throw badInput(
        `This chatbot uses ${attached.length} materials; detach all but ${MAX_MATERIALS_PER_CHATBOT} before publishing.`,
        { field: 'materials', max: MAX_MATERIALS_PER_CHATBOT },
      );
    }
    const [version] = await tx
      .insert(chatbotVersions)
      .values({
        chatbotId,
        number: (last?.number ?? 0) + 1,
        name: draft.name,
        description: draft.description,
        avatarEmoji: draft.avatarEmoji,
        persona: draft.persona,
        systemPrompt: draft.systemPrompt,
        modelId: draft.modelId,
        temperature: draft.temperature,
        maxOutputTokens: draft.maxOutputTokens,
        enabledTools: draft.enabledTools,
        customToolIds: draft.customToolIds,
        starterPrompts: draft.starterPrompts,
        blockedTopics: draft.blockedTopics,
        blockedKeywords: draft.blockedKeywords,
        refusalMessage: draft.refusalMessage,
        materialIds: attached.map((a) => a.materialId),
        publishedBy,
      })
      .returning();
    if (!version) throw new Error('insert returned no version');
    if (audience) {
      await tx.delete(chatbotClasses).where(eq(chatbotClasses.chatbotId, chatbotId));
      if (audience.classIds.length > 0) {
        await tx
          .insert(chatbotClasses)
          .values(audience.classIds.map((classId) => ({ chatbotId, classId })));
      }
    }
    const [row] = await tx
      .update(chatbots)
      .set({
        status: 'PUBLISHED',
        currentVersionId: version.id,
        hasUnpublishedChanges: false,
        archivedAt: null,
        ...(audience ? { visibleToEveryone: audience.everyone } : {}),
        updatedAt: new Date(),
      })
      .where(eq(chatbots.id, chatbotId))
      .returning();
    if (!row) throw new Error('update returned no chatbot');
    return row;
  });
}

/** Hides a chatbot from students and new chats; its versions stay for the chats that used them. */
export async function archiveChatbot(db: Db, chatbotId: string): Promise<ChatbotRow> {
  const [row] = await db
    .update(chatbots)
    .set({
      status: 'ARCHIVED',
      archivedAt: sql`coalesce(${chatbots.archivedAt}, now())`,
      updatedAt: new Date(),
    })
    .where(eq(chatbots.id, chatbotId))
    .returning();
  if (!row) throw appError(ErrorCode.NOT_FOUND, 'The chatbot was not found.');
  return row;
}

/**
 * Deletes a chatbot that was never published. Content cannot see chat's tables, so any
 * chatbot that ever had a version is treated as referenced by chats and archived instead.
 */
export async function deleteOrArchive(
  db: Db,
  chatbotId: string,
): Promise<{ outcome: 'DELETED' | 'ARCHIVED'; row: ChatbotRow | null }> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(chatbots)
      .where(eq(chatbots.id, chatbotId))
      .for('update');
    if (!draft) throw appError(ErrorCode.NOT_FOUND, 'The chatbot was not found.');
    const [version] = await tx
      .select({ id: chatbotVersions.id })
      .from(chatbotVersions)
      .where(eq(chatbotVersions.chatbotId, chatbotId))
      .limit(1);
    if (!version) {
      await tx.delete(chatbots).where(eq(chatbots.id, chatbotId));
      return { outcome: 'DELETED', row: null };
    }
    const [row] = await tx
      .update(chatbots)
      .set({
        status: 'ARCHIVED',
        archivedAt: sql`coalesce(${chatbots.archivedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(eq(chatbots.id, chatbotId))
      .returning();
    return { outcome: 'ARCHIVED', row: row ?? null };
  });
}

/** Records that the draft changed in a way the settings columns do not show (attachments). */
export async function markChanged(db: Db, chatbotId: string): Promise<void> {
  await db
    .update(chatbots)
    .set({ hasUnpublishedChanges: true, updatedAt: new Date() })
    .where(eq(chatbots.id, chatbotId));
}
