import { connectionFromList } from '@aula/runtime';
import { isUuid } from '../access';
import { audienceOf, findChatbot, findVersion, listVersions, type VersionRow } from '../chatbots';
import type { ChatbotResolvers, ChatbotTool, ChatbotVersionResolvers } from '../generated/graphql';
import type { ChatbotModel } from '../mappers';
import { attachedMaterialIds, findMaterials, materialPosition } from '../materials';
import { canSee, chatbotModel } from '../visibility';
import { viewerOf } from './viewer';

/** The configuration a viewer sees: the draft for managers, the current version for everyone else. */
const shown = (m: ChatbotModel) => (m.manage ? m.row : m.version);
const tools = (names: readonly string[]) => names as ChatbotTool[];
const guardrails = (c: {
  blockedTopics: string[];
  blockedKeywords: string[];
  refusalMessage: string;
}) => ({
  blockedTopics: c.blockedTopics,
  blockedKeywords: c.blockedKeywords,
  refusalMessage: c.refusalMessage || null,
});

/** Field resolvers of `Chatbot`. */
export const Chatbot: ChatbotResolvers = {
  __resolveReference: async (ref, ctx) => {
    const viewer = viewerOf(ctx);
    if (!viewer || !isUuid(ref.id)) return null;
    const row = await findChatbot(ctx.db, ref.id);
    if (!row) return null;
    if (viewer === 'service') return chatbotModel(ctx.db, null, row);
    if (!(await canSee(ctx, viewer, row))) return null;
    return chatbotModel(ctx.db, viewer, row);
  },
  id: (m) => m.row.id,
  name: (m) => shown(m).name,
  description: (m) => shown(m).description,
  avatarEmoji: (m) => shown(m).avatarEmoji,
  persona: (m) => shown(m).persona,
  systemPrompt: (m) => (m.manage ? m.row.systemPrompt : null),
  modelId: (m) => shown(m).modelId,
  temperature: (m) => shown(m).temperature,
  maxOutputTokens: (m) => shown(m).maxOutputTokens,
  enabledTools: (m) => tools(shown(m).enabledTools),
  starterPrompts: (m) => shown(m).starterPrompts,
  guardrails: (m) => (m.manage ? guardrails(m.row) : null),
  // A chatbot's attachments and versions are loaded whole (one chatbot's worth) and paged here.
  materials: async (m, args, ctx) =>
    connectionFromList(
      await findMaterials(
        ctx.db,
        m.manage ? await attachedMaterialIds(ctx.db, m.row.id) : m.version.materialIds,
      ),
      args,
      materialPosition,
      { order: 'desc' },
    ),
  owner: (m) => ({ id: m.row.ownerId }),
  status: (m) => m.row.status,
  audience: async (m, _args, ctx) => {
    if (!m.manage) return null;
    const audience = await audienceOf(ctx.db, m.row);
    return { everyone: audience.everyone, classIds: [...audience.classIds] };
  },
  currentVersion: async (m, _args, ctx) => {
    const version = m.manage
      ? m.row.currentVersionId
        ? await findVersion(ctx.db, m.row.currentVersionId)
        : null
      : m.version;
    return version ? { row: version, manage: m.manage } : null;
  },
  versions: async (m, args, ctx) =>
    connectionFromList(
      m.manage
        ? (await listVersions(ctx.db, m.row.id)).map((row: VersionRow) => ({ row, manage: true }))
        : [],
      args,
      (v) => ({ key: v.row.publishedAt, id: v.row.id }),
      { order: 'desc' },
    ),
  hasUnpublishedChanges: (m) => (m.manage ? m.row.hasUnpublishedChanges : false),
  templateId: (m) => m.row.templateId,
  createdAt: (m) => m.row.createdAt,
  updatedAt: (m) => m.row.updatedAt,
};

/** Field resolvers of `ChatbotVersion`. */
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
  enabledTools: (v) => tools(v.row.enabledTools),
  starterPrompts: (v) => v.row.starterPrompts,
  guardrails: (v) => (v.manage ? guardrails(v.row) : null),
  materialIds: (v) => v.row.materialIds,
  publishedBy: (v) => ({ id: v.row.publishedBy }),
  publishedAt: (v) => v.row.publishedAt,
};
