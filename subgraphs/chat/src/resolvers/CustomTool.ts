import { creditAmount, type AuthContext } from '@aula/runtime';
import type { CustomToolResolvers } from '../generated/graphql';

const isAdmin = (ctx: AuthContext) =>
  (ctx.principal?.kind === 'user' || ctx.principal?.kind === 'apiKey') &&
  ctx.principal.role === 'ADMIN';

/**
 * A registered tool (`CustomToolRow`). Where it lives is for admins only; the authorization
 * header is never returned, only whether there is one.
 */
export const CustomTool: CustomToolResolvers = {
  serverUrl: (tool, _args, ctx) => (isAdmin(ctx) ? tool.mcpUrl : null),
  mcpToolName: (tool, _args, ctx) => (isAdmin(ctx) ? tool.mcpToolName : null),
  hasAuthHeader: (tool) => tool.mcpAuthHeader !== null,
  functionName: (tool, _args, ctx) => (isAdmin(ctx) ? tool.lambdaFunction : null),
  region: (tool, _args, ctx) => (isAdmin(ctx) ? tool.lambdaRegion : null),
  endpoint: (tool, _args, ctx) => (isAdmin(ctx) ? tool.lambdaEndpoint : null),
  inputSchema: (tool) => JSON.stringify(tool.inputSchema),
  cost: (tool) => creditAmount(BigInt(tool.costMicro)),
  disabled: (tool) => tool.disabledAt !== null,
};
