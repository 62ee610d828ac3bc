import { isUuid, keysetAfter, type CursorPosition, type Db } from '@aula/runtime';
import { and, desc, eq } from 'drizzle-orm';
import { customToolCalls } from '../db/schema';

/** One audited custom tool call, as stored. */
export type CustomToolCallRow = typeof customToolCalls.$inferSelect;

/** How a custom tool call ended. */
export type CustomToolCallOutcome = CustomToolCallRow['outcome'];

/** What is audited of one call. */
export type CustomToolCallEntry = Omit<CustomToolCallRow, 'id'>;

/** Writes one audit entry. */
export async function recordCustomToolCall(db: Db, entry: CustomToolCallEntry): Promise<void> {
  await db.insert(customToolCalls).values(entry);
}

/** Where an entry sits in the newest-first audit. */
export const customToolCallPosition = (row: CustomToolCallRow): CursorPosition => ({
  key: row.startedAt,
  id: row.id,
});

/** A page of the audit, newest first, optionally of one tool (ask for one extra row). */
export async function listCustomToolCalls(
  db: Db,
  options: { toolId: string | null; limit: number; after: CursorPosition | null },
): Promise<CustomToolCallRow[]> {
  if (options.toolId !== null && !isUuid(options.toolId)) return [];
  return db
    .select()
    .from(customToolCalls)
    .where(
      and(
        options.toolId ? eq(customToolCalls.toolId, options.toolId) : undefined,
        keysetAfter(customToolCalls.startedAt, customToolCalls.id, options.after),
      ),
    )
    .orderBy(desc(customToolCalls.startedAt), desc(customToolCalls.id))
    .limit(options.limit);
}
