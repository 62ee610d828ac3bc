import { connectionFromList } from '@aula/runtime';
import { isUuid, viewerOf } from '../access';
import { audienceOf, findChatbot, findVersion, listVersions, type VersionRow } from '../chatbots';
import type { ChatbotResolvers } from '../generated/graphql';
import { guardrailsOf, toolsOf } from '../chatbot-settings';
import type { ChatbotModel } from '../mappers';
import { attachedMaterialIds, findMaterials, materialPosition } from '../materials';
import { canSee, chatbotModel } from '../visibility';

/** The configuration a viewer sees: the draft for managers, the current version for everyone else. */
const shown = (m: ChatbotModel) => (m.manage ? m.row : m.version);

/** A chatbot as its viewer may see it (`ChatbotModel`). */
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
  enabledTools: (m) => toolsOf(shown(m).enabledTools),
  customToolIds: (m) => shown(m).customToolIds,
  starterPrompts: (m) => shown(m).starterPrompts,
  guardrails: (m) => (m.manage ? guardrailsOf(m.row) : null),
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
