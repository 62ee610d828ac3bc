import { appError, ErrorCode, forbidden, requireScope } from '@aula/runtime';
import { managedClass, MONITORING_READ } from '../access';
import { classActivityStream } from '../activity';
import { careOfferedStream, type CareOfferModel } from '../care';
import { helpLocaleOf } from '../help-resources';
import { flagRaisedStream } from '../flag-inbox';
import type { SubscriptionResolvers } from '../generated/graphql';
import type { ClassActivityModel, FlagModel } from '../mappers';

/** A class's live activity and the live flags inbox. */
export const Subscription: SubscriptionResolvers = {
  careOffered: {
    subscribe: (_p, { sessionId, locale }, ctx) => {
      // Filtered on the signed-in person's own flags: nobody else's care ever reaches them.
      const person = requireScope(ctx, MONITORING_READ);
      return careOfferedStream({
        db: ctx.db,
        bus: ctx.bus,
        logger: ctx.logger,
        studentId: person.userId,
        sessionId,
        locale: helpLocaleOf(locale),
      });
    },
    resolve: (offer: CareOfferModel) => offer,
  },
  classActivity: {
    subscribe: async (_p, { classId }, ctx) => {
      const person = requireScope(ctx, MONITORING_READ);
      if (person.role === 'STUDENT')
        throw forbidden('Only the supervisors of this class and admins may watch it.');
      const watched = await managedClass(ctx, person, classId);
      if (watched.archivedAt)
        throw appError(ErrorCode.CONFLICT, 'This class is archived; it has no live activity.');
      return classActivityStream({
        db: ctx.db,
        bus: ctx.bus,
        logger: ctx.logger,
        classId,
        viewerId: person.userId,
        viewerIsAdmin: person.role === 'ADMIN',
      });
    },
    resolve: (event: ClassActivityModel) => event,
  },
  flagRaised: {
    subscribe: async (_p, { classId, minSeverity }, ctx) => {
      const person = requireScope(ctx, MONITORING_READ);
      if (person.role === 'STUDENT')
        throw forbidden('Only supervisors and admins have a flags inbox.');
      if (classId) await managedClass(ctx, person, classId);
      return flagRaisedStream({
        db: ctx.db,
        bus: ctx.bus,
        logger: ctx.logger,
        viewerId: person.userId,
        viewerIsAdmin: person.role === 'ADMIN',
        classId,
        minSeverity,
      });
    },
    resolve: (flag: FlagModel) => flag,
  },
};
