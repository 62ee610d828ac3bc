import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Every monitoring table lives in the `monitoring` PostgreSQL schema. */
export const monitoringSchema = pgSchema('monitoring');

/** SELF_HARM, VIOLENCE, SEXUAL, BULLYING, PERSONAL_DATA or KEYWORD. */
export const flagCategoryEnum = monitoringSchema.enum('flag_category', [
  'SELF_HARM',
  'VIOLENCE',
  'SEXUAL',
  'BULLYING',
  'PERSONAL_DATA',
  'KEYWORD',
]);
/** LOW, MEDIUM or HIGH. */
export const flagSeverityEnum = monitoringSchema.enum('flag_severity', ['LOW', 'MEDIUM', 'HIGH']);
/** OPEN, ACKNOWLEDGED or DISMISSED. */
export const flagStatusEnum = monitoringSchema.enum('flag_status', [
  'OPEN',
  'ACKNOWLEDGED',
  'DISMISSED',
]);
/** STUDENT_MESSAGE or ANSWER. */
export const flagSourceEnum = monitoringSchema.enum('flag_source', ['STUDENT_MESSAGE', 'ANSWER']);
/** OPENED, WATCHED, or WROTE (an integration wrote on the student's behalf). */
export const accessKindEnum = monitoringSchema.enum('access_kind', ['OPENED', 'WATCHED', 'WROTE']);

/** STUDENT or SUPERVISOR: what an invitation asks someone to become in a class. */
export const invitationRoleEnum = monitoringSchema.enum('invitation_role', [
  'STUDENT',
  'SUPERVISOR',
]);
/** PENDING, ACCEPTED, DECLINED or REVOKED. */
export const invitationStatusEnum = monitoringSchema.enum('invitation_status', [
  'PENDING',
  'ACCEPTED',
  'DECLINED',
  'REVOKED',
]);

/** Classes; archiving keeps the row (and history) but ends every link it gave. */
export const classes = monitoringSchema.table(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    term: text('term'),
    /** What students enter to join by themselves; null while joining by code is disabled. */
    joinCode: text('join_code'),
    flagKeywords: jsonb('flag_keywords')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('classes_join_code_key').on(t.joinCode)],
);

/**
 * Invitations to join a class: how a supervisor brings in students and co-teachers, who
 * become members only by accepting. At most one pending invitation per class and person.
 */
export const classInvitations = monitoringSchema.table(
  'class_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id),
    inviteeId: uuid('invitee_id').notNull(),
    role: invitationRoleEnum('role').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    status: invitationStatusEnum('status').notNull().default('PENDING'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('class_invitations_pending_key')
      .on(t.classId, t.inviteeId)
      .where(sql`status = 'PENDING'`),
    index('class_invitations_invitee_idx').on(t.inviteeId, t.createdAt, t.id),
  ],
);

/**
 * Enrolments. Removal sets `removed_at` instead of deleting, so ended relationships
 * stay answerable; re-enrolling clears it.
 */
export const classStudents = monitoringSchema.table(
  'class_students',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id),
    studentId: uuid('student_id').notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.studentId] }),
    // isSupervisorOf and classIdsOfStudent start from the student.
    index('class_students_student_idx')
      .on(t.studentId, t.classId)
      .where(sql`${t.removedAt} is null`),
  ],
);

/** Supervisor assignments, kept like enrolments. */
export const classSupervisors = monitoringSchema.table(
  'class_supervisors',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id),
    supervisorId: uuid('supervisor_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.supervisorId] }),
    index('class_supervisors_supervisor_idx')
      .on(t.supervisorId, t.classId)
      .where(sql`${t.removedAt} is null`),
  ],
);

