import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Every content table lives in the `content` PostgreSQL schema. */
export const contentSchema = pgSchema('content');

/** DRAFT (never published), PUBLISHED or ARCHIVED. */
export const chatbotStatusEnum = contentSchema.enum('chatbot_status', [
  'DRAFT',
  'PUBLISHED',
  'ARCHIVED',
]);
/** How an uploaded document was written. */
export const materialFormatEnum = contentSchema.enum('material_format', [
  'TEXT',
  'MARKDOWN',
  'HTML',
  'PDF',
  'DOCX',
]);
/** Where the bytes of an uploaded file are kept. */
export const fileStorageEnum = contentSchema.enum('file_storage', ['DATABASE', 'S3']);

/** PostgreSQL's `bytea`, read and written as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** PostgreSQL's `tsvector`; drizzle has no built-in type for it. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = (name = 'created_at') =>
  timestamp(name, { withTimezone: true }).notNull().defaultNow();
const textArray = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

/** The configurable part of a chatbot, shared by drafts, frozen versions and templates. */
const chatbotSettings = () => ({
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  avatarEmoji: text('avatar_emoji'),
  persona: text('persona').notNull().default(''),
  systemPrompt: text('system_prompt').notNull(),
  temperature: doublePrecision('temperature').notNull(),
  maxOutputTokens: integer('max_output_tokens').notNull(),
  enabledTools: textArray('enabled_tools'),
  starterPrompts: textArray('starter_prompts'),
  blockedTopics: textArray('blocked_topics'),
  blockedKeywords: textArray('blocked_keywords'),
  /** What the chatbot says instead of answering a message that touches a blocked topic or keyword; empty for the default. */
  refusalMessage: text('refusal_message').notNull().default(''),
});

/** Chatbots: the row holds the working draft; published configurations live in `chatbot_versions`. */
export const chatbots = contentSchema.table(
  'chatbots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    ...chatbotSettings(),
    /** Ids of chat's custom tools (issue 18); chat skips those disabled since. Not in templates. */
    customToolIds: textArray('custom_tool_ids'),
    modelId: text('model_id').notNull(),
    status: chatbotStatusEnum('status').notNull().default('DRAFT'),
    visibleToEveryone: boolean('visible_to_everyone').notNull().default(false),
    currentVersionId: uuid('current_version_id'),
    hasUnpublishedChanges: boolean('has_unpublished_changes').notNull().default(true),
    templateId: uuid('template_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('chatbots_owner_idx').on(t.ownerId), index('chatbots_status_idx').on(t.status)],
);

/** Immutable snapshots made by `publishChatbot`; chats record which one they used. */
export const chatbotVersions = contentSchema.table(
  'chatbot_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chatbotId: uuid('chatbot_id')
      .notNull()
      .references(() => chatbots.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    ...chatbotSettings(),
    customToolIds: textArray('custom_tool_ids'),
    modelId: text('model_id').notNull(),
    materialIds: uuid('material_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    publishedBy: uuid('published_by').notNull(),
    publishedAt: createdAt('published_at'),
  },
  (t) => [uniqueIndex('chatbot_versions_number_key').on(t.chatbotId, t.number)],
);

/** The classes a chatbot is published to (class ids belong to the monitoring subgraph). */
export const chatbotClasses = contentSchema.table(
  'chatbot_classes',
  {
    chatbotId: uuid('chatbot_id')
      .notNull()
      .references(() => chatbots.id, { onDelete: 'cascade' }),
    classId: text('class_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.chatbotId, t.classId] }),
    index('chatbot_classes_class_idx').on(t.classId),
  ],
);

/** Uploaded course documents, as extracted plain text. */
export const materials = contentSchema.table(
  'materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    title: text('title').notNull(),
    source: text('source').notNull().default(''),
    format: materialFormatEnum('format').notNull(),
    body: text('body').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** The uploaded file's name; null for text sent through GraphQL. */
    fileName: text('file_name'),
    createdAt: createdAt(),
  },
  (t) => [index('materials_owner_idx').on(t.ownerId)],
);

/**
 * The uploaded file of a material, as it was sent: its bytes here (DATABASE) or an object
 * key in the configured S3 bucket (S3).
 */
export const materialFiles = contentSchema.table(
  'material_files',
  {
    materialId: uuid('material_id')
      .primaryKey()
      .references(() => materials.id, { onDelete: 'cascade' }),
    contentType: text('content_type').notNull(),
    storage: fileStorageEnum('storage').notNull(),
    bytes: bytea('bytes'),
    objectKey: text('object_key'),
  },
  // Exactly one home for the bytes, the one `storage` names.
  (t) => [
    check(
      'material_files_storage_check',
      sql`(${t.storage} = 'DATABASE') = (${t.bytes} IS NOT NULL) AND (${t.storage} = 'S3') = (${t.objectKey} IS NOT NULL)`,
    ),
  ],
);

/** Overlapping passages of a material, indexed for full-text search. */
export const materialChunks = contentSchema.table(
  'material_chunks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    content: text('content').notNull(),
    // Stored and generated, so the index can never drift from the text it describes.
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english'::regconfig, "content")`),
  },
  (t) => [
    index('material_chunks_material_idx').on(t.materialId, t.ordinal),
    index('material_chunks_search_idx').using('gin', t.search),
  ],
);

/** Materials attached to a chatbot's working draft (versions keep their own copy of the list). */
export const chatbotMaterials = contentSchema.table(
  'chatbot_materials',
  {
    chatbotId: uuid('chatbot_id')
      .notNull()
      .references(() => chatbots.id, { onDelete: 'cascade' }),
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id, { onDelete: 'restrict' }),
    attachedAt: createdAt('attached_at'),
  },
  (t) => [
    primaryKey({ columns: [t.chatbotId, t.materialId] }),
    index('chatbot_materials_material_idx').on(t.materialId),
  ],
);

/** Built-in starter chatbots, seeded by a migration, that supervisors copy and adapt. */
export const chatbotTemplates = contentSchema.table('chatbot_templates', {
  id: uuid('id').primaryKey(),
  ...chatbotSettings(),
  createdAt: createdAt(),
});
