import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UserRef, ChatbotModel, VersionModel, MaterialModel, TemplateModel } from '../mappers';
import { MaterialHitModel } from '../search';
import { ContentContext } from '../context';
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

/**
 * An AI assistant a teacher configures for students. The row is a working draft that its
 * managers (owner and admins) edit freely; `publishChatbot` freezes the draft into an
 * immutable `ChatbotVersion` that students chat with.
 *
 * Fields describing the configuration (name, description, prompts, model, tools …) show the
 * working draft to people who manage the chatbot and the current published version to
 * everyone else, so unpublished edits never leak to students.
 */
export type Chatbot = {
  __typename?: 'Chatbot';
  /** Who may see the published chatbot. Null for people who may not manage it. */
  audience: Maybe<ChatbotAudience>;
  /** An emoji shown as the chatbot's avatar; null when none was chosen. */
  avatarEmoji: Maybe<Scalars['String']['output']>;
  /** When the chatbot was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The published version students chat with now; null until the first publish. */
  currentVersion: Maybe<ChatbotVersion>;
  /**
   * Ids of the custom tools (registered by administrators, listed by chat's `customTools`) the
   * chat agent may call while answering; a tool disabled since is not offered. At most 10.
   */
  customToolIds: Array<Scalars['ID']['output']>;
  /** What the chatbot is for, up to 500 characters. */
  description: Scalars['String']['output'];
  /** Tools the chat agent may call while answering: each `ChatbotTool` at most once. */
  enabledTools: Array<ChatbotTool>;
  /** Topics and keywords chat refuses and monitoring flags in conversations with this chatbot; null for people who may not manage it. */
  guardrails: Maybe<Guardrails>;
  /** Whether the draft differs from the current published version. Always false for people who may not manage it. */
  hasUnpublishedChanges: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Course materials the chatbot searches, newest first: the draft's attachments for managers, the published version's for everyone else. */
  materials: MaterialConnection;
  /** Largest answer the model may produce, from 1 to 8,192 tokens. */
  maxOutputTokens: Scalars['Int']['output'];
  /** Bedrock model id; checked against accounting's price list when it is chosen and again at every publish. */
  modelId: Scalars['String']['output'];
  /** Short name shown to students, 1 to 80 characters. */
  name: Scalars['String']['output'];
  /** The supervisor or admin who owns the chatbot. */
  owner: User;
  /** How the chatbot presents itself to students (public, unlike the system prompt), up to 1,000 characters. */
  persona: Scalars['String']['output'];
  /** Suggested first messages shown to students (at most 6, each up to 200 characters). */
  starterPrompts: Array<Scalars['String']['output']>;
  /** Where the chatbot is in its life cycle. */
  status: ChatbotStatus;
  /**
   * The instructions sent to the model. Null for everyone who may not manage this chatbot
   * (students always get null, never an error), so a generic query works for every role.
   */
  systemPrompt: Maybe<Scalars['String']['output']>;
  /** Sampling temperature, from 0 (focused) to 1 (creative). */
  temperature: Scalars['Float']['output'];
  /** The template this chatbot was copied from, if any. */
  templateId: Maybe<Scalars['ID']['output']>;
  /** When the draft was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Every published version, newest first. Empty for people who may not manage the chatbot. */
  versions: ChatbotVersionConnection;
};


/**
 * An AI assistant a teacher configures for students. The row is a working draft that its
 * managers (owner and admins) edit freely; `publishChatbot` freezes the draft into an
 * immutable `ChatbotVersion` that students chat with.
 *
 * Fields describing the configuration (name, description, prompts, model, tools …) show the
 * working draft to people who manage the chatbot and the current published version to
 * everyone else, so unpublished edits never leak to students.
 */
export type ChatbotMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An AI assistant a teacher configures for students. The row is a working draft that its
 * managers (owner and admins) edit freely; `publishChatbot` freezes the draft into an
 * immutable `ChatbotVersion` that students chat with.
 *
 * Fields describing the configuration (name, description, prompts, model, tools …) show the
 * working draft to people who manage the chatbot and the current published version to
 * everyone else, so unpublished edits never leak to students.
 */
export type ChatbotVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may see a published chatbot. */
export type ChatbotAudience = {
  __typename?: 'ChatbotAudience';
  /** Ids of the classes (owned by the monitoring subgraph) whose students may see it; at most 100. */
  classIds: Array<Scalars['ID']['output']>;
  /** Every signed-in person (only admins may choose this). */
  everyone: Scalars['Boolean']['output'];
};

