import { appError, badInput, ErrorCode, forbidden, notFound, requireRole } from '@aula/runtime';
import { AUTHORS, isUuid, requireManager, type Viewer } from '../access';
import {
  archiveChatbot,
  audienceOf,
  deleteOrArchive,
  findChatbot,
  insertDraft,
  markChanged,
  publishDraft,
  updateDraft,
  type Audience,
  type ChatbotRow,
} from '../chatbots';
import { newDraftSettings, validateSettings } from '../chatbot-settings';
import type { ContentContext } from '../context';
import type { ChatbotAudienceInput, MutationResolvers } from '../generated/graphql';
import type { ChatbotModel } from '../mappers';
import { uploadLimitsOf, uploadText } from '../material-uploads';
import { attach, deleteMaterial, detach, findMaterial } from '../materials';
import { copyTemplate, findTemplate } from '../templates';

const MAX_CLASSES = 100;

const managed = (row: ChatbotRow): ChatbotModel => ({ row, manage: true, version: null });

/** The chatbot `id` if it exists and `author` manages it; `NOT_FOUND` / `FORBIDDEN` otherwise. */
async function managedChatbot(
  ctx: ContentContext,
  author: Viewer,
  id: string,
): Promise<ChatbotRow> {
  const row = isUuid(id) ? await findChatbot(ctx.db, id) : null;
  if (!row) throw notFound('The chatbot');
  requireManager(author, row.ownerId, 'chatbot');
  return row;
}

/**
 * Who will see the chatbot after this publish. Everyone is for admins; supervisors may
 * only name classes monitoring says they supervise (asked strictly: no answer, no publish).
 */
async function audienceFor(
  ctx: ContentContext,
  author: Viewer,
  row: ChatbotRow,
  input: ChatbotAudienceInput | null | undefined,
): Promise<Audience | undefined> {
  if (!input) {
    const current = await audienceOf(ctx.db, row);
    if (!current.everyone && current.classIds.length === 0) {
      throw badInput(
        'Choose who can see this chatbot: pass an audience with the classes to publish to.',
        { field: 'audience' },
      );
    }
    return undefined;
  }
  const classIds = [...new Set(input.classIds.map((id) => id.trim()))];
  if (classIds.some((id) => id.length === 0 || id.length > 100))
    throw badInput('A class id is empty or too long.', { field: 'classIds' });
  if (classIds.length > MAX_CLASSES)
    throw badInput(`At most ${MAX_CLASSES} classes per chatbot; got ${classIds.length}.`, {
      field: 'classIds',
    });
  if (!input.everyone && classIds.length === 0) {
    throw badInput(
      'Choose who can see this chatbot: at least one class (or everyone, for admins).',
      { field: 'audience' },
    );
  }
  if (input.everyone && author.role !== 'ADMIN')
    throw forbidden('Only admins can publish a chatbot to everyone; choose your classes instead.');
  if (author.role !== 'ADMIN' && classIds.length > 0) {
    const mine = new Set(await ctx.classes.classesOfSupervisor(author.userId, { strict: true }));
    const foreign = classIds.filter((id) => !mine.has(id));
    if (foreign.length > 0) {
      throw forbidden(
        `You can only publish to classes you supervise; you do not supervise ${foreign.join(', ')}.`,
      );
    }
  }
  return { everyone: input.everyone, classIds };
}

/** Building, publishing and retiring chatbots; uploading and attaching materials. */
export const Mutation: MutationResolvers = {
  createChatbot: async (_parent, { input }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const settings = newDraftSettings(input, ctx.config.CONTENT_DEFAULT_MODEL_ID);
    if (input.modelId) await ctx.models.assertKnown(settings.modelId);
    return managed(await insertDraft(ctx.db, author.userId, settings));
  },
  updateChatbot: async (_parent, { id, input }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const row = await managedChatbot(ctx, author, id);
    const patch = validateSettings(input);
    if (patch.modelId !== undefined && patch.modelId !== row.modelId)
      await ctx.models.assertKnown(patch.modelId);
    return managed(await updateDraft(ctx.db, row, patch));
  },
  publishChatbot: async (_parent, { id, audience }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const row = await managedChatbot(ctx, author, id);
    const next = await audienceFor(ctx, author, row, audience);
    // Prices change: the model is checked again at every publish, not only when it was chosen.
    await ctx.models.assertKnown(row.modelId);
    return managed(await publishDraft(ctx.db, row.id, author.userId, next));
  },
  archiveChatbot: async (_parent, { id }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const row = await managedChatbot(ctx, author, id);
    if (row.status === 'DRAFT') {
      throw appError(
        ErrorCode.CONFLICT,
        'This chatbot was never published, so there is nothing to archive; delete it instead.',
      );
    }
    return managed(await archiveChatbot(ctx.db, row.id));
  },
  deleteChatbot: async (_parent, { id }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const row = await managedChatbot(ctx, author, id);
    const result = await deleteOrArchive(ctx.db, row.id);
    return { outcome: result.outcome, chatbot: result.row ? managed(result.row) : null };
  },
  copyChatbotTemplate: async (_parent, { templateId }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const template = isUuid(templateId) ? await findTemplate(ctx.db, templateId) : null;
    if (!template) throw notFound('The template');
    return managed(
      await copyTemplate(ctx.db, template, author.userId, ctx.config.CONTENT_DEFAULT_MODEL_ID),
    );
  },
  uploadMaterial: async (_parent, { input }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    return uploadText(ctx.storage, author.userId, input, uploadLimitsOf(ctx.config));
  },
  deleteMaterial: async (_parent, { id }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const material = isUuid(id) ? await findMaterial(ctx.db, id) : null;
    if (!material) throw notFound('The material');
    requireManager(author, material.ownerId, 'material');
    await deleteMaterial(ctx.db, material.id, ctx.storage.objects);
    return true;
  },
  attachMaterial: async (_parent, { chatbotId, materialId }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const row = await managedChatbot(ctx, author, chatbotId);
    if (row.status === 'ARCHIVED')
      throw appError(
        ErrorCode.CONFLICT,
        'This chatbot is archived. Publish it again before changing it.',
      );
    const material = isUuid(materialId) ? await findMaterial(ctx.db, materialId) : null;
    if (!material) throw notFound('The material');
    requireManager(author, material.ownerId, 'material');
    await attach(ctx.db, row.id, material.id);
    await markChanged(ctx.db, row.id);
    return managed((await findChatbot(ctx.db, row.id)) ?? row);
  },
  detachMaterial: async (_parent, { chatbotId, materialId }, ctx) => {
    const author = requireRole(ctx, ...AUTHORS);
    const row = await managedChatbot(ctx, author, chatbotId);
    if (row.status === 'ARCHIVED')
      throw appError(
        ErrorCode.CONFLICT,
        'This chatbot is archived. Publish it again before changing it.',
      );
    if (!isUuid(materialId) || !(await detach(ctx.db, row.id, materialId))) {
      throw notFound('That material on this chatbot');
    }
    await markChanged(ctx.db, row.id);
    return managed((await findChatbot(ctx.db, row.id)) ?? row);
  },
};
