import { appError, ErrorCode, forbidden, type EventBus, type Logger } from '@aula/runtime';
import { classActivityStream } from '../activity';
import type { Resolvers } from '../generated/graphql';
import type { ClassActivityModel } from '../mappers';
import { managedClass, reader } from './access';

/** The `classActivity` subscription and its event type. */
export function activityResolvers(deps: { bus: EventBus; logger: Logger }): Resolvers {
  return {
    Subscription: {
      classActivity: {
        subscribe: async (_p, { classId }, ctx) => {
          const person = reader(ctx);
          if (person.role === 'STUDENT')
            throw forbidden('Only the supervisors of this class and admins may watch it.');
          const watched = await managedClass(ctx, person, classId);
          if (watched.archivedAt)
            throw appError(ErrorCode.CONFLICT, 'This class is archived; it has no live activity.');
          return classActivityStream({
            db: ctx.db,
            bus: deps.bus,
            logger: deps.logger,
            classId,
            viewerId: person.userId,
            viewerIsAdmin: person.role === 'ADMIN',
          });
        },
        resolve: (event: ClassActivityModel) => event,
      },
    },
    ClassActivityEvent: {
      student: (event) => ({ id: event.studentId }),
    },
  };
}
