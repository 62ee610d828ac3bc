import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UserRef, ClassModel, ClassMemberPage, RosterEntryModel, RelationshipModel, FlagModel, ClassActivityModel, ConversationAccessModel, SupervisorNoteModel, MessageCommentModel, ClassInvitationModel, NotificationSettingsModel } from '../mappers';
import { CaughtEmailRow } from '../notifications';
import { WebhookEndpointRow } from '../webhooks/endpoints';
import { WebhookDeliveryRow, WebhookAttemptRow } from '../webhooks/outbox';
import { MonitoringContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC (for example 2026-11-29T13:51:00.000Z). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Help offered to a student after one of their messages raised a SELF_HARM flag: a trusted adult has been told. */
export type CareOffer = {
  __typename?: 'CareOffer';
  /** The student's message that raised the flag. */
  messageId: Scalars['ID']['output'];
  /** When the flag was raised. */
  offeredAt: Scalars['DateTime']['output'];
  /** The help resources the school configured, in the language asked for. */
  resources: HelpResources;
  /** The conversation it is in. */
  sessionId: Scalars['ID']['output'];
};

/** One page of the help offered in a conversation, newest first. */
export type CareOfferConnection = {
  __typename?: 'CareOfferConnection';
  /** The offers on this page with their cursors. */
  edges: Array<CareOfferEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An offer of help with its cursor. */
export type CareOfferEdge = {
  __typename?: 'CareOfferEdge';
  /** Pass as `after` to continue after this offer. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: CareOffer;
};

/** An e-mail caught by the built-in SMTP catcher (the embedded default, when no MONITORING_SMTP_URL is set). */
export type CaughtEmail = {
  __typename?: 'CaughtEmail';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** When the catcher received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** Its subject line. */
  subject: Scalars['String']['output'];
  /** Its plain-text body. */
  text: Scalars['String']['output'];
  /** Who it was addressed to: at most 50 (Aula sends an alert to more people as several e-mails, and the catcher refuses a 51st recipient). */
  to: Array<Scalars['String']['output']>;
};

/** One page of caught e-mails, newest first. */
export type CaughtEmailConnection = {
  __typename?: 'CaughtEmailConnection';
  /** The e-mails on this page. */
  edges: Array<CaughtEmailEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One caught e-mail in a page. */
export type CaughtEmailEdge = {
  __typename?: 'CaughtEmailEdge';
  /** Pass as `after` to continue after this e-mail. */
  cursor: Scalars['String']['output'];
  /** The e-mail. */
  node: CaughtEmail;
};

/**
 * A group of students watched over by one or more supervisors (teachers).
 *
 * How supervision works (the rule every field of monitoring and chat holds):
 *
 * - A supervisor's reach comes from a **tie**: an active class they are assigned to that the
 *   student is enrolled in. Students join a class only through an administrator (directly,
 *   or by importing a CSV roster) or by their own act: entering the class's join code
 *   (`joinClass`) or accepting an invitation (`respondToClassInvitation`). A supervisor who
 *   enrols students or assigns a co-teacher invites them; nobody joins until they accept.
 * - A tie opens the student's conversations, messages, flags and comments from while it has
 *   existed: since the later of the student's enrolment and the supervisor's assignment,
 *   taking the earliest such start over the classes that link them now. Nothing earlier.
 * - Unenrolment, unassignment and archiving end the tie at once: open streams end and the
 *   next read is refused.
 * - Every read of a student's message content by someone else is recorded once per viewer,
 *   conversation and minute; the student (`whoViewedMyConversations`) and admins
 *   (`conversationAccessLog`) see who read what, when and through which operation.
 */
export type Class = {
  __typename?: 'Class';
  /** Whether the class has been archived: an archived class no longer links supervisors to students. */
  archived: Scalars['Boolean']['output'];
  /** When the class was archived; null while it is active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the class was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Extra words or phrases that raise a flag when they appear in this class's conversations (at most 200: a setting, so a plain list). Readable by the class's supervisors and admins. */
  flagKeywords: Array<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The code students enter (`joinClass`) to join by themselves; null while joining by code is disabled. Readable by the class's supervisors and admins. */
  joinCode: Maybe<Scalars['String']['output']>;
  /** What the class is called, such as "7B Biology". */
  name: Scalars['String']['output'];
  /** Unresolved flags raised on the conversations of this class's students. Readable by the class's supervisors and admins. */
  openFlagCount: Scalars['Int']['output'];
  /** Invitations to this class still waiting for an answer, oldest first. Readable by the class's supervisors and admins. */
  pendingInvitations: ClassInvitationConnection;
  /** The students currently enrolled, in the order they joined. Readable by the class's supervisors and admins. */
  students: ClassMemberConnection;
  /** The supervisors currently assigned, in the order they joined. Readable by the class's supervisors and admins. */
  supervisors: ClassMemberConnection;
  /** The school term or year it belongs to, such as "2026 autumn"; null when not given. */
  term: Maybe<Scalars['String']['output']>;
};


/**
 * A group of students watched over by one or more supervisors (teachers).
 *
 * How supervision works (the rule every field of monitoring and chat holds):
 *
 * - A supervisor's reach comes from a **tie**: an active class they are assigned to that the
 *   student is enrolled in. Students join a class only through an administrator (directly,
 *   or by importing a CSV roster) or by their own act: entering the class's join code
 *   (`joinClass`) or accepting an invitation (`respondToClassInvitation`). A supervisor who
 *   enrols students or assigns a co-teacher invites them; nobody joins until they accept.
 * - A tie opens the student's conversations, messages, flags and comments from while it has
 *   existed: since the later of the student's enrolment and the supervisor's assignment,
 *   taking the earliest such start over the classes that link them now. Nothing earlier.
 * - Unenrolment, unassignment and archiving end the tie at once: open streams end and the
 *   next read is refused.
 * - Every read of a student's message content by someone else is recorded once per viewer,
 *   conversation and minute; the student (`whoViewedMyConversations`) and admins
 *   (`conversationAccessLog`) see who read what, when and through which operation.
 */
export type ClassPendingInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A group of students watched over by one or more supervisors (teachers).
 *
 * How supervision works (the rule every field of monitoring and chat holds):
 *
 * - A supervisor's reach comes from a **tie**: an active class they are assigned to that the
 *   student is enrolled in. Students join a class only through an administrator (directly,
 *   or by importing a CSV roster) or by their own act: entering the class's join code
 *   (`joinClass`) or accepting an invitation (`respondToClassInvitation`). A supervisor who
 *   enrols students or assigns a co-teacher invites them; nobody joins until they accept.
 * - A tie opens the student's conversations, messages, flags and comments from while it has
 *   existed: since the later of the student's enrolment and the supervisor's assignment,
 *   taking the earliest such start over the classes that link them now. Nothing earlier.
 * - Unenrolment, unassignment and archiving end the tie at once: open streams end and the
 *   next read is refused.
 * - Every read of a student's message content by someone else is recorded once per viewer,
 *   conversation and minute; the student (`whoViewedMyConversations`) and admins
 *   (`conversationAccessLog`) see who read what, when and through which operation.
 */
export type ClassStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A group of students watched over by one or more supervisors (teachers).
 *
 * How supervision works (the rule every field of monitoring and chat holds):
 *
 * - A supervisor's reach comes from a **tie**: an active class they are assigned to that the
 *   student is enrolled in. Students join a class only through an administrator (directly,
 *   or by importing a CSV roster) or by their own act: entering the class's join code
 *   (`joinClass`) or accepting an invitation (`respondToClassInvitation`). A supervisor who
 *   enrols students or assigns a co-teacher invites them; nobody joins until they accept.
 * - A tie opens the student's conversations, messages, flags and comments from while it has
 *   existed: since the later of the student's enrolment and the supervisor's assignment,
 *   taking the earliest such start over the classes that link them now. Nothing earlier.
 * - Unenrolment, unassignment and archiving end the tie at once: open streams end and the
 *   next read is refused.
 * - Every read of a student's message content by someone else is recorded once per viewer,
 *   conversation and minute; the student (`whoViewedMyConversations`) and admins
 *   (`conversationAccessLog`) see who read what, when and through which operation.
 */
export type ClassSupervisorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of a class's past activity, newest first. */
export type ClassActivityConnection = {
  __typename?: 'ClassActivityConnection';
  /** The events on this page. */
  edges: Array<ClassActivityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One past class activity event in a page. */
export type ClassActivityEdge = {
  __typename?: 'ClassActivityEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: ClassActivityEvent;
};

/** Something that happened in a class, as it happens. */
export type ClassActivityEvent = {
  __typename?: 'ClassActivityEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The chatbot of the conversation; null when chat did not say. */
  chatbotId: Maybe<Scalars['ID']['output']>;
  /** The class being watched. */
  classId: Scalars['ID']['output'];
  /** The flag, for FLAG_RAISED and FLAG_RESOLVED. */
  flag: Maybe<Flag>;
  /** What happened. */
  kind: ClassActivityKind;
  /** The message concerned. */
  messageId: Scalars['ID']['output'];
  /** The chat session it happened in; watch it live with `chatStream`. */
  sessionId: Scalars['ID']['output'];
  /** The student it concerns. */
  student: User;
};

/** What a class activity event reports. */
export type ClassActivityKind =
  /** An answer failed. */
  | 'ANSWER_FAILED'
  /** A chatbot finished its answer. */
  | 'ANSWER_FINISHED'
  /** A chatbot started answering a student. */
  | 'ANSWER_STARTED'
  /** An answer was stopped before it finished (by the student, a supervisor or a safety rule). */
  | 'ANSWER_STOPPED'
  /** A safety flag was raised. */
  | 'FLAG_RAISED'
  /** A supervisor acknowledged or dismissed a flag. */
  | 'FLAG_RESOLVED'
  /** A student sent a message. */
  | 'STUDENT_MESSAGE';

/** A page of classes. */
export type ClassConnection = {
  __typename?: 'ClassConnection';
  /** The classes on this page with their cursors. */
  edges: Array<ClassEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A class with its cursor. */
export type ClassEdge = {
  __typename?: 'ClassEdge';
  /** Pass as `after` to continue after this class. */
  cursor: Scalars['String']['output'];
  /** The class. */
  node: Class;
};

/** An invitation to join a class. The invited person joins only by accepting it. */
export type ClassInvitation = {
  __typename?: 'ClassInvitation';
  /** The class. */
  class: Class;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The supervisor who invited them. */
  invitedBy: User;
  /** The person invited. */
  invitee: User;
  /** When it was answered, withdrawn or overtaken; null while pending. */
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  /** What they are invited to become. */
  role: ClassInvitationRole;
  /** Where it stands. */
  status: ClassInvitationStatus;
};

/** A page of class invitations. */
export type ClassInvitationConnection = {
  __typename?: 'ClassInvitationConnection';
  /** The invitations on this page with their cursors. */
  edges: Array<ClassInvitationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An invitation with its cursor. */
export type ClassInvitationEdge = {
  __typename?: 'ClassInvitationEdge';
  /** Pass as `after` to continue after this invitation. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: ClassInvitation;
};

/** What an invitation asks someone to become in a class. */
export type ClassInvitationRole =
  /** A student of the class. */
  | 'STUDENT'
  /** A co-teacher (supervisor) of the class. */
  | 'SUPERVISOR';

/** Where an invitation stands. */
export type ClassInvitationStatus =
  /** Accepted: the person joined the class. */
  | 'ACCEPTED'
  /** Declined by the invited person. */
  | 'DECLINED'
  /** Waiting for the invited person's answer. */
  | 'PENDING'
  /** Withdrawn, or overtaken: the class was archived or the person joined another way. */
  | 'REVOKED';

/** A page of a class's current students or supervisors, in the order they joined. */
export type ClassMemberConnection = {
  __typename?: 'ClassMemberConnection';
  /** The people on this page with their cursors. */
  edges: Array<ClassMemberEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many students (or supervisors) the class has now, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A student or supervisor of a class with their cursor. */
export type ClassMemberEdge = {
  __typename?: 'ClassMemberEdge';
  /** Pass as `after` to continue after this person. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: User;
};

/** A private comment on one message of a student's conversation. */
export type CommentOnMessageInput = {
  /** The comment (1 to 2000 characters). */
  content: Scalars['String']['input'];
  /** The message commented on. */
  messageId: Scalars['ID']['input'];
  /** The session the message belongs to. */
  sessionId: Scalars['ID']['input'];
};

/** One audit entry: someone looked at a student's conversation. */
export type ConversationAccess = {
  __typename?: 'ConversationAccess';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How they looked at it. */
  kind: ConversationAccessKind;
  /** The operation that reached the conversation, such as `query classRoster` (as the gateway named it; empty for entries from before operations were recorded). */
  operation: Scalars['String']['output'];
  /** The chat session looked at. */
  sessionId: Scalars['ID']['output'];
  /** Whose conversation it was. */
  student: User;
  /** Who looked. */
  viewer: User;
};

/** One page of audit entries, newest first. */
export type ConversationAccessConnection = {
  __typename?: 'ConversationAccessConnection';
  /** The entries on this page. */
  edges: Array<ConversationAccessEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One audit entry in a page. */
export type ConversationAccessEdge = {
  __typename?: 'ConversationAccessEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ConversationAccess;
};

/** Narrows the audit log; every field is optional and they combine with AND. */
export type ConversationAccessFilter = {
  /** Only entries about this session. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries about this student's conversations. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries by this viewer. */
  viewerId?: InputMaybe<Scalars['ID']['input']>;
};

/** What chat reports when a supervisor or admin opens or watches a student's conversation. */
export type ConversationAccessInput = {
  /** How they looked at it. */
  kind: ConversationAccessKind;
  /** The operation that reached the content, such as `query classRoster`. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** The session looked at. */
  sessionId: Scalars['ID']['input'];
  /** Whose conversation it is. */
  studentId: Scalars['ID']['input'];
  /** Who looked. */
  viewerId: Scalars['ID']['input'];
};

/** How a supervisor or admin looked at a student's conversation. */
export type ConversationAccessKind =
  /** Opened the conversation or read its messages, by any path of the graph. */
  | 'OPENED'
  /** Watched an answer live on the conversation's stream. */
  | 'WATCHED'
  /** Wrote in the conversation on the student's behalf, through an API key with CHAT_WRITE. */
  | 'WROTE';

/** Whether a conversation the student deleted must be kept for their supervisors (service only). */
export type ConversationHold = {
  __typename?: 'ConversationHold';
  /** True while a flag on it is open, or was raised or resolved within the retention period. */
  held: Scalars['Boolean']['output'];
  /** When the hold ends if nothing changes; null while a flag is open (or when not held). */
  until: Maybe<Scalars['DateTime']['output']>;
};

/** What a new class needs. */
export type CreateClassInput = {
  /** Extra flag keywords for this class. */
  flagKeywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the class is called (1 to 120 characters). */
  name: Scalars['String']['input'];
  /** Students to enrol. An admin enrols them at once; a supervisor invites them (they join by accepting). */
  studentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Supervisors to assign. A supervisor creating a class is always assigned to it; other supervisors they name are invited (they join by accepting). */
  supervisorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The school term or year, such as "2026 autumn" (up to 60 characters). */
  term?: InputMaybe<Scalars['String']['input']>;
};

/** Input for createWebhookEndpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for (up to 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events to send it (at least one; TEST is always allowed). */
  events: Array<WebhookEvent>;
  /** An absolute http:// or https:// URL without credentials, where deliveries are POSTed. */
  url: Scalars['String']['input'];
};

/** A newly registered endpoint and its signing secret, shown only this once. */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /**
   * The HMAC-SHA256 key (`whsec_…`) every delivery to it is signed with; store it now, it is never
   * shown again.
   */
  secret: Scalars['String']['output'];
};

/** A safety concern found in a student's conversation by the rules. */
export type Flag = {
  __typename?: 'Flag';
  /** The kind of concern. */
  category: FlagCategory;
  /** The chatbot of the conversation; null when chat did not say. */
  chatbotId: Maybe<Scalars['ID']['output']>;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** When a HIGH flag nobody acknowledged in time was escalated to the administrators; null otherwise. */
  escalatedAt: Maybe<Scalars['DateTime']['output']>;
  /** The words around the match, so a supervisor can judge it without opening the conversation. */
  excerpt: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /**
   * Which safety layers judged the text and how each went, as `layer:outcome`: layers `local`
   * (the built-in detector), `chatbot` (the chatbot's blocked topics and keywords), `guardrail`
   * (AWS Bedrock Guardrails) and `judge` (the model judge); outcomes `ran`, `failed`, `timed-out`
   * and `skipped`; each layer at most once, so at most four entries. A `guardrail:failed` says the
   * flag rests on the other layers alone.
   */
  layers: Array<Scalars['String']['output']>;
  /** The message that raised it. */
  messageId: Scalars['ID']['output'];
  /** The note left when it was resolved. */
  note: Maybe<Scalars['String']['output']>;
  /** When it was resolved; null while open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who resolved it; null while open. */
  resolvedBy: Maybe<User>;
  /** The rule that matched: a built-in rule's name or the keyword. */
  rule: Scalars['String']['output'];
  /** The chat session the message belongs to. */
  sessionId: Scalars['ID']['output'];
  /** How urgent it is. */
  severity: FlagSeverity;
  /** Whether it was found in the student's message or the chatbot's answer. */
  source: FlagSource;
  /** Where the flag stands. */
  status: FlagStatus;
  /** Whether the answer was stopped because of this flag. */
  stoppedAnswer: Scalars['Boolean']['output'];
  /** The student whose conversation it is. */
  student: User;
};

/** The kind of concern a safety flag reports. */
export type FlagCategory =
  /** Bullying, insults or harassment. */
  | 'BULLYING'
  /** A keyword a supervisor set for the class or a teacher set for the chatbot. */
  | 'KEYWORD'
  /** Personal data such as phone numbers, email addresses or street addresses. */
  | 'PERSONAL_DATA'
  /** Self-harm or suicide. */
  | 'SELF_HARM'
  /** Sexual content. */
  | 'SEXUAL'
  /** Violence, weapons or threats. */
  | 'VIOLENCE';

/** One page of flags, newest first. */
export type FlagConnection = {
  __typename?: 'FlagConnection';
  /** The flags on this page. */
  edges: Array<FlagEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One flag in a page. */
export type FlagEdge = {
  __typename?: 'FlagEdge';
  /** Pass as `after` to continue after this flag. */
  cursor: Scalars['String']['output'];
  /** The flag. */
  node: Flag;
};

/** Narrows the flags inbox; every field is optional and they combine with AND. */
export type FlagFilter = {
  /** Only flags of this category. */
  category?: InputMaybe<FlagCategory>;
  /** Only flags on students of this class. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Only flags of this severity. */
  severity?: InputMaybe<FlagSeverity>;
  /** Only flags raised at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only flags in this state. */
  status?: InputMaybe<FlagStatus>;
  /** Only flags on this student. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

/** How a supervisor resolves a flag. */
export type FlagResolution =
  /** Seen and being dealt with. */
  | 'ACKNOWLEDGED'
  /** Not a concern. */
  | 'DISMISSED';

/** How urgently a flag needs attention. */
export type FlagSeverity =
  /** Needs attention now; may stop the answer at once. */
  | 'HIGH'
  /** Worth a look when convenient. */
  | 'LOW'
  /** Should be looked at soon. */
  | 'MEDIUM';

/** Where in the conversation the concern was found. */
export type FlagSource =
  /** In the chatbot's answer, while it streamed. */
  | 'ANSWER'
  /** In what the student wrote. */
  | 'STUDENT_MESSAGE';

/** Where a flag stands. */
export type FlagStatus =
  /** A supervisor has seen it and is dealing with it. */
  | 'ACKNOWLEDGED'
  /** A supervisor decided it was not a concern. */
  | 'DISMISSED'
  /** Nobody has looked at it yet. */
  | 'OPEN';

/** One place a student can turn to for help: a helpline, the school counsellor, a website. */
export type HelpResource = {
  __typename?: 'HelpResource';
  /** How to reach it: a phone or text number, a web address, a room. */
  contact: Scalars['String']['output'];
  /** When or for whom it is there; null when nothing needs saying. */
  description: Maybe<Scalars['String']['output']>;
  /** Who or what it is. */
  name: Scalars['String']['output'];
};

/** One help resource to show students. */
export type HelpResourceInput = {
  /** How to reach it (1 to 200 characters). */
  contact: Scalars['String']['input'];
  /** When or for whom it is there (at most 300 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Who or what it is (1 to 120 characters). */
  name: Scalars['String']['input'];
};

/**
 * What a student is shown in their conversation when one of their messages raises a SELF_HARM
 * flag, in one language: the school's own words and resources, or the built-in defaults.
 */
export type HelpResources = {
  __typename?: 'HelpResources';
  /** Whether an admin configured these for the school (false: the built-in defaults). */
  configured: Scalars['Boolean']['output'];
  /** The language: en, es or fr. */
  locale: Scalars['String']['output'];
  /** The words shown above the resources. */
  message: Scalars['String']['output'];
  /** Where to turn, in the order shown: 1 to 12. */
  resources: Array<HelpResource>;
  /** When an admin last changed them; null for the defaults. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The school's help resources in one language. */
export type HelpResourcesInput = {
  /** The language: en, es or fr. */
  locale: Scalars['String']['input'];
  /** The words shown above the resources (1 to 1000 characters). */
  message: Scalars['String']['input'];
  /** Where to turn, in the order shown (1 to 12). */
  resources: Array<HelpResourceInput>;
};

/** Service only: a course's roster as an LMS reports it. */
export type LmsRosterInput = {
  /** The class linked to the course; null creates one. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** The course's title, the new class's name. */
  className: Scalars['String']['input'];
  /** Whether these lists are the whole roster (anyone not listed leaves the class). */
  complete: Scalars['Boolean']['input'];
  /** Aula accounts of the course's learners. */
  studentIds: Array<Scalars['ID']['input']>;
  /** Aula accounts of the course's instructors. */
  supervisorIds: Array<Scalars['ID']['input']>;
};

/** A private comment a supervisor left on a message; students never see these. */
export type MessageComment = {
  __typename?: 'MessageComment';
  /** Who wrote the comment. */
  author: User;
  /** What the comment says. */
  content: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The message commented on. */
  messageId: Scalars['ID']['output'];
  /** The session of that message. */
  sessionId: Scalars['ID']['output'];
  /** The student whose conversation it is. */
  student: User;
};

/** A page of private comments on a message, oldest first. */
export type MessageCommentConnection = {
  __typename?: 'MessageCommentConnection';
  /** The comments on this page with their cursors. */
  edges: Array<MessageCommentEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A comment with its cursor. */
export type MessageCommentEdge = {
  __typename?: 'MessageCommentEdge';
  /** Pass as `after` to continue after this comment. */
  cursor: Scalars['String']['output'];
  /** The comment. */
  node: MessageComment;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Service only (auth's LTI integration): makes a class's roster what a registered LMS says its
   * course holds, creating the class when `classId` is null, and returns the class's id. The LMS
   * was registered by an administrator, so its roster creates ties as an administrator's roster
   * import does. `complete` (a roster sync) also ends the enrolments and supervision of everyone
   * not listed; otherwise people are only added (one person's launch).
   */
  applyLmsRoster: Scalars['ID']['output'];
  /** Archives a class: it stays readable but links nobody any more. The class's supervisors and admins. */
  archiveClass: Class;
  /** Assigns a supervisor to a class. The class's supervisors and admins: an admin assigns at once, a supervisor invites a co-teacher, who joins by accepting. */
  assignSupervisor: Class;
  /** Leaves a private comment on a message that the student never sees. The student's supervisors only. */
  commentOnMessage: MessageComment;
  /** Creates a class. Admins and supervisors; a supervisor is assigned to the class they create. */
  createClass: Class;
  /**
   * Registers a webhook endpoint: the events chosen are POSTed to it as JSON, signed in the
   * `Aula-Signature` header (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`) with the
   * secret returned here once, and retried with exponential backoff until it answers 2xx (admins only,
   * signed in).
   */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** Turns joining by code off until a new code is issued. The class's supervisors and admins. */
  disableJoinCode: Class;
  /** Stops sending to an endpoint; what is pending is not sent (admins only, signed in). */
  disableWebhookEndpoint: WebhookEndpoint;
  /**
   * Enrols students in a class; already enrolled students are left as they are. The class's
   * supervisors and admins. An admin enrols them at once; a supervisor invites them instead
   * (see `pendingInvitations`), and each joins only by accepting: a teacher never pulls a
   * student into their class.
   */
  enrollStudents: Class;
  /** Enrols the students listed in a CSV roster (a header row with an `id` column of user ids), all or none. Admins only. */
  importClassRoster: Class;
  /**
   * Invites someone to a class by their e-mail address: a co-teacher (SUPERVISOR, a supervisor or
   * admin account) or a student (STUDENT, a student account). They join only by accepting (see
   * `pendingInvitations`); someone already invited keeps their one pending invitation. The class's
   * supervisors and admins. NOT_FOUND when no active account has that address; CONFLICT when they
   * already belong to the class or it is archived.
   */
  inviteToClass: ClassInvitation;
  /** Joins the class whose join code this is. Students only; the code is case-insensitive. */
  joinClass: Class;
  /** Posts a teacher's note into a student's session; the student sees it live in the conversation. The student's supervisors only. */
  postSupervisorNote: SupervisorNote;
  /** Service only (chat): records that someone opened or watched a student's conversation. False when nothing was recorded because people looking at their own conversations are not audited. */
  recordConversationAccess: Scalars['Boolean']['output'];
  /** Removes a supervisor from a class. The class's supervisors and admins. */
  removeSupervisor: Class;
  /** Goes back to the built-in help resources for one language. Admins. */
  resetHelpResources: HelpResources;
  /** Acknowledges or dismisses an open flag with an optional note. The student's supervisors and admins. */
  resolveFlag: Flag;
  /** Accepts or declines one of your invitations to a class. Only the invited person. */
  respondToClassInvitation: ClassInvitation;
  /** Withdraws a pending invitation. The class's supervisors and admins. */
  revokeClassInvitation: ClassInvitation;
  /** Issues a new join code for a class; the previous code stops working at once. The class's supervisors and admins. */
  rotateJoinCode: Class;
  /** Queues a signed `webhook.test` delivery to an endpoint and returns it (admins only, signed in). */
  sendTestWebhook: WebhookDelivery;
  /** Replaces a class's flag keywords. The class's supervisors and admins. */
  setClassFlagKeywords: Class;
  /** Sets the help resources students are shown after a SELF_HARM flag, for one language. Admins. */
  setHelpResources: HelpResources;
  /** Removes students from a class, ending the supervision it gave. The class's supervisors and admins. */
  unenrollStudents: Class;
  /** Renames a class or changes its term. The class's supervisors and admins. */
  updateClass: Class;
  /** Changes how the signed-in supervisor or admin is alerted to new flags; unset fields stay as they are. */
  updateNotificationSettings: NotificationSettings;
};


export type MutationApplyLmsRosterArgs = {
  input: LmsRosterInput;
};


export type MutationArchiveClassArgs = {
  classId: Scalars['ID']['input'];
};


export type MutationAssignSupervisorArgs = {
  classId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCommentOnMessageArgs = {
  input: CommentOnMessageInput;
};


export type MutationCreateClassArgs = {
  input: CreateClassInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDisableJoinCodeArgs = {
  classId: Scalars['ID']['input'];
};


export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrollStudentsArgs = {
  classId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationImportClassRosterArgs = {
  classId: Scalars['ID']['input'];
  csv: Scalars['String']['input'];
};


export type MutationInviteToClassArgs = {
  classId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  role: ClassInvitationRole;
};


export type MutationJoinClassArgs = {
  code: Scalars['String']['input'];
};


export type MutationPostSupervisorNoteArgs = {
  content: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordConversationAccessArgs = {
  input: ConversationAccessInput;
};


export type MutationRemoveSupervisorArgs = {
  classId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationResetHelpResourcesArgs = {
  locale: Scalars['String']['input'];
};


export type MutationResolveFlagArgs = {
  flagId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  resolution: FlagResolution;
};


export type MutationRespondToClassInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  invitationId: Scalars['ID']['input'];
};


export type MutationRevokeClassInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationRotateJoinCodeArgs = {
  classId: Scalars['ID']['input'];
};


export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSetClassFlagKeywordsArgs = {
  classId: Scalars['ID']['input'];
  keywords: Array<Scalars['String']['input']>;
};


export type MutationSetHelpResourcesArgs = {
  input: HelpResourcesInput;
};


export type MutationUnenrollStudentsArgs = {
  classId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationUpdateClassArgs = {
  classId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateNotificationSettingsArgs = {
  emailAlerts?: InputMaybe<Scalars['Boolean']['input']>;
  minSeverity?: InputMaybe<FlagSeverity>;
};

/** How a supervisor wants to hear about new flags outside the app. */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** Whether new flags on their students are e-mailed to them. */
  emailAlerts: Scalars['Boolean']['output'];
  /** Minutes a HIGH flag may stay unacknowledged before the administrators are e-mailed about it (the platform's MONITORING_SAFETY_ESCALATION_MINUTES; the same for everyone). */
  escalationMinutes: Scalars['Float']['output'];
  /** The least severe flag that is e-mailed. */
  minSeverity: FlagSeverity;
};

/**
 * Where a page of a connection ends. Every list of this API that can grow is a Relay
 * connection, `XConnection { edges: [XEdge!]! pageInfo: PageInfo! }` with `XEdge { cursor
 * node }`, read forward with `first` (the page size) and `after` (the `endCursor` of the page
 * before). Cursors are opaque: pass them back unchanged. Money is always `CreditAmount`; every
 * error carries one `ErrorCode` in `extensions.code`.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page, to pass as `after`; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Whether items come before this page. Known when paging backwards (`last`/`before`, where a
   * list offers it); false when paging forwards.
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page, to pass as `before`; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The help offered to the signed-in student in one of their conversations, newest first: one
   * offer per SELF_HARM flag on their own messages, so a long conversation can hold many. The
   * student themself only; an empty page for anyone else.
   */
  careOffers: CareOfferConnection;
  /** E-mails the built-in SMTP catcher received, newest first. Admins only; empty when a real SMTP server is configured. */
  caughtEmails: CaughtEmailConnection;
  /** One class. Admins may read any; supervisors and students only their own. */
  class: Maybe<Class>;
  /**
   * What happened in a class before now, newest first: the same events `classActivity` streams
   * (messages, answers starting, finishing, stopped or failed, flags raised and resolved), kept
   * since monitoring first heard them. Only the class's current students; a supervisor sees each
   * student's events from when their tie to that student began, nothing earlier. The class's
   * supervisors and admins. Read the first page, then continue live with `classActivity`.
   */
  classActivityHistory: ClassActivityConnection;
  /** Service only: the active classes a student is enrolled in. */
  classIdsOfStudent: Array<Scalars['ID']['output']>;
  /** Service only: the active classes a person supervises. */
  classIdsOfSupervisor: Array<Scalars['ID']['output']>;
  /** The students of a class with what a supervisor watches, in enrolment order. The class's supervisors and admins only. */
  classRoster: RosterEntryConnection;
  /** Every class, newest first, for admins. */
  classes: ClassConnection;
  /** Who opened or watched students' conversations, newest first. Admins only. */
  conversationAccessLog: ConversationAccessConnection;
  /** Service only (chat): whether a conversation is held by a safety flag, and until when. */
  conversationHold: ConversationHold;
  /** One flag, for its student's supervisors and admins. */
  flag: Maybe<Flag>;
  /** The flags inbox: flags on the caller's students raised while the tie existed (admins: all), newest first. */
  flags: FlagConnection;
  /** The help resources students are shown after a SELF_HARM flag, in one language (en, es or fr; others read as en). Anyone signed in. */
  helpResources: HelpResources;
  /** Service only: whether a supervisor currently watches over a student through an active class. */
  isSupervisorOf: Scalars['Boolean']['output'];
  /** Private comments on a message, oldest first, for the supervisors of the message's own student (messages from while the tie existed) and admins; never for students. */
  messageComments: MessageCommentConnection;
  /** The signed-in person's pending invitations to classes, oldest first. */
  myClassInvitations: ClassInvitationConnection;
  /** The classes the signed-in person supervises (supervisors, admins) or is enrolled in (students), newest first. */
  myClasses: ClassConnection;
  /** How the signed-in supervisor or admin is alerted to new flags. */
  myNotificationSettings: NotificationSettings;
  /**
   * Unresolved flags in the caller's inbox: the number `flags(filter: { status: OPEN })` pages
   * through (a supervisor's students, flags raised while the tie existed; admins: all).
   * Supervisors and admins.
   */
  myOpenFlagCount: Scalars['Int']['output'];
  /** Service only: the students enrolled in a class right now; empty for an unknown or archived class. */
  studentIdsOfClass: Array<Scalars['ID']['output']>;
  /** Supervisor–student relationships, active and ended, the earliest begun first. Admins may read any; supervisors and students only their own. */
  supervisionRelationships: SupervisionRelationshipConnection;
  /** Service only: when the supervisor's current tie to the student began (the earliest start over the active classes linking them); null when no active class links them. */
  supervisionSince: Maybe<Scalars['DateTime']['output']>;
  /** One webhook endpoint with its delivery log (admins only, signed in); null when there is none. */
  webhookEndpoint: Maybe<WebhookEndpoint>;
  /** Registered webhook endpoints, newest first (admins only, signed in). */
  webhookEndpoints: WebhookEndpointConnection;
  /** Who opened or watched the signed-in person's conversations, newest first. */
  whoViewedMyConversations: ConversationAccessConnection;
};


export type QueryCareOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type QueryCaughtEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClassActivityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClassIdsOfStudentArgs = {
  studentId: Scalars['ID']['input'];
};


export type QueryClassIdsOfSupervisorArgs = {
  supervisorId: Scalars['ID']['input'];
};


export type QueryClassRosterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClassesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryConversationAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationAccessFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConversationHoldArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryFlagArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FlagFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHelpResourcesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIsSupervisorOfArgs = {
  studentId: Scalars['ID']['input'];
  supervisorId: Scalars['ID']['input'];
};


export type QueryMessageCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  messageId: Scalars['ID']['input'];
};


export type QueryMyClassInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyClassesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryStudentIdsOfClassArgs = {
  classId: Scalars['ID']['input'];
};


export type QuerySupervisionRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  studentId?: InputMaybe<Scalars['ID']['input']>;
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySupervisionSinceArgs = {
  studentId: Scalars['ID']['input'];
  supervisorId: Scalars['ID']['input'];
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhoViewedMyConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a supervisor still watches over a student. */
export type RelationshipStatus =
  /** At least one active class links the supervisor to the student. */
  | 'ACTIVE'
  /** They were linked by a class once; no active class links them now. */
  | 'ENDED';

/** One student of a class, as their supervisor sees them on the class dashboard. */
export type RosterEntry = {
  __typename?: 'RosterEntry';
  /** When the student joined this class. */
  enrolledAt: Scalars['DateTime']['output'];
  /** Unresolved flags raised on this student's conversations. */
  openFlagCount: Scalars['Int']['output'];
  /** The student; chat and accounting add their last activity, sessions today and credits through the graph. */
  student: User;
  /** When the caller's window on this student in this class opened: the later of the enrolment and the caller's assignment (the enrolment for admins). */
  visibleFrom: Scalars['DateTime']['output'];
  /** When that window closed (the class's archiving); null while the class is active. */
  visibleUntil: Maybe<Scalars['DateTime']['output']>;
};

/** A page of a class roster, in enrolment order. */
export type RosterEntryConnection = {
  __typename?: 'RosterEntryConnection';
  /** The students on this page with their cursors. */
  edges: Array<RosterEntryEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** One roster entry with its cursor. */
export type RosterEntryEdge = {
  __typename?: 'RosterEntryEdge';
  /** Pass as `after` to continue after this student. */
  cursor: Scalars['String']['output'];
  /** The roster entry. */
  node: RosterEntry;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Help offered to the signed-in student the moment one of their messages in this conversation raises a SELF_HARM flag. The student themself; nobody else ever receives an event. */
  careOffered: CareOffer;
  /** Live activity of a class: messages, answers starting and finishing, flags. The class's supervisors and admins; ends when the caller stops supervising the class. */
  classActivity: ClassActivityEvent;
  /** New flags the moment they are raised, for a live inbox: flags on the caller's students (admins: all). Supervisors and admins. */
  flagRaised: Flag;
};


export type SubscriptionCareOfferedArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionClassActivityArgs = {
  classId: Scalars['ID']['input'];
};


export type SubscriptionFlagRaisedArgs = {
  classId?: InputMaybe<Scalars['ID']['input']>;
  minSeverity?: InputMaybe<FlagSeverity>;
};

/** A supervisor–student relationship, derived from the classes that link them. */
export type SupervisionRelationship = {
  __typename?: 'SupervisionRelationship';
  /** The classes that link them now (empty once ended), oldest first. */
  classes: ClassConnection;
  /** When the last link ended; null while active. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the earliest link between them began. */
  since: Scalars['DateTime']['output'];
  /** Whether the relationship is active or has ended. */
  status: RelationshipStatus;
  /** The student. */
  student: User;
  /** The supervisor (teacher). */
  supervisor: User;
};


/** A supervisor–student relationship, derived from the classes that link them. */
export type SupervisionRelationshipClassesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of supervisor–student relationships, the earliest begun first. */
export type SupervisionRelationshipConnection = {
  __typename?: 'SupervisionRelationshipConnection';
  /** The relationships on this page with their cursors. */
  edges: Array<SupervisionRelationshipEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A relationship with its cursor. */
export type SupervisionRelationshipEdge = {
  __typename?: 'SupervisionRelationshipEdge';
  /** Pass as `after` to continue after this relationship. */
  cursor: Scalars['String']['output'];
  /** The relationship. */
  node: SupervisionRelationship;
};

/** A teacher's note posted into a student's conversation; the student sees it in the conversation. */
export type SupervisorNote = {
  __typename?: 'SupervisorNote';
  /** What the note says. */
  content: Scalars['String']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** The chat message that carries the note in the conversation. */
  messageId: Scalars['ID']['output'];
  /** The session it was posted into. */
  sessionId: Scalars['ID']['output'];
  /** The student who sees it. */
  student: User;
  /** The supervisor who wrote it. */
  supervisor: User;
};

/** One page of teachers' notes, newest first. */
export type SupervisorNoteConnection = {
  __typename?: 'SupervisorNoteConnection';
  /** The notes on this page. */
  edges: Array<SupervisorNoteEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One teacher's note in a page. */
export type SupervisorNoteEdge = {
  __typename?: 'SupervisorNoteEdge';
  /** Pass as `after` to continue after this note. */
  cursor: Scalars['String']['output'];
  /** The note. */
  node: SupervisorNote;
};

/**
 * A person, owned by the auth subgraph. Monitoring adds what a supervisor needs to know
 * about a student at a glance.
 */
export type User = {
  __typename?: 'User';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Safety flags raised on this person's conversations that nobody has resolved yet. Readable by the person themself, their supervisors and admins. */
  openFlagCount: Scalars['Int']['output'];
  /** Notes teachers posted into this person's conversations, newest first. Readable by the person themself, their supervisors (notes posted since their tie began) and admins. */
  supervisorNotes: SupervisorNoteConnection;
};


/**
 * A person, owned by the auth subgraph. Monitoring adds what a supervisor needs to know
 * about a student at a glance.
 */
export type UserSupervisorNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attempt to send a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was sent. */
  at: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed (`HTTP 500`, `could not connect`, a timeout); null when it succeeded. */
  error: Maybe<Scalars['String']['output']>;
  /** 1 for the first attempt, then 2, 3 … */
  number: Scalars['Int']['output'];
  /** The receiver's HTTP status; null when it did not answer. */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** One event sent (or to be sent) to one endpoint, with every attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first: at most MONITORING_WEBHOOK_MAX_ATTEMPTS (1 to 20, 8 by default), then the delivery is FAILED. */
  attempts: Array<WebhookAttempt>;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it; null until then. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** What happened. */
  event: WebhookEvent;
  /** Stable identifier, also sent in the `Aula-Delivery` header. */
  id: Scalars['ID']['output'];
  /** When the next attempt is due; null once delivered or failed. */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The exact JSON body sent and signed on every attempt. */
  payload: Scalars['String']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries on this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One delivery in a page. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to continue after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where one delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (or the endpoint was disabled); it is not retried. */
  | 'FAILED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING';

/** Where Aula sends signed notifications of events, registered by an admin. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Whether it is still sent events (false once disabled). */
  active: Scalars['Boolean']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The admin who registered it. */
  createdBy: User;
  /** Its deliveries, newest first: the delivery log. */
  deliveries: WebhookDeliveryConnection;
  /** What it is for. */
  description: Scalars['String']['output'];
  /** The events it is sent: each `WebhookEvent` at most once. */
  events: Array<WebhookEvent>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/** Where Aula sends signed notifications of events, registered by an admin. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhook endpoints, newest first. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints on this page. */
  edges: Array<WebhookEndpointEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One endpoint in a page. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Pass as `after` to continue after this endpoint. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

/** What a webhook endpoint is sent. */
export type WebhookEvent =
  /** An answer finished: completed, stopped or failed (`answer.finished`). */
  | 'ANSWER_FINISHED'
  /** A charge left a student's available credits below accounting's threshold, once per fall (`credits.low`). */
  | 'CREDITS_LOW'
  /** A safety flag was raised on a student's message or an answer (`flag.raised`). */
  | 'FLAG_RAISED'
  /** A test delivery an admin asked for (`webhook.test`); never subscribed to. */
  | 'TEST';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Class: Class;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Class:
    ( { __typename: 'Class' }
    & GraphQLRecursivePick<FederationTypes['Class'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CareOffer: ResolverTypeWrapper<CareOffer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CareOfferConnection: ResolverTypeWrapper<CareOfferConnection>;
  CareOfferEdge: ResolverTypeWrapper<CareOfferEdge>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CaughtEmail: ResolverTypeWrapper<CaughtEmailRow>;
  CaughtEmailConnection: ResolverTypeWrapper<Omit<CaughtEmailConnection, 'edges'> & { edges: Array<ResolversTypes['CaughtEmailEdge']> }>;
  CaughtEmailEdge: ResolverTypeWrapper<Omit<CaughtEmailEdge, 'node'> & { node: ResolversTypes['CaughtEmail'] }>;
  Class: ResolverTypeWrapper<ClassModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ClassActivityConnection: ResolverTypeWrapper<Omit<ClassActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ClassActivityEdge']> }>;
  ClassActivityEdge: ResolverTypeWrapper<Omit<ClassActivityEdge, 'node'> & { node: ResolversTypes['ClassActivityEvent'] }>;
  ClassActivityEvent: ResolverTypeWrapper<ClassActivityModel>;
  ClassActivityKind: ClassActivityKind;
  ClassConnection: ResolverTypeWrapper<Omit<ClassConnection, 'edges'> & { edges: Array<ResolversTypes['ClassEdge']> }>;
  ClassEdge: ResolverTypeWrapper<Omit<ClassEdge, 'node'> & { node: ResolversTypes['Class'] }>;
  ClassInvitation: ResolverTypeWrapper<ClassInvitationModel>;
  ClassInvitationConnection: ResolverTypeWrapper<Omit<ClassInvitationConnection, 'edges'> & { edges: Array<ResolversTypes['ClassInvitationEdge']> }>;
  ClassInvitationEdge: ResolverTypeWrapper<Omit<ClassInvitationEdge, 'node'> & { node: ResolversTypes['ClassInvitation'] }>;
  ClassInvitationRole: ClassInvitationRole;
  ClassInvitationStatus: ClassInvitationStatus;
  ClassMemberConnection: ResolverTypeWrapper<ClassMemberPage>;
  ClassMemberEdge: ResolverTypeWrapper<Omit<ClassMemberEdge, 'node'> & { node: ResolversTypes['User'] }>;
  CommentOnMessageInput: CommentOnMessageInput;
  ConversationAccess: ResolverTypeWrapper<ConversationAccessModel>;
  ConversationAccessConnection: ResolverTypeWrapper<Omit<ConversationAccessConnection, 'edges'> & { edges: Array<ResolversTypes['ConversationAccessEdge']> }>;
  ConversationAccessEdge: ResolverTypeWrapper<Omit<ConversationAccessEdge, 'node'> & { node: ResolversTypes['ConversationAccess'] }>;
  ConversationAccessFilter: ConversationAccessFilter;
  ConversationAccessInput: ConversationAccessInput;
  ConversationAccessKind: ConversationAccessKind;
  ConversationHold: ResolverTypeWrapper<ConversationHold>;
  CreateClassInput: CreateClassInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreatedWebhookEndpoint: ResolverTypeWrapper<Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Flag: ResolverTypeWrapper<FlagModel>;
  FlagCategory: FlagCategory;
  FlagConnection: ResolverTypeWrapper<Omit<FlagConnection, 'edges'> & { edges: Array<ResolversTypes['FlagEdge']> }>;
  FlagEdge: ResolverTypeWrapper<Omit<FlagEdge, 'node'> & { node: ResolversTypes['Flag'] }>;
  FlagFilter: FlagFilter;
  FlagResolution: FlagResolution;
  FlagSeverity: FlagSeverity;
  FlagSource: FlagSource;
  FlagStatus: FlagStatus;
  HelpResource: ResolverTypeWrapper<HelpResource>;
  HelpResourceInput: HelpResourceInput;
  HelpResources: ResolverTypeWrapper<HelpResources>;
  HelpResourcesInput: HelpResourcesInput;
  LmsRosterInput: LmsRosterInput;
  MessageComment: ResolverTypeWrapper<MessageCommentModel>;
  MessageCommentConnection: ResolverTypeWrapper<Omit<MessageCommentConnection, 'edges'> & { edges: Array<ResolversTypes['MessageCommentEdge']> }>;
  MessageCommentEdge: ResolverTypeWrapper<Omit<MessageCommentEdge, 'node'> & { node: ResolversTypes['MessageComment'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationSettings: ResolverTypeWrapper<NotificationSettingsModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipStatus: RelationshipStatus;
  RosterEntry: ResolverTypeWrapper<RosterEntryModel>;
  RosterEntryConnection: ResolverTypeWrapper<Omit<RosterEntryConnection, 'edges'> & { edges: Array<ResolversTypes['RosterEntryEdge']> }>;
  RosterEntryEdge: ResolverTypeWrapper<Omit<RosterEntryEdge, 'node'> & { node: ResolversTypes['RosterEntry'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupervisionRelationship: ResolverTypeWrapper<RelationshipModel>;
  SupervisionRelationshipConnection: ResolverTypeWrapper<Omit<SupervisionRelationshipConnection, 'edges'> & { edges: Array<ResolversTypes['SupervisionRelationshipEdge']> }>;
  SupervisionRelationshipEdge: ResolverTypeWrapper<Omit<SupervisionRelationshipEdge, 'node'> & { node: ResolversTypes['SupervisionRelationship'] }>;
  SupervisorNote: ResolverTypeWrapper<SupervisorNoteModel>;
  SupervisorNoteConnection: ResolverTypeWrapper<Omit<SupervisorNoteConnection, 'edges'> & { edges: Array<ResolversTypes['SupervisorNoteEdge']> }>;
  SupervisorNoteEdge: ResolverTypeWrapper<Omit<SupervisorNoteEdge, 'node'> & { node: ResolversTypes['SupervisorNote'] }>;
  User: ResolverTypeWrapper<UserRef>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']> }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEvent: WebhookEvent;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CareOffer: CareOffer;
  ID: Scalars['ID']['output'];
  CareOfferConnection: CareOfferConnection;
  CareOfferEdge: CareOfferEdge;
  String: Scalars['String']['output'];
  CaughtEmail: CaughtEmailRow;
  CaughtEmailConnection: Omit<CaughtEmailConnection, 'edges'> & { edges: Array<ResolversParentTypes['CaughtEmailEdge']> };
  CaughtEmailEdge: Omit<CaughtEmailEdge, 'node'> & { node: ResolversParentTypes['CaughtEmail'] };
  Class: ClassModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ClassActivityConnection: Omit<ClassActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClassActivityEdge']> };
  ClassActivityEdge: Omit<ClassActivityEdge, 'node'> & { node: ResolversParentTypes['ClassActivityEvent'] };
  ClassActivityEvent: ClassActivityModel;
  ClassConnection: Omit<ClassConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClassEdge']> };
  ClassEdge: Omit<ClassEdge, 'node'> & { node: ResolversParentTypes['Class'] };
  ClassInvitation: ClassInvitationModel;
  ClassInvitationConnection: Omit<ClassInvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClassInvitationEdge']> };
  ClassInvitationEdge: Omit<ClassInvitationEdge, 'node'> & { node: ResolversParentTypes['ClassInvitation'] };
  ClassMemberConnection: ClassMemberPage;
  ClassMemberEdge: Omit<ClassMemberEdge, 'node'> & { node: ResolversParentTypes['User'] };
  CommentOnMessageInput: CommentOnMessageInput;
  ConversationAccess: ConversationAccessModel;
  ConversationAccessConnection: Omit<ConversationAccessConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConversationAccessEdge']> };
  ConversationAccessEdge: Omit<ConversationAccessEdge, 'node'> & { node: ResolversParentTypes['ConversationAccess'] };
  ConversationAccessFilter: ConversationAccessFilter;
  ConversationAccessInput: ConversationAccessInput;
  ConversationHold: ConversationHold;
  CreateClassInput: CreateClassInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreatedWebhookEndpoint: Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  DateTime: Scalars['DateTime']['output'];
  Flag: FlagModel;
  FlagConnection: Omit<FlagConnection, 'edges'> & { edges: Array<ResolversParentTypes['FlagEdge']> };
  FlagEdge: Omit<FlagEdge, 'node'> & { node: ResolversParentTypes['Flag'] };
  FlagFilter: FlagFilter;
  HelpResource: HelpResource;
  HelpResourceInput: HelpResourceInput;
  HelpResources: HelpResources;
  HelpResourcesInput: HelpResourcesInput;
  LmsRosterInput: LmsRosterInput;
  MessageComment: MessageCommentModel;
  MessageCommentConnection: Omit<MessageCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageCommentEdge']> };
  MessageCommentEdge: Omit<MessageCommentEdge, 'node'> & { node: ResolversParentTypes['MessageComment'] };
  Mutation: Record<PropertyKey, never>;
  NotificationSettings: NotificationSettingsModel;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RosterEntry: RosterEntryModel;
  RosterEntryConnection: Omit<RosterEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['RosterEntryEdge']> };
  RosterEntryEdge: Omit<RosterEntryEdge, 'node'> & { node: ResolversParentTypes['RosterEntry'] };
  Subscription: Record<PropertyKey, never>;
  SupervisionRelationship: RelationshipModel;
  SupervisionRelationshipConnection: Omit<SupervisionRelationshipConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupervisionRelationshipEdge']> };
  SupervisionRelationshipEdge: Omit<SupervisionRelationshipEdge, 'node'> & { node: ResolversParentTypes['SupervisionRelationship'] };
  SupervisorNote: SupervisorNoteModel;
  SupervisorNoteConnection: Omit<SupervisorNoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupervisorNoteEdge']> };
  SupervisorNoteEdge: Omit<SupervisorNoteEdge, 'node'> & { node: ResolversParentTypes['SupervisorNote'] };
  User: UserRef;
  WebhookAttempt: WebhookAttemptRow;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: WebhookEndpointRow;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']> };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
}>;

export type CareOfferResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CareOffer'] = ResolversParentTypes['CareOffer']> = ResolversObject<{
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resources?: Resolver<ResolversTypes['HelpResources'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CareOfferConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CareOfferConnection'] = ResolversParentTypes['CareOfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CareOfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CareOfferEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CareOfferEdge'] = ResolversParentTypes['CareOfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CareOffer'], ParentType, ContextType>;
}>;

export type CaughtEmailResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CaughtEmail'] = ResolversParentTypes['CaughtEmail']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CaughtEmailConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CaughtEmailConnection'] = ResolversParentTypes['CaughtEmailConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaughtEmailEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CaughtEmailEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CaughtEmailEdge'] = ResolversParentTypes['CaughtEmailEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaughtEmail'], ParentType, ContextType>;
}>;

export type ClassResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Class'] = ResolversParentTypes['Class'], FederationReferenceType extends FederationReferenceTypes['Class'] = FederationReferenceTypes['Class']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Class']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flagKeywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingInvitations?: Resolver<ResolversTypes['ClassInvitationConnection'], ParentType, ContextType, RequireFields<ClassPendingInvitationsArgs, 'first'>>;
  students?: Resolver<ResolversTypes['ClassMemberConnection'], ParentType, ContextType, RequireFields<ClassStudentsArgs, 'first'>>;
  supervisors?: Resolver<ResolversTypes['ClassMemberConnection'], ParentType, ContextType, RequireFields<ClassSupervisorsArgs, 'first'>>;
  term?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClassActivityConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassActivityConnection'] = ResolversParentTypes['ClassActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClassActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClassActivityEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassActivityEdge'] = ResolversParentTypes['ClassActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClassActivityEvent'], ParentType, ContextType>;
}>;

export type ClassActivityEventResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassActivityEvent'] = ResolversParentTypes['ClassActivityEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  chatbotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  classId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  flag?: Resolver<Maybe<ResolversTypes['Flag']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClassActivityKind'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ClassConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassConnection'] = ResolversParentTypes['ClassConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClassEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClassEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassEdge'] = ResolversParentTypes['ClassEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
}>;

export type ClassInvitationResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassInvitation'] = ResolversParentTypes['ClassInvitation']> = ResolversObject<{
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  invitee?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClassInvitationRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClassInvitationStatus'], ParentType, ContextType>;
}>;

export type ClassInvitationConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassInvitationConnection'] = ResolversParentTypes['ClassInvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClassInvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClassInvitationEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassInvitationEdge'] = ResolversParentTypes['ClassInvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClassInvitation'], ParentType, ContextType>;
}>;

export type ClassMemberConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassMemberConnection'] = ResolversParentTypes['ClassMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClassMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClassMemberEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ClassMemberEdge'] = ResolversParentTypes['ClassMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ConversationAccessResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ConversationAccess'] = ResolversParentTypes['ConversationAccess']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConversationAccessKind'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ConversationAccessConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ConversationAccessConnection'] = ResolversParentTypes['ConversationAccessConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConversationAccessEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ConversationAccessEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ConversationAccessEdge'] = ResolversParentTypes['ConversationAccessEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConversationAccess'], ParentType, ContextType>;
}>;

export type ConversationHoldResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['ConversationHold'] = ResolversParentTypes['ConversationHold']> = ResolversObject<{
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CreatedWebhookEndpointResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['CreatedWebhookEndpoint'] = ResolversParentTypes['CreatedWebhookEndpoint']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FlagResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Flag'] = ResolversParentTypes['Flag']> = ResolversObject<{
  category?: Resolver<ResolversTypes['FlagCategory'], ParentType, ContextType>;
  chatbotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FlagSeverity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FlagSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FlagStatus'], ParentType, ContextType>;
  stoppedAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type FlagConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['FlagConnection'] = ResolversParentTypes['FlagConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FlagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FlagEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['FlagEdge'] = ResolversParentTypes['FlagEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Flag'], ParentType, ContextType>;
}>;

export type HelpResourceResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['HelpResource'] = ResolversParentTypes['HelpResource']> = ResolversObject<{
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HelpResourcesResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['HelpResources'] = ResolversParentTypes['HelpResources']> = ResolversObject<{
  configured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['HelpResource']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type MessageCommentResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MessageComment'] = ResolversParentTypes['MessageComment']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MessageCommentConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MessageCommentConnection'] = ResolversParentTypes['MessageCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MessageCommentEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['MessageCommentEdge'] = ResolversParentTypes['MessageCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageComment'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyLmsRoster?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationApplyLmsRosterArgs, 'input'>>;
  archiveClass?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationArchiveClassArgs, 'classId'>>;
  assignSupervisor?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationAssignSupervisorArgs, 'classId' | 'userId'>>;
  commentOnMessage?: Resolver<ResolversTypes['MessageComment'], ParentType, ContextType, RequireFields<MutationCommentOnMessageArgs, 'input'>>;
  createClass?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationCreateClassArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreatedWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  disableJoinCode?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationDisableJoinCodeArgs, 'classId'>>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'id'>>;
  enrollStudents?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationEnrollStudentsArgs, 'classId' | 'userIds'>>;
  importClassRoster?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationImportClassRosterArgs, 'classId' | 'csv'>>;
  inviteToClass?: Resolver<ResolversTypes['ClassInvitation'], ParentType, ContextType, RequireFields<MutationInviteToClassArgs, 'classId' | 'email' | 'role'>>;
  joinClass?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationJoinClassArgs, 'code'>>;
  postSupervisorNote?: Resolver<ResolversTypes['SupervisorNote'], ParentType, ContextType, RequireFields<MutationPostSupervisorNoteArgs, 'content' | 'sessionId'>>;
  recordConversationAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordConversationAccessArgs, 'input'>>;
  removeSupervisor?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationRemoveSupervisorArgs, 'classId' | 'userId'>>;
  resetHelpResources?: Resolver<ResolversTypes['HelpResources'], ParentType, ContextType, RequireFields<MutationResetHelpResourcesArgs, 'locale'>>;
  resolveFlag?: Resolver<ResolversTypes['Flag'], ParentType, ContextType, RequireFields<MutationResolveFlagArgs, 'flagId' | 'resolution'>>;
  respondToClassInvitation?: Resolver<ResolversTypes['ClassInvitation'], ParentType, ContextType, RequireFields<MutationRespondToClassInvitationArgs, 'accept' | 'invitationId'>>;
  revokeClassInvitation?: Resolver<ResolversTypes['ClassInvitation'], ParentType, ContextType, RequireFields<MutationRevokeClassInvitationArgs, 'invitationId'>>;
  rotateJoinCode?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationRotateJoinCodeArgs, 'classId'>>;
  sendTestWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationSendTestWebhookArgs, 'endpointId'>>;
  setClassFlagKeywords?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationSetClassFlagKeywordsArgs, 'classId' | 'keywords'>>;
  setHelpResources?: Resolver<ResolversTypes['HelpResources'], ParentType, ContextType, RequireFields<MutationSetHelpResourcesArgs, 'input'>>;
  unenrollStudents?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationUnenrollStudentsArgs, 'classId' | 'userIds'>>;
  updateClass?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationUpdateClassArgs, 'classId'>>;
  updateNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType, Partial<MutationUpdateNotificationSettingsArgs>>;
}>;

export type NotificationSettingsResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = ResolversObject<{
  emailAlerts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  escalationMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minSeverity?: Resolver<ResolversTypes['FlagSeverity'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  careOffers?: Resolver<ResolversTypes['CareOfferConnection'], ParentType, ContextType, RequireFields<QueryCareOffersArgs, 'first' | 'locale' | 'sessionId'>>;
  caughtEmails?: Resolver<ResolversTypes['CaughtEmailConnection'], ParentType, ContextType, RequireFields<QueryCaughtEmailsArgs, 'first'>>;
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType, RequireFields<QueryClassArgs, 'id'>>;
  classActivityHistory?: Resolver<ResolversTypes['ClassActivityConnection'], ParentType, ContextType, RequireFields<QueryClassActivityHistoryArgs, 'classId' | 'first'>>;
  classIdsOfStudent?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryClassIdsOfStudentArgs, 'studentId'>>;
  classIdsOfSupervisor?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryClassIdsOfSupervisorArgs, 'supervisorId'>>;
  classRoster?: Resolver<ResolversTypes['RosterEntryConnection'], ParentType, ContextType, RequireFields<QueryClassRosterArgs, 'classId' | 'first'>>;
  classes?: Resolver<ResolversTypes['ClassConnection'], ParentType, ContextType, RequireFields<QueryClassesArgs, 'first' | 'includeArchived'>>;
  conversationAccessLog?: Resolver<ResolversTypes['ConversationAccessConnection'], ParentType, ContextType, RequireFields<QueryConversationAccessLogArgs, 'first'>>;
  conversationHold?: Resolver<ResolversTypes['ConversationHold'], ParentType, ContextType, RequireFields<QueryConversationHoldArgs, 'sessionId'>>;
  flag?: Resolver<Maybe<ResolversTypes['Flag']>, ParentType, ContextType, RequireFields<QueryFlagArgs, 'id'>>;
  flags?: Resolver<ResolversTypes['FlagConnection'], ParentType, ContextType, RequireFields<QueryFlagsArgs, 'first'>>;
  helpResources?: Resolver<ResolversTypes['HelpResources'], ParentType, ContextType, RequireFields<QueryHelpResourcesArgs, 'locale'>>;
  isSupervisorOf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryIsSupervisorOfArgs, 'studentId' | 'supervisorId'>>;
  messageComments?: Resolver<ResolversTypes['MessageCommentConnection'], ParentType, ContextType, RequireFields<QueryMessageCommentsArgs, 'first' | 'messageId'>>;
  myClassInvitations?: Resolver<ResolversTypes['ClassInvitationConnection'], ParentType, ContextType, RequireFields<QueryMyClassInvitationsArgs, 'first'>>;
  myClasses?: Resolver<ResolversTypes['ClassConnection'], ParentType, ContextType, RequireFields<QueryMyClassesArgs, 'first' | 'includeArchived'>>;
  myNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  myOpenFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  studentIdsOfClass?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryStudentIdsOfClassArgs, 'classId'>>;
  supervisionRelationships?: Resolver<ResolversTypes['SupervisionRelationshipConnection'], ParentType, ContextType, RequireFields<QuerySupervisionRelationshipsArgs, 'first'>>;
  supervisionSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType, RequireFields<QuerySupervisionSinceArgs, 'studentId' | 'supervisorId'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first'>>;
  whoViewedMyConversations?: Resolver<ResolversTypes['ConversationAccessConnection'], ParentType, ContextType, RequireFields<QueryWhoViewedMyConversationsArgs, 'first'>>;
}>;

export type RosterEntryResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['RosterEntry'] = ResolversParentTypes['RosterEntry']> = ResolversObject<{
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  visibleFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibleUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type RosterEntryConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['RosterEntryConnection'] = ResolversParentTypes['RosterEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RosterEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RosterEntryEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['RosterEntryEdge'] = ResolversParentTypes['RosterEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RosterEntry'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  careOffered?: SubscriptionResolver<ResolversTypes['CareOffer'], "careOffered", ParentType, ContextType, RequireFields<SubscriptionCareOfferedArgs, 'locale' | 'sessionId'>>;
  classActivity?: SubscriptionResolver<ResolversTypes['ClassActivityEvent'], "classActivity", ParentType, ContextType, RequireFields<SubscriptionClassActivityArgs, 'classId'>>;
  flagRaised?: SubscriptionResolver<ResolversTypes['Flag'], "flagRaised", ParentType, ContextType, Partial<SubscriptionFlagRaisedArgs>>;
}>;

export type SupervisionRelationshipResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SupervisionRelationship'] = ResolversParentTypes['SupervisionRelationship']> = ResolversObject<{
  classes?: Resolver<ResolversTypes['ClassConnection'], ParentType, ContextType, RequireFields<SupervisionRelationshipClassesArgs, 'first'>>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationshipStatus'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  supervisor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type SupervisionRelationshipConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SupervisionRelationshipConnection'] = ResolversParentTypes['SupervisionRelationshipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupervisionRelationshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SupervisionRelationshipEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SupervisionRelationshipEdge'] = ResolversParentTypes['SupervisionRelationshipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupervisionRelationship'], ParentType, ContextType>;
}>;

export type SupervisorNoteResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SupervisorNote'] = ResolversParentTypes['SupervisorNote']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  supervisor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type SupervisorNoteConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SupervisorNoteConnection'] = ResolversParentTypes['SupervisorNoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupervisorNoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SupervisorNoteEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['SupervisorNoteEdge'] = ResolversParentTypes['SupervisorNoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupervisorNote'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supervisorNotes?: Resolver<ResolversTypes['SupervisorNoteConnection'], ParentType, ContextType, RequireFields<UserSupervisorNotesArgs, 'first'>>;
}>;

export type WebhookAttemptResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['WebhookEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookEndpointDeliveriesArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['WebhookEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookEndpointConnectionResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookEndpointEdgeResolvers<ContextType = MonitoringContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MonitoringContext> = ResolversObject<{
  CareOffer?: CareOfferResolvers<ContextType>;
  CareOfferConnection?: CareOfferConnectionResolvers<ContextType>;
  CareOfferEdge?: CareOfferEdgeResolvers<ContextType>;
  CaughtEmail?: CaughtEmailResolvers<ContextType>;
  CaughtEmailConnection?: CaughtEmailConnectionResolvers<ContextType>;
  CaughtEmailEdge?: CaughtEmailEdgeResolvers<ContextType>;
  Class?: ClassResolvers<ContextType>;
  ClassActivityConnection?: ClassActivityConnectionResolvers<ContextType>;
  ClassActivityEdge?: ClassActivityEdgeResolvers<ContextType>;
  ClassActivityEvent?: ClassActivityEventResolvers<ContextType>;
  ClassConnection?: ClassConnectionResolvers<ContextType>;
  ClassEdge?: ClassEdgeResolvers<ContextType>;
  ClassInvitation?: ClassInvitationResolvers<ContextType>;
  ClassInvitationConnection?: ClassInvitationConnectionResolvers<ContextType>;
  ClassInvitationEdge?: ClassInvitationEdgeResolvers<ContextType>;
  ClassMemberConnection?: ClassMemberConnectionResolvers<ContextType>;
  ClassMemberEdge?: ClassMemberEdgeResolvers<ContextType>;
  ConversationAccess?: ConversationAccessResolvers<ContextType>;
  ConversationAccessConnection?: ConversationAccessConnectionResolvers<ContextType>;
  ConversationAccessEdge?: ConversationAccessEdgeResolvers<ContextType>;
  ConversationHold?: ConversationHoldResolvers<ContextType>;
  CreatedWebhookEndpoint?: CreatedWebhookEndpointResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Flag?: FlagResolvers<ContextType>;
  FlagConnection?: FlagConnectionResolvers<ContextType>;
  FlagEdge?: FlagEdgeResolvers<ContextType>;
  HelpResource?: HelpResourceResolvers<ContextType>;
  HelpResources?: HelpResourcesResolvers<ContextType>;
  MessageComment?: MessageCommentResolvers<ContextType>;
  MessageCommentConnection?: MessageCommentConnectionResolvers<ContextType>;
  MessageCommentEdge?: MessageCommentEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RosterEntry?: RosterEntryResolvers<ContextType>;
  RosterEntryConnection?: RosterEntryConnectionResolvers<ContextType>;
  RosterEntryEdge?: RosterEntryEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupervisionRelationship?: SupervisionRelationshipResolvers<ContextType>;
  SupervisionRelationshipConnection?: SupervisionRelationshipConnectionResolvers<ContextType>;
  SupervisionRelationshipEdge?: SupervisionRelationshipEdgeResolvers<ContextType>;
  SupervisorNote?: SupervisorNoteResolvers<ContextType>;
  SupervisorNoteConnection?: SupervisorNoteConnectionResolvers<ContextType>;
  SupervisorNoteEdge?: SupervisorNoteEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
}>;

