import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { Class } from './Class';
import { CaughtEmail } from './CaughtEmail';
import { ClassActivityEvent } from './ClassActivityEvent';
import { ClassInvitation } from './ClassInvitation';
import { ClassMemberConnection } from './ClassMemberConnection';
import { ConversationAccess } from './ConversationAccess';
import { Flag } from './Flag';
import { MessageComment } from './MessageComment';
import { Mutation } from './Mutation';
import { NotificationSettings } from './NotificationSettings';
import { Query } from './Query';
import { RosterEntry } from './RosterEntry';
import { Subscription } from './Subscription';
import { SupervisionRelationship } from './SupervisionRelationship';
import { SupervisorNote } from './SupervisorNote';
import { User } from './User';
import { WebhookDelivery } from './WebhookDelivery';
import { WebhookEndpoint } from './WebhookEndpoint';

/** The monitoring subgraph's resolvers: one module per GraphQL type, named after it. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subscription,
  User,
  Class,
  ClassMemberConnection,
  ClassInvitation,
  RosterEntry,
  SupervisionRelationship,
  Flag,
  ClassActivityEvent,
  ConversationAccess,
  SupervisorNote,
  MessageComment,
  CaughtEmail,
  NotificationSettings,
  WebhookEndpoint,
  WebhookDelivery,
};
