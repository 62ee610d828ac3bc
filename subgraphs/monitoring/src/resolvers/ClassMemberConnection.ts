import { memberCount } from '../class-pages';
import type { ClassMemberConnectionResolvers } from '../generated/graphql';

/** A page of a class's students or supervisors; the count is read only when asked for. */
export const ClassMemberConnection: ClassMemberConnectionResolvers = {
  totalCount: (page, _a, ctx) => memberCount(ctx.db, page.classId, page.role),
};
