import { keysetAfter } from '@aula/runtime';
import type { CursorPosition, Db } from '@aula/runtime';
import { and, desc, asc, eq, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import { manages, type Viewer } from './access';
import { audienceOf, findVersion, findVersions, type ChatbotRow } from './chatbots';
import type { ClassDirectory } from './class-directory';
import { chatbotClasses, chatbots } from './db/schema';
import type { ChatbotModel } from './mappers';

/** What visibility decisions need. */
export interface VisibilityDeps {
  readonly db: Db;
  readonly viewerClasses: (viewer: Viewer) => Promise<readonly string[]>;
}

/**
 * The classes a viewer belongs to: enrolled classes for students, supervised classes for
 * supervisors, and both for a user a service acts for (chat passes an id, not a role).
 * Memoised for one request.
 */
export function createViewerClasses(
  classes: ClassDirectory,
): (viewer: Viewer) => Promise<readonly string[]> {
  const memo = new Map<string, Promise<readonly string[]>>();
  return (viewer) => {
    const key = `${viewer.role ?? 'unknown'}:${viewer.userId}`;
    let pending = memo.get(key);
    if (!pending) {
      if (viewer.role === 'ADMIN') pending = Promise.resolve([]);
      else if (viewer.role === 'SUPERVISOR') pending = classes.classesOfSupervisor(viewer.userId);
      else if (viewer.role === 'STUDENT') pending = classes.classesOfStudent(viewer.userId);
      else pending = unionOfClasses(classes, viewer.userId);
      memo.set(key, pending);
    }
    return pending;
  };
}

async function unionOfClasses(classes: ClassDirectory, userId: string): Promise<readonly string[]> {
  const [enrolled, supervised] = await Promise.all([
    classes.classesOfStudent(userId),
    classes.classesOfSupervisor(userId),
  ]);
  return [...new Set([...enrolled, ...supervised])];
}

/**
 * Whether `viewer` may see a chatbot: its managers always; anyone else only while it is
 * published, to everyone or to one of their classes.
 */
export async function canSee(
  deps: VisibilityDeps,
  viewer: Viewer,
  row: ChatbotRow,
): Promise<boolean> {
  if (manages(viewer, row.ownerId)) return true;
  if (row.status !== 'PUBLISHED' || !row.currentVersionId) return false;
  if (row.visibleToEveryone) return true;
  const audience = await audienceOf(deps.db, row);
  if (audience.classIds.length === 0) return false;
  const mine = new Set(await deps.viewerClasses(viewer));
  return audience.classIds.some((id) => mine.has(id));
}

/**
 * Builds what a `Chatbot` resolves from, for a viewer already known to see it (`null`
 * viewer: a service, which sees the published configuration). Null when there is nothing
 * published to show a non-manager.
 */
export async function chatbotModel(
  db: Db,
  viewer: Viewer | null,
  row: ChatbotRow,
): Promise<ChatbotModel | null> {
  if (viewer && manages(viewer, row.ownerId)) return { row, manage: true, version: null };
  const version = row.currentVersionId ? await findVersion(db, row.currentVersionId) : null;
  return version ? { row, manage: false, version } : null;
}

/** The chatbot as `viewer` may see it, or null when they may not. */
export async function visibleChatbot(
  deps: VisibilityDeps,
  viewer: Viewer,
  row: ChatbotRow | null,
): Promise<ChatbotModel | null> {
  if (!row || !(await canSee(deps, viewer, row))) return null;
  return chatbotModel(deps.db, viewer, row);
}

/**
 * Published chatbots `viewer` may chat with, by name: all of them for admins; for everyone
 * else those published to everyone, to one of their classes, or owned by them.
 */
export async function listAvailable(
  deps: VisibilityDeps,
  viewer: Viewer,
  first: number,
  after: CursorPosition<string> | null,
): Promise<ChatbotModel[]> {
  const published = and(eq(chatbots.status, 'PUBLISHED'), isNotNull(chatbots.currentVersionId));
  let where: SQL | undefined = published;
  if (viewer.role !== 'ADMIN') {
    const mine = await deps.viewerClasses(viewer);
    const reach: SQL[] = [
      eq(chatbots.visibleToEveryone, true),
      eq(chatbots.ownerId, viewer.userId),
    ];
    if (mine.length > 0) {
      const inMyClasses = deps.db
        .select({ id: chatbotClasses.chatbotId })
        .from(chatbotClasses)
        .where(inArray(chatbotClasses.classId, [...mine]));
      reach.push(inArray(chatbots.id, inMyClasses));
    }
    where = and(published, or(...reach));
  }
  const position = keysetAfter(chatbots.name, chatbots.id, after, { order: 'asc' });
  const rows = await deps.db
    .select()
    .from(chatbots)
    .where(and(where, position))
    .orderBy(asc(chatbots.name), asc(chatbots.id))
    .limit(first + 1);
  const versions = await findVersions(
    deps.db,
    rows.map((r) => r.currentVersionId).filter((id): id is string => id !== null),
  );
  return rows.flatMap((row): ChatbotModel[] => {
    if (manages(viewer, row.ownerId)) return [{ row, manage: true, version: null }];
    const version = versions.get(row.currentVersionId ?? '');
    return version ? [{ row, manage: false, version }] : [];
  });
}

/** Chatbots `viewer` manages (admins: all), optionally in one status, most recently changed first. */
export async function listManaged(
  db: Db,
  viewer: Viewer,
  status: ChatbotRow['status'] | null | undefined,
  first: number,
  after: CursorPosition | null,
): Promise<ChatbotModel[]> {
  const conditions: SQL[] = [];
  if (viewer.role !== 'ADMIN') conditions.push(eq(chatbots.ownerId, viewer.userId));
  if (status) conditions.push(eq(chatbots.status, status));
  if (after) {
    conditions.push(keysetAfter(chatbots.updatedAt, chatbots.id, after));
  }
  const rows = await db
    .select()
    .from(chatbots)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(chatbots.updatedAt), desc(chatbots.id))
    .limit(first + 1);
  return rows.map((row) => ({ row, manage: true as const, version: null }));
}
