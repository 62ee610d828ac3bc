import type { BaseContext, Db, EventBus } from '@aula/runtime';
import type { ChatGateway } from './interventions';
import type { PeopleDirectory } from './people';

/** What monitoring's resolvers receive. */
export interface MonitoringContext extends BaseContext {
  readonly db: Db;
  readonly bus: EventBus;
  /** Roles of people, from auth. */
  readonly people: PeopleDirectory;
  /** Session owners and teacher notes, from chat. */
  readonly chat: ChatGateway;
  /** Days a deleted conversation stays held after its last flag (MONITORING_FLAGGED_CONVERSATION_RETENTION_DAYS). */
  readonly flaggedRetentionDays: number;
  /** Minutes before an unacknowledged HIGH flag is escalated to admins (MONITORING_SAFETY_ESCALATION_MINUTES). */
  readonly escalationMinutes: number;
}
