import type { Db } from '@aula/runtime';
import { asc, eq } from 'drizzle-orm';
import { insertDraft, type ChatbotRow } from './chatbots';
import { chatbotTemplates } from './db/schema';
import type { TemplateModel } from './mappers';

/** The built-in starter chatbots, by name. */
export function listTemplates(db: Db): Promise<TemplateModel[]> {
  return db.select().from(chatbotTemplates).orderBy(asc(chatbotTemplates.name));
}

/** One template by id, or null. */
export async function findTemplate(db: Db, id: string): Promise<TemplateModel | null> {
  const [row] = await db
    .select()
    .from(chatbotTemplates)
    .where(eq(chatbotTemplates.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * A new draft owned by `ownerId` with the template's settings and the configured default
 * model (templates do not name a model: prices and models change, templates do not).
 */
export function copyTemplate(
  db: Db,
  template: TemplateModel,
  ownerId: string,
  modelId: string,
): Promise<ChatbotRow> {
  return insertDraft(
    db,
    ownerId,
    {
      name: template.name,
      description: template.description,
      avatarEmoji: template.avatarEmoji,
      persona: template.persona,
      systemPrompt: template.systemPrompt,
      modelId,
      temperature: template.temperature,
      maxOutputTokens: template.maxOutputTokens,
      enabledTools: [...template.enabledTools],
      customToolIds: [],
      starterPrompts: [...template.starterPrompts],
      blockedTopics: [...template.blockedTopics],
      blockedKeywords: [...template.blockedKeywords],
      refusalMessage: template.refusalMessage,
    },
    template.id,
  );
}
