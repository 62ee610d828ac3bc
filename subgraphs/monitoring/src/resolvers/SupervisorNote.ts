import type { SupervisorNoteResolvers } from '../generated/graphql';

/** A teacher's note in a student's conversation. */
export const SupervisorNote: SupervisorNoteResolvers = {
  student: (note) => ({ id: note.studentId }),
  supervisor: (note) => ({ id: note.supervisorId }),
};
