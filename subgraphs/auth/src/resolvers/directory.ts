import { requireService } from '@aula/runtime';
import type { QueryResolvers } from '../generated/graphql';
import { findUserByEmail } from '../users';

/** Service-only lookups of people for other subgraphs. */
export const directoryQueries: QueryResolvers = {
  userIdByEmail: async (_parent, { email }, ctx) => {
    requireService(ctx, 'monitoring');
    const user = email.includes('@') ? await findUserByEmail(ctx.db, email) : null;
    return user && user.status === 'ACTIVE' ? user.id : null;
  },
};
