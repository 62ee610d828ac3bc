import {
  connectionFromList,
  emptyConnection,
  pageSize,
  requireScope,
  relationTo,
} from '@aula/runtime';
import { MONITORING_READ, supervisionIn } from '../access';
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
    const person = requireScope(ctx, MONITORING_READ);
    pageSize(args.first); // refused alike whether the answer below is empty or not
    // Students see which classes link them; details beyond the class itself stay guarded.
    if (person.role !== 'STUDENT' && !(await relationTo(person, r.studentId, supervisionIn(ctx))))
      return emptyConnection();
    const found = await Promise.all(r.classIds.map((id) => classes.findClass(ctx.db, id)));
    return connectionFromList(
      found.filter((c): c is ClassModel => c !== null),
      args,
      (c) => ({ key: c.createdAt, id: c.id }),
    );
  },
};
