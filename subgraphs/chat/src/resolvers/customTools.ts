import {
  decodeCursor,
  forbidden,
  notFound,
  pageSize,
  requireRole,
  toConnection,
} from '@aula/runtime';
import type { MutationResolvers, QueryResolvers } from '../generated/graphql';
import { customToolCallPosition, listCustomToolCalls } from '../custom-tools/audit';
import { checkMcpToolListed } from '../custom-tools/mcp';
import {
  customToolPosition,
  disableCustomTool,
  findCustomTool,
  listCustomTools,
  registerCustomTool,
  updateCustomTool,
} from '../custom-tools/registry';

/** Reading custom tools (chatbot authors and admins) and their audit (admins). */
export const customToolQueries: Pick<
  QueryResolvers,
  'customTools' | 'customTool' | 'customToolCalls'
> = {
  customTools: async (_parent, { includeDisabled, first, after }, ctx) => {
    const person = requireRole(ctx, 'SUPERVISOR', 'ADMIN');
    if (includeDisabled && person.role !== 'ADMIN')
      throw forbidden('Only admins may list disabled custom tools.');
    const size = pageSize(first);
    const rows = await listCustomTools(ctx.db, {
      includeDisabled: includeDisabled ?? false,
      limit: size + 1,
      after: decodeCursor(after),
    });
    return toConnection(rows, size, customToolPosition);
  },
  customTool: async (_parent, { id }, ctx) => {
    requireRole(ctx, 'SUPERVISOR', 'ADMIN');
    return findCustomTool(ctx.db, id);
  },
  customToolCalls: async (_parent, { toolId, first, after }, ctx) => {
    requireRole(ctx, 'ADMIN');
    const size = pageSize(first);
    const rows = await listCustomToolCalls(ctx.db, {
      toolId: toolId ?? null,
      limit: size + 1,
      after: decodeCursor(after),
    });
    return toConnection(rows, size, customToolCallPosition);
  },
};

/** Registering, changing and disabling custom tools: administrators only. */
export const customToolMutations: Pick<
  MutationResolvers,
  'registerCustomTool' | 'updateCustomTool' | 'disableCustomTool'
> = {
  registerCustomTool: async (_parent, { input }, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    return registerCustomTool(ctx.db, admin.userId, input, checkMcpToolListed);
  },
  updateCustomTool: async (_parent, { id, input }, ctx) => {
    requireRole(ctx, 'ADMIN');
    if (!(await findCustomTool(ctx.db, id))) throw notFound('That custom tool');
    return updateCustomTool(ctx.db, id, input, checkMcpToolListed);
  },
  disableCustomTool: async (_parent, { id }, ctx) => {
    requireRole(ctx, 'ADMIN');
    return disableCustomTool(ctx.db, id);
  },
};