/** Safety flags; at most one per message and category. */
export const flags = monitoringSchema.table(
  'flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: flagCategoryEnum('category').notNull(),
    severity: flagSeverityEnum('severity').notNull(),
    source: flagSourceEnum('source').notNull(),
    rule: text('rule').notNull(),
    excerpt: text('excerpt').notNull(),
    studentId: uuid('student_id').notNull(),
    sessionId: text('session_id').notNull(),
    messageId: text('message_id').notNull(),
    chatbotId: text('chatbot_id'),
    stoppedAnswer: boolean('stopped_answer').notNull().default(false),
    status: flagStatusEnum('status').notNull().default('OPEN'),
    note: text('note'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set once, when an unacknowledged HIGH flag was escalated to administrators. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** Which safety layers judged the text and how each went: `local:ran`, `guardrail:failed` … */
    layers: text('layers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('flags_message_category_key').on(t.messageId, t.category),
    index('flags_escalation_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'OPEN' and ${t.severity} = 'HIGH' and ${t.escalatedAt} is null`),
    index('flags_student_status_idx').on(t.studentId, t.status, t.createdAt),
    index('flags_created_idx').on(t.createdAt, t.id),
  ],
);

/** Notes supervisors posted into conversations (chat stores the message itself). */
export const supervisorNotes = monitoringSchema.table(
  'supervisor_notes',
  {
    messageId: text('message_id').primaryKey(),
    sessionId: text('session_id').notNull(),
    studentId: uuid('student_id').notNull(),
    supervisorId: uuid('supervisor_id').notNull(),
    content: text('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervisor_notes_session_idx').on(t.sessionId)],
);

/** Private comments on messages; never shown to students. */
export const messageComments = monitoringSchema.table(
  'message_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: text('message_id').notNull(),
    sessionId: text('session_id').notNull(),
    studentId: uuid('student_id').notNull(),
    authorId: uuid('author_id').notNull(),
    content: text('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('message_comments_message_idx').on(t.messageId, t.createdAt)],
);

/** Who opened or watched whose conversation; purged after the retention period. */
export const conversationAccess = monitoringSchema.table(
  'conversation_access',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    viewerId: uuid('viewer_id').notNull(),
    studentId: uuid('student_id').notNull(),
    sessionId: text('session_id').notNull(),
    kind: accessKindEnum('kind').notNull(),
    /** The public operation that reached the content, such as `query classRoster`. */
    operation: text('operation').notNull().default(''),
    /**
     * Minutes since the epoch of `at`: one entry per viewer, session, kind and minute (rows
     * from before deduplication have none, and nulls never collide).
     */
    minute: bigint('minute', { mode: 'number' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversation_access_minute_key').on(t.viewerId, t.sessionId, t.kind, t.minute),
    index('conversation_access_at_idx').on(t.at, t.id),
    index('conversation_access_student_idx').on(t.studentId, t.at),
    index('conversation_access_viewer_idx').on(t.viewerId, t.at),
  ],
);

/** How each supervisor or admin wants to hear about new flags; no row means the defaults. */
export const notificationSettings = monitoringSchema.table('notification_settings', {
  userId: uuid('user_id').primaryKey(),
  emailAlerts: boolean('email_alerts').notNull().default(true),
  minSeverity: flagSeverityEnum('min_severity').notNull().default('MEDIUM'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The school's help resources per language, shown to a student after a SELF_HARM flag; no row
 * means the built-in defaults of that language.
 */
export const helpResources = monitoringSchema.table('help_resources', {
  locale: text('locale').primaryKey(),
  message: text('message').notNull(),
  resources: jsonb('resources')
    .$type<Array<{ name: string; contact: string; description: string | null }>>()
    .notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** E-mails received by the built-in SMTP catcher (embedded default), for admins to read. */
export const caughtEmails = monitoringSchema.table(
  'caught_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipients: text('recipients').array().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('caught_emails_received_idx').on(t.receivedAt, t.id)],
);

/** What a class activity entry reports (the public `ClassActivityKind`). */
export const activityKindEnum = monitoringSchema.enum('activity_kind', [
  'STUDENT_MESSAGE',
  'ANSWER_STARTED',
  'ANSWER_FINISHED',
  'ANSWER_STOPPED',
  'ANSWER_FAILED',
  'FLAG_RAISED',
  'FLAG_RESOLVED',
]);

/**
 * What happened in students' conversations (no message text), kept per student so a class
 * feed can show its history: which class a student belongs to is decided when it is read.
 * Every replica hears every event; `event_key` lets exactly one insert win.
 */
export const activityEvents = monitoringSchema.table(
  'activity_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The kind and the message (or flag) it is about: one entry per happening. */
    eventKey: text('event_key').notNull(),
    kind: activityKindEnum('kind').notNull(),
    studentId: uuid('student_id').notNull(),
    sessionId: text('session_id').notNull(),
    messageId: text('message_id').notNull(),
    chatbotId: text('chatbot_id'),
    /** The flag, for FLAG_RAISED and FLAG_RESOLVED. */
    flagId: uuid('flag_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('activity_events_key').on(t.eventKey),
    index('activity_events_student_idx').on(t.studentId, t.at, t.id),
    index('activity_events_at_idx').on(t.at),
  ],
);

/** FLAG_RAISED, ANSWER_FINISHED or CREDITS_LOW: what a webhook endpoint is sent. */
export const webhookEventEnum = monitoringSchema.enum('webhook_event', [
  'FLAG_RAISED',
  'ANSWER_FINISHED',
  'CREDITS_LOW',
  'TEST',
]);
/** PENDING (to send or retry), DELIVERED, or FAILED (every attempt refused). */
export const webhookDeliveryStatusEnum = monitoringSchema.enum('webhook_delivery_status', [
  'PENDING',
  'DELIVERED',
  'FAILED',
]);

/** Where admins asked Aula to send signed event notifications. */
export const webhookEndpoints = monitoringSchema.table(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    url: text('url').notNull(),
    events: webhookEventEnum('events').array().notNull(),
    description: text('description').notNull().default(''),
    /** The HMAC-SHA256 key deliveries are signed with; shown once, when the endpoint is created. */
    secret: text('secret').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [index('webhook_endpoints_created_idx').on(t.createdAt, t.id)],
);

/**
 * The outbox: one row per event and endpoint, written before anything is sent and retried from
 * here, so deliveries survive restarts. `event_key` names the happening, so every replica that
 * hears an event may enqueue it and exactly one row wins.
 */
export const webhookDeliveries = monitoringSchema.table(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    event: webhookEventEnum('event').notNull(),
    eventKey: text('event_key').notNull(),
    /** The exact JSON body sent (and signed) on every attempt. */
    payload: text('payload').notNull(),
    status: webhookDeliveryStatusEnum('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** When the next attempt is due (a claimed attempt pushes it past its timeout). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.endpointId, t.eventKey),
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status = 'PENDING'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id),
  ],
);

/** Every attempt to send a delivery: the delivery log admins read. */
export const webhookAttempts = monitoringSchema.table(
  'webhook_attempts',
  {
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    number: integer('number').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The receiver's HTTP status; null when there was no answer. */
    statusCode: integer('status_code'),
    /** Why it failed, safe to show (no response body); null on success. */
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.number] })],
);
