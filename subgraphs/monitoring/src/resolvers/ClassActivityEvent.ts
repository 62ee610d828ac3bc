import type { ClassActivityEventResolvers } from '../generated/graphql';

/** One event of a class's live activity. */
export const ClassActivityEvent: ClassActivityEventResolvers = {
  student: (event) => ({ id: event.studentId }),
};
