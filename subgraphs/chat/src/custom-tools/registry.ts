import {
  appError,
  badInput,
  ErrorCode,
  isUuid,
  keysetAfter,
  notFound,
  type CursorPosition,
  type Db,
} from '@aula/runtime';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { customTools } from '../db/schema';
import { InputSchemaError, parseInputSchema } from './input-schema';

/** A registered custom tool, as stored. */
export type CustomToolRow = typeof customTools.$inferSelect;

/** How a custom tool is reached. */
export type CustomToolKind = CustomToolRow['kind'];

/** Bounds of what an administrator may configure. */
export const CUSTOM_TOOL_LIMITS = {
  minTimeoutMs: 100,
  maxTimeoutMs: 30_000,
  /** 100 credits per call. */
  maxCostMicro: 100_000_000,
  description: 1_000,
  authHeader: 4_096,
  url: 2_048,
} as const;

/** Names chat's built-in tools use: a custom tool may not take them. */
const BUILT_IN = new Set(['calculator', 'search_course_materials']);
const NAME = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
// Lambda's own rule for a function name, partial ARN or full ARN, with an optional qualifier.
const FUNCTION =
  /^(arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[a-zA-Z0-9-_]{1,64}(:(\$LATEST|[a-zA-Z0-9-_]+))?$|^\d{12}:function:[a-zA-Z0-9-_]{1,64}(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** What `registerCustomTool` receives. */
export interface RegisterInput {
  readonly name: string;
  readonly description: string;
  readonly kind: CustomToolKind;
  readonly serverUrl?: string | null;
  readonly mcpToolName?: string | null;
  readonly authHeader?: string | null;
  readonly functionName?: string | null;
  readonly region?: string | null;
  readonly endpoint?: string | null;
  readonly inputSchema: string;
  readonly timeoutMs: number;
  readonly costMicroCredits: string;
}

/** Checks, as an MCP tool is saved, that its server lists the tool (mcp.ts `checkMcpToolListed`). */
export type McpToolCheck = (target: {
  url: string;
  toolName: string;
  authHeader: string | null;
}) => Promise<void>;

/** What `updateCustomTool` receives: omitted (or null) fields stay. */
export type UpdateInput = {
  readonly [K in Exclude<keyof RegisterInput, 'kind'>]?: string | number | null;
};

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function checkName(name: string): string {
  if (!NAME.test(name) || BUILT_IN.has(name)) {
    throw badInput(
      'A tool name is 1 to 64 letters, digits, _ or -, starts with a letter, and is not a built-in tool’s name.',
      { field: 'name' },
    );
  }
  return name;
}

function checkText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text || text.length > max)
    throw badInput(`${field} must be 1 to ${max} characters.`, { field });
  return text;
}

/** An http(s) URL without credentials: the only address chat will call for the tool. */
function checkUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(`${field} must be an http or https URL.`, { field });
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw badInput(`${field} must be an http or https URL without a user name or password.`, {
      field,
    });
  }
  if (value.length > CUSTOM_TOOL_LIMITS.url)
    throw badInput(`${field} may be at most ${CUSTOM_TOOL_LIMITS.url} characters.`, { field });
  url.hash = '';
  return url.href;
}

function checkTimeout(value: number): number {
  const { minTimeoutMs: min, maxTimeoutMs: max } = CUSTOM_TOOL_LIMITS;
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`timeoutMs must be a whole number from ${min} to ${max}.`, {
      field: 'timeoutMs',
    });
  return value;
}

function checkCost(value: string): number {
  const max = CUSTOM_TOOL_LIMITS.maxCostMicro;
  if (!/^\d{1,9}$/.test(value) || Number(value) > max)
    throw badInput(`costMicroCredits must be a whole number of micro-credits from 0 to ${max}.`, {
      field: 'costMicroCredits',
    });
  return Number(value);
}

function checkSchema(text: string): Record<string, unknown> {
  try {
    return parseInputSchema(text);
  } catch (error) {
    if (error instanceof InputSchemaError) throw badInput(error.message, { field: 'inputSchema' });
    throw error;
  }
}

function checkAuthHeader(value: string): string | null {
  if (value === '') return null;
  if (value.length > CUSTOM_TOOL_LIMITS.authHeader || /[\r\n]/.test(value))
    throw badInput(
      `authHeader must be one line of at most ${CUSTOM_TOOL_LIMITS.authHeader} characters.`,
      { field: 'authHeader' },
    );
  return value;
}

function checkFunction(value: string): string {
  if (!FUNCTION.test(value))
    throw badInput('functionName must be a Lambda function name or ARN.', {
      field: 'functionName',
    });
  return value;
}

function checkRegion(value: string): string {
  if (!REGION.test(value))
    throw badInput('region must be an AWS region such as eu-west-1.', { field: 'region' });
  return value;
}

