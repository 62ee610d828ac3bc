import { reader, watchesStudent } from '../access';
import * as classes from '../classes';
import type { SupervisionRelationshipResolvers } from '../generated/graphql';
import type { ClassModel } from '../mappers';

/** A supervisor–student tie derived from shared classes. */
export const SupervisionRelationship: SupervisionRelationshipResolvers = {
  supervisor: (r) => ({ id: r.supervisorId }),
  student: (r) => ({ id: r.studentId }),
  status: (r) => (r.active ? 'ACTIVE' : 'ENDED'),
  classes: async (r, _a, ctx) => {
    const person = reader(ctx);
    const found = await Promise.all(r.classIds.map((id) => classes.findClass(ctx.db, id)));
    // Students see which classes link them; details beyond the class itself stay guarded.
    if (person.role !== 'STUDENT' && !(await watchesStudent(ctx, person, r.studentId))) return [];
    return found.filter((c): c is ClassModel => c !== null);
  },
};
