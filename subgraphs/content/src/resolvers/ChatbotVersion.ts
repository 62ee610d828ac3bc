import { isUuid, viewerOf } from '../access';
import { findChatbot, findVersion } from '../chatbots';
import type { ChatbotVersionResolvers } from '../generated/graphql';
import { guardrailsOf, toolsOf } from '../chatbot-settings';
import { canSee, chatbotModel } from '../visibility';

/** A published version as its viewer may see it (`VersionModel`). */
export const ChatbotVersion: ChatbotVersionResolvers = {
  // Chat sessions point here; whoever may see the chatbot (or a service) may see its versions.
  __resolveReference: async (ref, ctx) => {
    const viewer = viewerOf(ctx);
    if (!viewer || !isUuid(ref.id)) return null;
    const version = await findVersion(ctx.db, ref.id);
    const chatbot = version && (await findChatbot(ctx.db, version.chatbotId));
    if (!version || !chatbot) return null;
    if (viewer === 'service') return { row: version, manage: false };
    if (!(await canSee(ctx, viewer, chatbot))) return null;
    return { row: version, manage: viewer.role === 'ADMIN' || viewer.userId === chatbot.ownerId };
  },
  id: (v) => v.row.id,
  number: (v) => v.row.number,
  chatbot: async (v, _args, ctx) => {
    const row = await findChatbot(ctx.db, v.row.chatbotId);
    const viewer = viewerOf(ctx);
    const model = row && (await chatbotModel(ctx.db, viewer === 'service' ? null : viewer, row));
    // A version exists only after a publish, so its chatbot always has something to show.
    if (!model)
      throw new Error(`chatbot ${v.row.chatbotId} of version ${v.row.id} has no published version`);
    return model;
  },
  name: (v) => v.row.name,
  description: (v) => v.row.description,
  avatarEmoji: (v) => v.row.avatarEmoji,
  persona: (v) => v.row.persona,
  systemPrompt: (v) => (v.manage ? v.row.systemPrompt : null),
  modelId: (v) => v.row.modelId,
  temperature: (v) => v.row.temperature,
  maxOutputTokens: (v) => v.row.maxOutputTokens,
  enabledTools: (v) => toolsOf(v.row.enabledTools),
  customToolIds: (v) => v.row.customToolIds,
  starterPrompts: (v) => v.row.starterPrompts,
  guardrails: (v) => (v.manage ? guardrailsOf(v.row) : null),
  materialIds: (v) => v.row.materialIds,
  publishedBy: (v) => ({ id: v.row.publishedBy }),
  publishedAt: (v) => v.row.publishedAt,
};
