import { operations } from '@aula/runtime';
import { GraphQLError } from 'graphql';
import type { ToolContext, ToolOutcome } from './index';

/**
 * Runs content's `searchMaterials` for the student the answer is for (`onBehalfOf`),
 * so the model only ever sees passages that student may see.
 */
export async function searchCourseMaterials(
  input: Record<string, unknown>,
  context: ToolContext,
): Promise<ToolOutcome> {
  const query = typeof input.query === 'string' ? input.query.trim() : '';
  if (!query) return { output: 'Pass the words to look for in "query".', isError: true };
  if (!context.chatbotId) return { output: 'This chatbot has no course materials.', isError: true };
  const first =
    typeof input.first === 'number' ? Math.min(Math.max(Math.trunc(input.first), 1), 10) : 5;
  try {
    const data = await context.content.request(operations.content.SearchMaterials, {
      chatbotId: context.chatbotId,
      query: query.slice(0, 500),
      first,
      onBehalfOf: context.userId,
    });
    if (data.searchMaterials.length === 0)
      return { output: `No course material matches "${query}".`, isError: false };
    const passages = data.searchMaterials.map(
      (hit, i) => `[${i + 1}] ${hit.title} (${hit.source})\n${hit.content}`,
    );
    return { output: passages.join('\n\n'), isError: false };
  } catch (error) {
    // The model gets a usable explanation; the student's answer goes on without the materials.
    const message =
      error instanceof GraphQLError ? error.message : 'The course materials could not be searched.';
    return { output: `Search failed: ${message}`, isError: true };
  }
}
