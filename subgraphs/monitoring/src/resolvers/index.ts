import { DateTimeScalar, type EventBus, type Logger } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { activityResolvers } from './activity';
import { alertResolvers } from './alerts';
import { classResolvers } from './classes';
import { flagResolvers } from './flags';
import { historyResolvers } from './history';
import { interventionResolvers } from './interventions';
import { inviteResolvers } from './invite';
import { retentionResolvers } from './retention';
import { tieResolvers } from './ties';

/** All of monitoring's resolvers, merged per type. */
export function createResolvers(deps: { bus: EventBus; logger: Logger }): Resolvers {
  const parts: Resolvers[] = [
    classResolvers,
    flagResolvers,
    historyResolvers,
    inviteResolvers,
    interventionResolvers,
    tieResolvers,
    retentionResolvers,
    activityResolvers(deps),
    alertResolvers(deps),
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part))
      merged[type] = { ...merged[type], ...(fields as object) };
  }
  return { ...merged, DateTime: DateTimeScalar } as Resolvers;
}
