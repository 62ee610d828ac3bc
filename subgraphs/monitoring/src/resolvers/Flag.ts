import type { FlagResolvers } from '../generated/graphql';

/** A safety flag over its row. */
export const Flag: FlagResolvers = {
  student: (f) => ({ id: f.studentId }),
  resolvedBy: (f) => (f.resolvedBy ? { id: f.resolvedBy } : null),
};
