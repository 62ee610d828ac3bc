import {
  badInput,
  decodeCursor,
  forbidden,
  notFound,
  pageSize,
  requireScope,
  requireScopeOrService,
  requireService,
  toConnection,
} from '@aula/runtime';
import { AUTHORS, CONTENT_READ, isUuid, manages, type Viewer } from '../access';
import { findChatbot, findVersion } from '../chatbots';
import { chatToolNames, type ChatbotToolName } from '../chatbot-settings';
import type { ContentContext } from '../context';
import type { QueryResolvers } from '../generated/graphql';
import { attachedMaterialIds, findMaterial, listMaterials, materialPosition } from '../materials';
import { ACCEPTED_EXTENSIONS } from '../document-files';
import { searchPassages } from '../search';
import { listTemplates } from '../templates';
import { canSee, listAvailable, listManaged, visibleChatbot } from '../visibility';

/**
 * The person a search is for: the signed-in person, or — for the chat service only —
 * the user named by `onBehalfOf`, with the role auth gives them.
 */
async function searcher(
  ctx: ContentContext,
  onBehalfOf: string | null | undefined,
): Promise<Viewer> {
  const caller = requireScopeOrService(ctx, CONTENT_READ, 'chat');
  if (caller.kind === 'service') {
    if (!onBehalfOf) {
      throw badInput('A service searching materials must say for whom, with onBehalfOf.', {
        field: 'onBehalfOf',
      });
    }
    return { userId: onBehalfOf, role: await ctx.roles.roleOf(onBehalfOf) };
  }
  const viewer = caller;
  if (onBehalfOf && onBehalfOf !== viewer.userId) {
    throw forbidden('Only an internal Aula service may search on behalf of someone else.');
  }
  return viewer;
}

/** Chatbots, templates and materials as their viewer may see them; chat's lookups and searches. */
export const Query: QueryResolvers = {
  chatbot: async (_parent, { id }, ctx) => {
    const viewer = requireScope(ctx, CONTENT_READ);
    if (!isUuid(id)) return null;
    return visibleChatbot(ctx, viewer, await findChatbot(ctx.db, id));
  },
  chatbotVersion: async (_parent, { id }, ctx) => {
    const viewer = requireScope(ctx, CONTENT_READ);
    if (!isUuid(id)) return null;
    const version = await findVersion(ctx.db, id);
    const chatbot = version && (await findChatbot(ctx.db, version.chatbotId));
    if (!version || !chatbot || !(await canSee(ctx, viewer, chatbot))) return null;
    return { row: version, manage: manages(viewer, chatbot.ownerId) };
  },
  availableChatbots: async (_parent, { first, after }, ctx) => {
    const viewer = requireScope(ctx, CONTENT_READ);
    const size = pageSize(first);
    const rows = await listAvailable(ctx, viewer, size, decodeCursor(after, 'text'));
    return toConnection(rows, size, (m) => ({ key: m.row.name, id: m.row.id }));
  },
  managedChatbots: async (_parent, { status, first, after }, ctx) => {
    const viewer = requireScope(ctx, CONTENT_READ, ...AUTHORS);
    const size = pageSize(first);
    const rows = await listManaged(ctx.db, viewer, status, size, decodeCursor(after));
    return toConnection(rows, size, (m) => ({ key: m.row.updatedAt, id: m.row.id }));
  },
  chatbotTemplates: (_parent, _args, ctx) => {
    requireScope(ctx, CONTENT_READ, ...AUTHORS);
    return listTemplates(ctx.db);
  },
  materials: async (_parent, { first, after }, ctx) => {
    const viewer = requireScope(ctx, CONTENT_READ, ...AUTHORS);
    const size = pageSize(first);
    const owner = viewer.role === 'ADMIN' ? null : viewer.userId;
    const rows = await listMaterials(ctx.db, owner, size, decodeCursor(after));
    return toConnection(rows, size, materialPosition);
  },
  materialUploadLimits: (_parent, _args, ctx) => {
    requireScope(ctx, CONTENT_READ, ...AUTHORS);
    return {
      maxFileBytes: ctx.config.CONTENT_MAX_UPLOAD_BYTES,
      maxTextBytes: ctx.config.CONTENT_MAX_MATERIAL_BYTES,
      fileExtensions: [...ACCEPTED_EXTENSIONS],
    };
  },
  material: async (_parent, { id }, ctx) => {
    const viewer = requireScope(ctx, CONTENT_READ, ...AUTHORS);
    const material = isUuid(id) ? await findMaterial(ctx.db, id) : null;
    return material && manages(viewer, material.ownerId) ? material : null;
  },
  searchMaterials: async (_parent, { chatbotId, query, first, onBehalfOf }, ctx) => {
    const viewer = await searcher(ctx, onBehalfOf);
    const chatbot = isUuid(chatbotId) ? await findChatbot(ctx.db, chatbotId) : null;
    if (!chatbot || !(await canSee(ctx, viewer, chatbot))) throw notFound('The chatbot');
    let materialIds: readonly string[];
    if (manages(viewer, chatbot.ownerId)) {
      // Managers try out the draft they are editing.
      materialIds = await attachedMaterialIds(ctx.db, chatbot.id);
    } else {
      const version = chatbot.currentVersionId
        ? await findVersion(ctx.db, chatbot.currentVersionId)
        : null;
      materialIds = version?.materialIds ?? [];
    }
    return searchPassages(ctx.db, materialIds, query, first);
  },
  chatbotForChat: async (_parent, { chatbotId, userId }, ctx) => {
    requireService(ctx, 'chat', 'monitoring');
    const chatbot = isUuid(chatbotId) ? await findChatbot(ctx.db, chatbotId) : null;
    const viewer: Viewer = { userId, role: await ctx.roles.roleOf(userId) };
    const usable =
      chatbot &&
      chatbot.status === 'PUBLISHED' &&
      chatbot.currentVersionId &&
      (await canSee(ctx, viewer, chatbot));
    const version =
      usable && chatbot.currentVersionId
        ? await findVersion(ctx.db, chatbot.currentVersionId)
        : null;
    if (!chatbot || !version)
      throw notFound('A published chatbot with that id available to this user');
    return {
      chatbotId: chatbot.id,
      versionId: version.id,
      name: version.name,
      modelId: version.modelId,
      systemPrompt: version.systemPrompt,
      temperature: version.temperature,
      maxOutputTokens: version.maxOutputTokens,
      tools: version.enabledTools
        .map((tool) => chatToolNames[tool as ChatbotToolName])
        .filter(Boolean),
      customToolIds: version.customToolIds,
      guardrailKeywords: version.blockedKeywords,
      blockedTopics: version.blockedTopics,
      refusalMessage: version.refusalMessage || null,
    };
  },
};
