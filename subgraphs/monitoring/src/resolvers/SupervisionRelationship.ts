import { connectionFromList, emptyConnection, pageSize } from '@aula/runtime';
import { reader, watchesStudent } from '../access';
import * as classes from '../classes';
import type { SupervisionRelationshipResolvers } from '../generated/graphql';
import type { ClassModel } from '../mappers';

/** A supervisor–student tie derived from shared classes. */
export const SupervisionRelationship: SupervisionRelationshipResolvers = {
  supervisor: (r) => ({ id: r.supervisorId }),
  student: (r) => ({ id: r.studentId }),
  status: (r) => (r.active ? 'ACTIVE' : 'ENDED'),
  // A pair shares a handful of classes at most: loaded whole, then paged.
  classes: async (r, args, ctx) => {
    const person = reader(ctx);
    pageSize(args.first); // refused alike whether the answer below is empty or not
    // Students see which classes link them; details beyond the class itself stay guarded.
    if (person.role !== 'STUDENT' && !(await watchesStudent(ctx, person, r.studentId)))
      return emptyConnection();
    const found = await Promise.all(r.classIds.map((id) => classes.findClass(ctx.db, id)));
    return connectionFromList(
      found.filter((c): c is ClassModel => c !== null),
      args,
      (c) => ({ key: c.createdAt, id: c.id }),
    );
  },
};
