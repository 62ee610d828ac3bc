import { operations, type Db, type Logger, type ServiceClient } from '@aula/runtime';
import { and, eq, isNull } from 'drizzle-orm';
import { classes, classStudents } from './db/schema';
import { isUuid } from './classes';
import type { KeywordSource } from './flag-watcher';

/** The flag keywords of every active class a student is in. */
export async function classKeywordsOfStudent(db: Db, studentId: string): Promise<string[]> {
  if (!isUuid(studentId)) return [];
  const rows = await db
    .select({ keywords: classes.flagKeywords })
    .from(classStudents)
    .innerJoin(classes, and(eq(classes.id, classStudents.classId), isNull(classes.archivedAt)))
    .where(and(eq(classStudents.studentId, studentId), isNull(classStudents.removedAt)));
  return rows.flatMap((r) => r.keywords);
}

/**
 * Class keywords from monitoring's own tables plus the chatbot's guardrail keywords
 * from content (`chatbotForChat`), cached per chatbot for `ttlMs`. Content being
 * unreachable or refusing costs only the chatbot's keywords, never the class's.
 */
export function createKeywordSource(options: {
  db: Db;
  content: ServiceClient;
  logger: Logger;
  ttlMs?: number;
}): KeywordSource {
  const ttl = options.ttlMs ?? 60_000;
  const chatbotCache = new Map<string, { keywords: string[]; until: number }>();

  const chatbotKeywords = async (chatbotId: string, userId: string): Promise<string[]> => {
    const hit = chatbotCache.get(chatbotId);
    if (hit && hit.until > Date.now()) return hit.keywords;
    try {
      const data = await options.content.request(operations.content.ChatbotGuardrailKeywords, {
        chatbotId,
        userId,
      });
      const keywords = data.chatbotForChat.guardrailKeywords ?? [];
      if (chatbotCache.size > 1000) chatbotCache.clear();
      chatbotCache.set(chatbotId, { keywords, until: Date.now() + ttl });
      return keywords;
    } catch (error) {
      options.logger.debug({ err: error, chatbotId }, 'chatbot guardrail keywords unavailable');
      return [];
    }
  };

  return async (studentId, chatbotId) => {
    const [own, bot] = await Promise.all([
      classKeywordsOfStudent(options.db, studentId),
      chatbotId ? chatbotKeywords(chatbotId, studentId) : Promise.resolve([]),
    ]);
    return [...own, ...bot];
  };
}
