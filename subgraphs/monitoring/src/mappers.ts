import type { Connection } from '@aula/runtime';
import type {
  classes,
  conversationAccess,
  flags,
  messageComments,
  supervisorNotes,
} from './db/schema';

/** A `User` entity reference: monitoring knows people only by id; auth resolves the rest. */
export interface UserRef {
  readonly id: string;
}

/** A row of `monitoring.classes`, as `Class` resolvers receive it. */
export type ClassModel = typeof classes.$inferSelect;

/** A page of a class's current students or supervisors; `totalCount` counts them when asked. */
export interface ClassMemberPage extends Connection<UserRef> {
  readonly classId: string;
  readonly role: 'STUDENT' | 'SUPERVISOR';
}

/** One student of a class with what the roster shows from monitoring itself. */
export interface RosterEntryModel {
  readonly studentId: string;
  readonly enrolledAt: Date;
  /** When the viewer's window on this student in this class opened. */
  readonly visibleFrom: Date;
  /** When it closed (the class's archiving); null while active. */
  readonly visibleUntil: Date | null;
  readonly openFlagCount: number;
}

/** A supervisor–student relationship derived from class links. */
export interface RelationshipModel {
  readonly supervisorId: string;
  readonly studentId: string;
  readonly active: boolean;
  readonly since: Date;
  readonly endedAt: Date | null;
  /** The active classes linking them (empty once ended). */
  readonly classIds: readonly string[];
}

/** A row of `monitoring.flags`. */
export type FlagModel = typeof flags.$inferSelect;

/** What `ClassActivityEvent` resolvers receive. */
export interface ClassActivityModel {
  readonly kind:
    | 'STUDENT_MESSAGE'
    | 'ANSWER_STARTED'
    | 'ANSWER_FINISHED'
    | 'ANSWER_STOPPED'
    | 'ANSWER_FAILED'
    | 'FLAG_RAISED'
    | 'FLAG_RESOLVED';
  readonly classId: string;
  readonly studentId: string;
  readonly sessionId: string;
  readonly messageId: string;
  readonly chatbotId: string | null;
  readonly flag: FlagModel | null;
  readonly at: Date;
}

/** A row of `monitoring.conversation_access`. */
export type ConversationAccessModel = typeof conversationAccess.$inferSelect;

/** A row of `monitoring.class_invitations`. */
export type { InvitationRow as ClassInvitationModel } from './invitations';

/** A row of `monitoring.supervisor_notes`. */
export type SupervisorNoteModel = typeof supervisorNotes.$inferSelect;

/** A row of `monitoring.message_comments`. */
export type MessageCommentModel = typeof messageComments.$inferSelect;

/** A person's alert choices; `escalationMinutes` comes from the platform's configuration. */
export interface NotificationSettingsModel {
  readonly emailAlerts: boolean;
  readonly minSeverity: 'LOW' | 'MEDIUM' | 'HIGH';
}