/** Who may see a chatbot once it is published. */
export type ChatbotAudienceInput = {
  /** Classes whose students may see it (at most 100); supervisors may only choose classes they supervise. */
  classIds: Array<Scalars['ID']['input']>;
  /** Every signed-in person; admins only. */
  everyone: Scalars['Boolean']['input'];
};

/** A page of chatbots, in the order the field states. */
export type ChatbotConnection = {
  __typename?: 'ChatbotConnection';
  /** The chatbots on this page. */
  edges: Array<ChatbotEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** The result of `deleteChatbot`. */
export type ChatbotDeletion = {
  __typename?: 'ChatbotDeletion';
  /** The archived chatbot; null when it was deleted. */
  chatbot: Maybe<Chatbot>;
  /** Whether the chatbot was removed or archived. */
  outcome: ChatbotDeletionOutcome;
};

/** What `deleteChatbot` did. */
export type ChatbotDeletionOutcome =
  /** The chatbot had been published, so chats may refer to it: it was archived instead. */
  | 'ARCHIVED'
  /** The chatbot had never been published, so it was removed for good. */
  | 'DELETED';

/** One chatbot in a page. */
export type ChatbotEdge = {
  __typename?: 'ChatbotEdge';
  /** Pass as `after` to continue after this chatbot. */
  cursor: Scalars['String']['output'];
  /** The chatbot. */
  node: Chatbot;
};

/**
 * Settings of a chatbot draft. On create, omitted fields take defaults; on update, omitted
 * (or null) fields stay as they are.
 */
export type ChatbotInput = {
  /** One emoji (up to 16 characters); an empty string clears it. */
  avatarEmoji?: InputMaybe<Scalars['String']['input']>;
  /** Ids of custom tools the agent may call (at most 10, registered by administrators). Defaults to none. */
  customToolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Tools the agent may call. Defaults to none. */
  enabledTools?: InputMaybe<Array<ChatbotTool>>;
  /** Topics and keywords for monitoring. */
  guardrails?: InputMaybe<GuardrailsInput>;
  /** 1 to 8,192. Defaults to 1,024. */
  maxOutputTokens?: InputMaybe<Scalars['Int']['input']>;
  /** A Bedrock model id accounting has a price for; defaults to the configured default model. */
  modelId?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 80 characters; required on create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Up to 1,000 characters. */
  persona?: InputMaybe<Scalars['String']['input']>;
  /** At most 6 prompts, each 1 to 200 characters. */
  starterPrompts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 20,000 characters; required on create. */
  systemPrompt?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 1. Defaults to 0.7. */
  temperature?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * What the chat service needs to run a conversation on the current published version.
 * Service-only (see subgraphs/CONTRACTS.md).
 */
export type ChatbotRuntimeConfig = {
  __typename?: 'ChatbotRuntimeConfig';
  /** Topics the chatbot should steer away from. */
  blockedTopics: Array<Scalars['String']['output']>;
  /** The chatbot. */
  chatbotId: Scalars['ID']['output'];
  /** Ids of the custom tools the version enables (chat offers those not disabled). */
  customToolIds: Array<Scalars['ID']['output']>;
  /** Keywords monitoring flags in this chatbot's conversations. */
  guardrailKeywords: Array<Scalars['String']['output']>;
  /** Largest answer in tokens. */
  maxOutputTokens: Scalars['Int']['output'];
  /** Bedrock model id. */
  modelId: Scalars['String']['output'];
  /** The chatbot's name in that version. */
  name: Scalars['String']['output'];
  /** The chatbot's own refusal text for blocked messages and answers; null for chat's default. */
  refusalMessage: Maybe<Scalars['String']['output']>;
  /** Instructions for the model. */
  systemPrompt: Scalars['String']['output'];
  /** Sampling temperature, 0 to 1. */
  temperature: Scalars['Float']['output'];
  /** Chat's tool names: `calculator`, `search_course_materials`. */
  tools: Array<Scalars['String']['output']>;
  /** The version to record with the chat session. */
  versionId: Scalars['ID']['output'];
};

/** Where a chatbot is in its life cycle. */
export type ChatbotStatus =
  /** Hidden from students and closed to new chats; kept because past chats refer to its versions. */
  | 'ARCHIVED'
  /** Never published; only its managers can see it, and it may be deleted. */
  | 'DRAFT'
  /** Has a current version that the audience can chat with. */
  | 'PUBLISHED';

/**
 * A built-in starter chatbot (for example a Socratic tutor) that supervisors copy with
 * `copyChatbotTemplate` and adapt.
 */
export type ChatbotTemplate = {
  __typename?: 'ChatbotTemplate';
  /** Suggested avatar emoji. */
  avatarEmoji: Maybe<Scalars['String']['output']>;
  /** What it is good for. */
  description: Scalars['String']['output'];
  /** Tools it uses: each `ChatbotTool` at most once. */
  enabledTools: Array<ChatbotTool>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Suggested answer token limit. */
  maxOutputTokens: Scalars['Int']['output'];
  /** Name of the starter chatbot. */
  name: Scalars['String']['output'];
  /** How it presents itself. */
  persona: Scalars['String']['output'];
  /** Suggested first messages for students (at most 6, like a chatbot's). */
  starterPrompts: Array<Scalars['String']['output']>;
  /** The instructions it gives the model. */
  systemPrompt: Scalars['String']['output'];
  /** Suggested temperature. */
  temperature: Scalars['Float']['output'];
};

/** A tool the chat agent may call while answering. */
export type ChatbotTool =
  /** Safe arithmetic (chat's `calculator` tool). */
  | 'CALCULATOR'
  /** Full-text search over the chatbot's course materials (chat's `search_course_materials` tool). */
  | 'SEARCH_COURSE_MATERIALS';

/**
 * One immutable, published configuration of a chatbot. A chat records the version it was
 * built on, so later edits never change what a past conversation used.
 */
export type ChatbotVersion = {
  __typename?: 'ChatbotVersion';
  /** Avatar emoji at the time of publishing. */
  avatarEmoji: Maybe<Scalars['String']['output']>;
  /** The chatbot this version belongs to. */
  chatbot: Chatbot;
  /** Ids of the custom tools enabled at the time of publishing (at most 10). */
  customToolIds: Array<Scalars['ID']['output']>;
  /** Description at the time of publishing. */
  description: Scalars['String']['output'];
  /** Tools enabled at the time of publishing: each `ChatbotTool` at most once. */
  enabledTools: Array<ChatbotTool>;
  /** Guardrails at the time of publishing; null for people who may not manage the chatbot. */
  guardrails: Maybe<Guardrails>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Ids of the materials attached at the time of publishing, oldest attachment first (at most 50: a draft uses at most 50 materials). */
  materialIds: Array<Scalars['ID']['output']>;
  /** Answer token limit at the time of publishing. */
  maxOutputTokens: Scalars['Int']['output'];
  /** Bedrock model id at the time of publishing. */
  modelId: Scalars['String']['output'];
  /** Name at the time of publishing. */
  name: Scalars['String']['output'];
  /** 1 for the first publish, then counting up. */
  number: Scalars['Int']['output'];
  /** Persona at the time of publishing. */
  persona: Scalars['String']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it. */
  publishedBy: User;
  /** Starter prompts at the time of publishing (at most 6). */
  starterPrompts: Array<Scalars['String']['output']>;
  /** System prompt at the time of publishing; null for people who may not manage the chatbot (students always get null). */
  systemPrompt: Maybe<Scalars['String']['output']>;
  /** Temperature at the time of publishing. */
  temperature: Scalars['Float']['output'];
};

/** A page of published versions, newest first. */
export type ChatbotVersionConnection = {
  __typename?: 'ChatbotVersionConnection';
  /** The published versions on this page. */
  edges: Array<ChatbotVersionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One version in a page. */
export type ChatbotVersionEdge = {
  __typename?: 'ChatbotVersionEdge';
  /** Pass as `after` to continue after this version. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: ChatbotVersion;
};

/**
 * Topics and keywords a chatbot refuses to talk about: chat answers a student's message that
 * touches one with the refusal text instead of asking the model, stops an answer that touches
 * one, and monitoring records both as flags.
 */
export type Guardrails = {
  __typename?: 'Guardrails';
  /** Words or phrases the chatbot refuses, matched whole (ignoring case, accents and leetspeak); they also raise a flag. At most 200. */
  blockedKeywords: Array<Scalars['String']['output']>;
  /** Topics the chatbot refuses, such as 'exam answers': a message touches one when it uses every content word of it (any word form, any order). At most 50. */
  blockedTopics: Array<Scalars['String']['output']>;
  /**
   * What the chatbot answers, instead of asking the model, to a student's message that touches a
   * blocked topic or keyword (and what replaces an answer that does); null for Aula's default
   * refusal.
   */
  refusalMessage: Maybe<Scalars['String']['output']>;
};

/** The guardrails of a chatbot draft. */
export type GuardrailsInput = {
  /** At most 200 keywords, each up to 100 characters. */
  blockedKeywords: Array<Scalars['String']['input']>;
  /** At most 50 topics, each up to 100 characters. */
  blockedTopics: Array<Scalars['String']['input']>;
  /** Up to 500 characters; an empty string restores the default refusal, omitted keeps it as it is. */
  refusalMessage?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An uploaded course document: its text is extracted and split into overlapping passages
 * for full-text search, and an uploaded file is kept as it was sent (in PostgreSQL, or in S3
 * when the deployment configures a bucket). Its owner and admins manage it; people who may see a chatbot see
 * the materials listed on it (never the full text, which only search reveals passage by passage).
 */
export type Material = {
  __typename?: 'Material';
  /** How many searchable passages the document was split into. */
  chunkCount: Scalars['Int']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Name of the uploaded file (such as `photosynthesis.pdf`); null when the text was sent
   * through `uploadMaterial` rather than as a file to `POST /uploads/materials`.
   */
  fileName: Maybe<Scalars['String']['output']>;
  /** How the document was written when uploaded. */
  format: MaterialFormat;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Who uploaded it. */
  owner: User;
  /** Size of the uploaded document in bytes: the file as sent, or the UTF-8 text. */
  sizeBytes: Scalars['Int']['output'];
  /** Where the document came from (a book, a URL, a handout); may be empty. */
  source: Scalars['String']['output'];
  /** Title shown with search results. */
  title: Scalars['String']['output'];
};

/** A page of course materials, newest first. */
export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  /** The course materials on this page. */
  edges: Array<MaterialEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One material in a page. */
export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  /** Pass as `after` to continue after this material. */
  cursor: Scalars['String']['output'];
  /** The material. */
  node: Material;
};

/** How an uploaded document is written. */
export type MaterialFormat =
  /** Word (`.docx`), uploaded as a file; the text of its paragraphs, lists and tables is extracted. */
  | 'DOCX'
  /** HTML; tags, scripts and styles are removed and only the readable text is kept. */
  | 'HTML'
  /** Markdown, stored as written (its text is searchable as it is). */
  | 'MARKDOWN'
  /** PDF, uploaded as a file; the text of every page is extracted (scanned pages without a text layer have none). */
  | 'PDF'
  /** Plain text, stored as it is. */
  | 'TEXT';

/** One passage of course material that matched a search. */
export type MaterialHit = {
  __typename?: 'MaterialHit';
  /** The matching passage. */
  chunkId: Scalars['ID']['output'];
  /** The passage as plain text. */
  content: Scalars['String']['output'];
  /**
   * An excerpt around the matches as HTML: the text is HTML-escaped and each match is wrapped
   * in `<mark>` … `</mark>`, so it can be rendered as is.
   */
  highlight: Scalars['String']['output'];
  /** The material the passage comes from. */
  materialId: Scalars['ID']['output'];
  /** Relevance (PostgreSQL ts_rank_cd); higher is better, results come best first. */
  rank: Scalars['Float']['output'];
  /** Source of that material. */
  source: Scalars['String']['output'];
  /** Title of that material. */
  title: Scalars['String']['output'];
};

/** What `POST /uploads/materials` and `uploadMaterial` accept (from the content service's configuration). */
export type MaterialUploadLimits = {
  __typename?: 'MaterialUploadLimits';
  /** The file name extensions accepted, lower case and without the dot, such as `pdf` and `docx`: a fixed built-in set. */
  fileExtensions: Array<Scalars['String']['output']>;
  /** Largest file `POST /uploads/materials` accepts, in bytes (CONTENT_MAX_UPLOAD_BYTES). */
  maxFileBytes: Scalars['Int']['output'];
  /** Largest searchable text one document may hold, in UTF-8 bytes (CONTENT_MAX_MATERIAL_BYTES). */
  maxTextBytes: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Hides a chatbot from students and from new chats, keeping its versions. Its owner or an admin. */
  archiveChatbot: Chatbot;
  /**
   * Attaches a material to a chatbot's draft (published after the next publish). Chatbot manager
   * who also manages the material. A draft uses at most 50 materials: BAD_USER_INPUT beyond that.
   */
  attachMaterial: Chatbot;
  /** Creates a draft from a built-in template, owned by the caller. Supervisors and admins. */
  copyChatbotTemplate: Chatbot;
  /** Creates a chatbot draft owned by the caller. Supervisors and admins. */
  createChatbot: Chatbot;
  /** Deletes a never-published chatbot, or archives a published one (chats may refer to it). Its owner or an admin. */
  deleteChatbot: ChatbotDeletion;
  /** Deletes a course material that no chatbot draft uses any more. Its owner or an admin. */
  deleteMaterial: Scalars['Boolean']['output'];
  /** Detaches a material from a chatbot's draft. The chatbot's owner or an admin. */
  detachMaterial: Chatbot;
  /**
   * Freezes the draft into a new immutable version and makes it current. `audience` replaces who
   * may see it (required on the first publish). Its owner or an admin; publishing to everyone is for admins.
   * An archived chatbot is published again by this.
   */
  publishChatbot: Chatbot;
  /** Changes a chatbot's draft; published versions stay as they were. Its owner or an admin; not when archived. */
  updateChatbot: Chatbot;
  /**
   * Uploads a course document written as text (TEXT, MARKDOWN or HTML) and indexes it for search.
   * Supervisors and admins. Files (PDF, Word, Markdown, text) go to `POST /uploads/materials`
   * as multipart form data instead (see the README).
   */
  uploadMaterial: Material;
};


export type MutationArchiveChatbotArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachMaterialArgs = {
  chatbotId: Scalars['ID']['input'];
  materialId: Scalars['ID']['input'];
};


export type MutationCopyChatbotTemplateArgs = {
  templateId: Scalars['ID']['input'];
};


export type MutationCreateChatbotArgs = {
  input: ChatbotInput;
};


export type MutationDeleteChatbotArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetachMaterialArgs = {
  chatbotId: Scalars['ID']['input'];
  materialId: Scalars['ID']['input'];
};


export type MutationPublishChatbotArgs = {
  audience?: InputMaybe<ChatbotAudienceInput>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateChatbotArgs = {
  id: Scalars['ID']['input'];
  input: ChatbotInput;
};


export type MutationUploadMaterialArgs = {
  input: UploadMaterialInput;
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
  /** Published chatbots the caller may chat with, by name (then id): students see those published to everyone or to their classes. */
  availableChatbots: ChatbotConnection;
  /** One chatbot by id: null when it does not exist or the caller may not see it. */
  chatbot: Maybe<Chatbot>;
  /**
   * Service-only (chat): the current published version of a chatbot that `userId` may chat with.
   * NOT_FOUND when it does not exist, is not published, or is not visible to that user.
   */
  chatbotForChat: ChatbotRuntimeConfig;
  /** The built-in starter chatbots (a fixed set shipped with Aula, by name). Supervisors and admins. */
  chatbotTemplates: Array<ChatbotTemplate>;
  /** One published version by id (what a chat session points at); null when the caller may not see its chatbot. */
  chatbotVersion: Maybe<ChatbotVersion>;
  /** Chatbots the caller manages (supervisors: their own; admins: all), most recently changed first. */
  managedChatbots: ChatbotConnection;
  /** One course material by id: null when it does not exist or the caller does not manage it. */
  material: Maybe<Material>;
  /** What a course material upload may be, so a file can be checked before it is sent. Supervisors and admins. */
  materialUploadLimits: MaterialUploadLimits;
  /** Course materials the caller manages (supervisors: their own; admins: all), newest first. */
  materials: MaterialConnection;
  /**
   * Passages of the course materials attached to a chatbot that best match `query`, best first:
   * at most `first` (1 to 20).
   * People search the chatbots they may see; the chat service (only) passes `onBehalfOf`, the
   * student the search is for, and gets what that student may see.
   */
  searchMaterials: Array<MaterialHit>;
};


export type QueryAvailableChatbotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChatbotArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChatbotForChatArgs = {
  chatbotId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryChatbotVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryManagedChatbotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ChatbotStatus>;
};


export type QueryMaterialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchMaterialsArgs = {
  chatbotId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  onBehalfOf?: InputMaybe<Scalars['ID']['input']>;
  query: Scalars['String']['input'];
};

/** A document to add to the course materials. */
export type UploadMaterialInput = {
  /** The document itself; the size limit is set by CONTENT_MAX_MATERIAL_BYTES (200,000 bytes by default). */
  content: Scalars['String']['input'];
  /** How `content` is written: TEXT, MARKDOWN or HTML (PDF and Word files are uploaded to `POST /uploads/materials`). */
  format: MaterialFormat;
  /** Where it came from; up to 500 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/**
 * A person who uses Aula. Owned by the auth subgraph; content only refers to users by id
 * (chatbot and material owners).
 */
export type User = {
  __typename?: 'User';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
};

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
  Chatbot: Chatbot;
  ChatbotVersion: ChatbotVersion;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Chatbot:
    ( { __typename: 'Chatbot' }
    & GraphQLRecursivePick<FederationTypes['Chatbot'], {"id":true}> );
  ChatbotVersion:
    ( { __typename: 'ChatbotVersion' }
    & GraphQLRecursivePick<FederationTypes['ChatbotVersion'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Chatbot: ResolverTypeWrapper<ChatbotModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ChatbotAudience: ResolverTypeWrapper<ChatbotAudience>;
  ChatbotAudienceInput: ChatbotAudienceInput;
  ChatbotConnection: ResolverTypeWrapper<Omit<ChatbotConnection, 'edges'> & { edges: Array<ResolversTypes['ChatbotEdge']> }>;
  ChatbotDeletion: ResolverTypeWrapper<Omit<ChatbotDeletion, 'chatbot'> & { chatbot?: Maybe<ResolversTypes['Chatbot']> }>;
  ChatbotDeletionOutcome: ChatbotDeletionOutcome;
  ChatbotEdge: ResolverTypeWrapper<Omit<ChatbotEdge, 'node'> & { node: ResolversTypes['Chatbot'] }>;
  ChatbotInput: ChatbotInput;
  ChatbotRuntimeConfig: ResolverTypeWrapper<ChatbotRuntimeConfig>;
  ChatbotStatus: ChatbotStatus;
  ChatbotTemplate: ResolverTypeWrapper<TemplateModel>;
  ChatbotTool: ChatbotTool;
  ChatbotVersion: ResolverTypeWrapper<VersionModel>;
  ChatbotVersionConnection: ResolverTypeWrapper<Omit<ChatbotVersionConnection, 'edges'> & { edges: Array<ResolversTypes['ChatbotVersionEdge']> }>;
  ChatbotVersionEdge: ResolverTypeWrapper<Omit<ChatbotVersionEdge, 'node'> & { node: ResolversTypes['ChatbotVersion'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Guardrails: ResolverTypeWrapper<Guardrails>;
  GuardrailsInput: GuardrailsInput;
  Material: ResolverTypeWrapper<MaterialModel>;
  MaterialConnection: ResolverTypeWrapper<Omit<MaterialConnection, 'edges'> & { edges: Array<ResolversTypes['MaterialEdge']> }>;
  MaterialEdge: ResolverTypeWrapper<Omit<MaterialEdge, 'node'> & { node: ResolversTypes['Material'] }>;
  MaterialFormat: MaterialFormat;
  MaterialHit: ResolverTypeWrapper<MaterialHitModel>;
  MaterialUploadLimits: ResolverTypeWrapper<MaterialUploadLimits>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UploadMaterialInput: UploadMaterialInput;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Chatbot: ChatbotModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  ChatbotAudience: ChatbotAudience;
  ChatbotAudienceInput: ChatbotAudienceInput;
  ChatbotConnection: Omit<ChatbotConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChatbotEdge']> };
  ChatbotDeletion: Omit<ChatbotDeletion, 'chatbot'> & { chatbot?: Maybe<ResolversParentTypes['Chatbot']> };
  ChatbotEdge: Omit<ChatbotEdge, 'node'> & { node: ResolversParentTypes['Chatbot'] };
  ChatbotInput: ChatbotInput;
  ChatbotRuntimeConfig: ChatbotRuntimeConfig;
  ChatbotTemplate: TemplateModel;
  ChatbotVersion: VersionModel;
  ChatbotVersionConnection: Omit<ChatbotVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChatbotVersionEdge']> };
  ChatbotVersionEdge: Omit<ChatbotVersionEdge, 'node'> & { node: ResolversParentTypes['ChatbotVersion'] };
  DateTime: Scalars['DateTime']['output'];
  Guardrails: Guardrails;
  GuardrailsInput: GuardrailsInput;
  Material: MaterialModel;
  MaterialConnection: Omit<MaterialConnection, 'edges'> & { edges: Array<ResolversParentTypes['MaterialEdge']> };
  MaterialEdge: Omit<MaterialEdge, 'node'> & { node: ResolversParentTypes['Material'] };
  MaterialHit: MaterialHitModel;
  MaterialUploadLimits: MaterialUploadLimits;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UploadMaterialInput: UploadMaterialInput;
  User: UserRef;
}>;

export type ChatbotResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Chatbot'] = ResolversParentTypes['Chatbot'], FederationReferenceType extends FederationReferenceTypes['Chatbot'] = FederationReferenceTypes['Chatbot']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Chatbot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audience?: Resolver<Maybe<ResolversTypes['ChatbotAudience']>, ParentType, ContextType>;
  avatarEmoji?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['ChatbotVersion']>, ParentType, ContextType>;
  customToolIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabledTools?: Resolver<Array<ResolversTypes['ChatbotTool']>, ParentType, ContextType>;
  guardrails?: Resolver<Maybe<ResolversTypes['Guardrails']>, ParentType, ContextType>;
  hasUnpublishedChanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['MaterialConnection'], ParentType, ContextType, RequireFields<ChatbotMaterialsArgs, 'first'>>;
  maxOutputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  persona?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  starterPrompts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChatbotStatus'], ParentType, ContextType>;
  systemPrompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  temperature?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  templateId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['ChatbotVersionConnection'], ParentType, ContextType, RequireFields<ChatbotVersionsArgs, 'first'>>;
}>;

export type ChatbotAudienceResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotAudience'] = ResolversParentTypes['ChatbotAudience']> = ResolversObject<{
  classIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  everyone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ChatbotConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotConnection'] = ResolversParentTypes['ChatbotConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChatbotEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChatbotDeletionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotDeletion'] = ResolversParentTypes['ChatbotDeletion']> = ResolversObject<{
  chatbot?: Resolver<Maybe<ResolversTypes['Chatbot']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ChatbotDeletionOutcome'], ParentType, ContextType>;
}>;

export type ChatbotEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotEdge'] = ResolversParentTypes['ChatbotEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType>;
}>;

export type ChatbotRuntimeConfigResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotRuntimeConfig'] = ResolversParentTypes['ChatbotRuntimeConfig']> = ResolversObject<{
  blockedTopics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  chatbotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customToolIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  guardrailKeywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxOutputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusalMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemPrompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  temperature?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  versionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChatbotTemplateResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotTemplate'] = ResolversParentTypes['ChatbotTemplate']> = ResolversObject<{
  avatarEmoji?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabledTools?: Resolver<Array<ResolversTypes['ChatbotTool']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxOutputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persona?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  starterPrompts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  systemPrompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  temperature?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChatbotVersionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotVersion'] = ResolversParentTypes['ChatbotVersion'], FederationReferenceType extends FederationReferenceTypes['ChatbotVersion'] = FederationReferenceTypes['ChatbotVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChatbotVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avatarEmoji?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chatbot?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType>;
  customToolIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabledTools?: Resolver<Array<ResolversTypes['ChatbotTool']>, ParentType, ContextType>;
  guardrails?: Resolver<Maybe<ResolversTypes['Guardrails']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materialIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  maxOutputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  persona?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  starterPrompts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  systemPrompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  temperature?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChatbotVersionConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotVersionConnection'] = ResolversParentTypes['ChatbotVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChatbotVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChatbotVersionEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['ChatbotVersionEdge'] = ResolversParentTypes['ChatbotVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChatbotVersion'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GuardrailsResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Guardrails'] = ResolversParentTypes['Guardrails']> = ResolversObject<{
  blockedKeywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  blockedTopics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  refusalMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  chunkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['MaterialFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MaterialConnectionResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MaterialConnection'] = ResolversParentTypes['MaterialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MaterialEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MaterialEdgeResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MaterialEdge'] = ResolversParentTypes['MaterialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
}>;

export type MaterialHitResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MaterialHit'] = ResolversParentTypes['MaterialHit']> = ResolversObject<{
  chunkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MaterialUploadLimitsResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['MaterialUploadLimits'] = ResolversParentTypes['MaterialUploadLimits']> = ResolversObject<{
  fileExtensions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxFileBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxTextBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveChatbot?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationArchiveChatbotArgs, 'id'>>;
  attachMaterial?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationAttachMaterialArgs, 'chatbotId' | 'materialId'>>;
  copyChatbotTemplate?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationCopyChatbotTemplateArgs, 'templateId'>>;
  createChatbot?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationCreateChatbotArgs, 'input'>>;
  deleteChatbot?: Resolver<ResolversTypes['ChatbotDeletion'], ParentType, ContextType, RequireFields<MutationDeleteChatbotArgs, 'id'>>;
  deleteMaterial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMaterialArgs, 'id'>>;
  detachMaterial?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationDetachMaterialArgs, 'chatbotId' | 'materialId'>>;
  publishChatbot?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationPublishChatbotArgs, 'id'>>;
  updateChatbot?: Resolver<ResolversTypes['Chatbot'], ParentType, ContextType, RequireFields<MutationUpdateChatbotArgs, 'id' | 'input'>>;
  uploadMaterial?: Resolver<ResolversTypes['Material'], ParentType, ContextType, RequireFields<MutationUploadMaterialArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  availableChatbots?: Resolver<ResolversTypes['ChatbotConnection'], ParentType, ContextType, RequireFields<QueryAvailableChatbotsArgs, 'first'>>;
  chatbot?: Resolver<Maybe<ResolversTypes['Chatbot']>, ParentType, ContextType, RequireFields<QueryChatbotArgs, 'id'>>;
  chatbotForChat?: Resolver<ResolversTypes['ChatbotRuntimeConfig'], ParentType, ContextType, RequireFields<QueryChatbotForChatArgs, 'chatbotId' | 'userId'>>;
  chatbotTemplates?: Resolver<Array<ResolversTypes['ChatbotTemplate']>, ParentType, ContextType>;
  chatbotVersion?: Resolver<Maybe<ResolversTypes['ChatbotVersion']>, ParentType, ContextType, RequireFields<QueryChatbotVersionArgs, 'id'>>;
  managedChatbots?: Resolver<ResolversTypes['ChatbotConnection'], ParentType, ContextType, RequireFields<QueryManagedChatbotsArgs, 'first'>>;
  material?: Resolver<Maybe<ResolversTypes['Material']>, ParentType, ContextType, RequireFields<QueryMaterialArgs, 'id'>>;
  materialUploadLimits?: Resolver<ResolversTypes['MaterialUploadLimits'], ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['MaterialConnection'], ParentType, ContextType, RequireFields<QueryMaterialsArgs, 'first'>>;
  searchMaterials?: Resolver<Array<ResolversTypes['MaterialHit']>, ParentType, ContextType, RequireFields<QuerySearchMaterialsArgs, 'chatbotId' | 'query'>>;
}>;

export type UserResolvers<ContextType = ContentContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ContentContext> = ResolversObject<{
  Chatbot?: ChatbotResolvers<ContextType>;
  ChatbotAudience?: ChatbotAudienceResolvers<ContextType>;
  ChatbotConnection?: ChatbotConnectionResolvers<ContextType>;
  ChatbotDeletion?: ChatbotDeletionResolvers<ContextType>;
  ChatbotEdge?: ChatbotEdgeResolvers<ContextType>;
  ChatbotRuntimeConfig?: ChatbotRuntimeConfigResolvers<ContextType>;
  ChatbotTemplate?: ChatbotTemplateResolvers<ContextType>;
  ChatbotVersion?: ChatbotVersionResolvers<ContextType>;
  ChatbotVersionConnection?: ChatbotVersionConnectionResolvers<ContextType>;
  ChatbotVersionEdge?: ChatbotVersionEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Guardrails?: GuardrailsResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MaterialConnection?: MaterialConnectionResolvers<ContextType>;
  MaterialEdge?: MaterialEdgeResolvers<ContextType>;
  MaterialHit?: MaterialHitResolvers<ContextType>;
  MaterialUploadLimits?: MaterialUploadLimitsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