/** The kind-specific fields of a tool, checked; what does not belong to its kind is refused. */
function endpointFields(kind: CustomToolKind, input: Partial<RegisterInput>, creating: boolean) {
  const mcpFields = ['serverUrl', 'mcpToolName', 'authHeader'] as const;
  const lambdaFields = ['functionName', 'region', 'endpoint'] as const;
  const foreign = kind === 'MCP' ? lambdaFields : mcpFields;
  const stray = foreign.find((field) => given(input[field]));
  if (stray) throw badInput(`${stray} does not apply to ${kind} tools.`, { field: stray });
  const out: Partial<CustomToolRow> = {};
  if (kind === 'MCP') {
    if (given(input.serverUrl)) out.mcpUrl = checkUrl(input.serverUrl, 'serverUrl');
    if (given(input.mcpToolName))
      out.mcpToolName = checkText(input.mcpToolName, 'mcpToolName', 128);
    if (given(input.authHeader)) out.mcpAuthHeader = checkAuthHeader(input.authHeader);
    if (creating && (!out.mcpUrl || !out.mcpToolName))
      throw badInput('An MCP tool needs serverUrl and mcpToolName.', { field: 'serverUrl' });
  } else {
    if (given(input.functionName)) out.lambdaFunction = checkFunction(input.functionName);
    if (given(input.region)) out.lambdaRegion = checkRegion(input.region);
    if (given(input.endpoint))
      out.lambdaEndpoint = input.endpoint === '' ? null : checkUrl(input.endpoint, 'endpoint');
    if (creating && (!out.lambdaFunction || !out.lambdaRegion))
      throw badInput('A Lambda tool needs functionName and region.', { field: 'functionName' });
  }
  return out;
}

async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { cause?: { code?: string }; code?: string }).cause?.code;
    if (code === '23505')
      throw appError(ErrorCode.CONFLICT, 'Another tool that is not disabled has that name.', {
        field: 'name',
      });
    throw error;
  }
}

/**
 * Registers a tool (callers check the administrator); with `checkMcp`, an MCP tool only when its
 * server lists it.
 */
export async function registerCustomTool(
  db: Db,
  createdBy: string,
  input: RegisterInput,
  checkMcp?: McpToolCheck,
): Promise<CustomToolRow> {
  const values = {
    name: checkName(input.name),
    description: checkText(input.description, 'description', CUSTOM_TOOL_LIMITS.description),
    kind: input.kind,
    ...endpointFields(input.kind, input, true),
    inputSchema: checkSchema(input.inputSchema),
    timeoutMs: checkTimeout(input.timeoutMs),
    costMicro: checkCost(input.costMicroCredits),
    createdBy,
  };
  if (values.kind === 'MCP' && checkMcp)
    await checkMcp({
      url: values.mcpUrl!,
      toolName: values.mcpToolName!,
      authHeader: values.mcpAuthHeader ?? null,
    });
  const [row] = await unique(() => db.insert(customTools).values(values).returning());
  return row!;
}

/** Changes a tool that is not disabled; NOT_FOUND when there is none, CONFLICT when disabled. */
export async function updateCustomTool(
  db: Db,
  id: string,
  input: UpdateInput,
  checkMcp?: McpToolCheck,
): Promise<CustomToolRow> {
  const tool = await findCustomTool(db, id);
  if (!tool) throw notFound('That custom tool');
  if (tool.disabledAt)
    throw appError(ErrorCode.CONFLICT, 'A disabled tool cannot be changed; register a new one.');
  const changes: Partial<CustomToolRow> = {
    ...endpointFields(tool.kind, input as Partial<RegisterInput>, false),
  };
  if (given(input.name)) changes.name = checkName(String(input.name));
  if (given(input.description))
    changes.description = checkText(
      String(input.description),
      'description',
      CUSTOM_TOOL_LIMITS.description,
    );
  if (given(input.inputSchema)) changes.inputSchema = checkSchema(String(input.inputSchema));
  if (given(input.timeoutMs)) changes.timeoutMs = checkTimeout(Number(input.timeoutMs));
  if (given(input.costMicroCredits)) changes.costMicro = checkCost(String(input.costMicroCredits));
  const moved = ['mcpUrl', 'mcpToolName', 'mcpAuthHeader'].some((key) => key in changes);
  if (tool.kind === 'MCP' && moved && checkMcp) {
    const next = { ...tool, ...changes };
    await checkMcp({
      url: next.mcpUrl!,
      toolName: next.mcpToolName!,
      authHeader: next.mcpAuthHeader,
    });
  }
  const [row] = await unique(() =>
    db
      .update(customTools)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(customTools.id, id))
      .returning(),
  );
  return row!;
}

/** Disables a tool for good (idempotent); NOT_FOUND when there is none. */
export async function disableCustomTool(db: Db, id: string): Promise<CustomToolRow> {
  if (!isUuid(id)) throw notFound('That custom tool');
  const [row] = await db
    .update(customTools)
    .set({ disabledAt: sql`coalesce(${customTools.disabledAt}, now())`, updatedAt: new Date() })
    .where(eq(customTools.id, id))
    .returning();
  if (!row) throw notFound('That custom tool');
  return row;
}

/** One tool, disabled or not; null when there is none. */
export async function findCustomTool(db: Db, id: string): Promise<CustomToolRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(customTools).where(eq(customTools.id, id));
  return row ?? null;
}

/** Where a tool sits in the newest-first list. */
export const customToolPosition = (row: CustomToolRow): CursorPosition => ({
  key: row.createdAt,
  id: row.id,
});

/** A page of tools, newest first (ask for one extra row to tell whether more follow). */
export async function listCustomTools(
  db: Db,
  options: { includeDisabled: boolean; limit: number; after: CursorPosition | null },
): Promise<CustomToolRow[]> {
  const conditions = [
    options.includeDisabled ? undefined : isNull(customTools.disabledAt),
    keysetAfter(customTools.createdAt, customTools.id, options.after),
  ];
  return db
    .select()
    .from(customTools)
    .where(and(...conditions))
    .orderBy(desc(customTools.createdAt), desc(customTools.id))
    .limit(options.limit);
}

/** Of these ids (a chatbot's), the tools that are registered and not disabled. */
export async function activeCustomTools(db: Db, ids: readonly string[]): Promise<CustomToolRow[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return db
    .select()
    .from(customTools)
    .where(and(inArray(customTools.id, valid), isNull(customTools.disabledAt)))
    .orderBy(customTools.name);
}
