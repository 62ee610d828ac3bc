import type { RosterEntryResolvers } from '../generated/graphql';

/** One student of a class roster. */
export const RosterEntry: RosterEntryResolvers = {
  student: (entry) => ({ id: entry.studentId }),
};
