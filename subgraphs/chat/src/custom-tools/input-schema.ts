import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020';

/** The largest input schema accepted, in UTF-8 bytes of its JSON. */
export const MAX_SCHEMA_BYTES = 32_768;

const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

/** Why a schema cannot be used. */
export class InputSchemaError extends Error {}

/**
 * Checks a tool's input schema as an administrator saves it: JSON, at most
 * {@link MAX_SCHEMA_BYTES}, a valid JSON Schema (draft 2020-12 when `$schema` says so, else
 * draft-07) whose root describes an object (Bedrock's `toolSpec.inputSchema` must). Returns the
 * parsed schema.
 */
export function parseInputSchema(text: string): Record<string, unknown> {
  if (Buffer.byteLength(text, 'utf8') > MAX_SCHEMA_BYTES)
    throw new InputSchemaError(`The input schema may be at most ${MAX_SCHEMA_BYTES} bytes.`);
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch {
    throw new InputSchemaError('The input schema is not valid JSON.');
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    throw new InputSchemaError('The input schema must be a JSON object.');
  const root = schema as Record<string, unknown>;
  if (root.type !== 'object')
    throw new InputSchemaError('The input schema must describe an object: "type": "object".');
  try {
    ajvFor(root).compile(root);
  } catch (error) {
    throw new InputSchemaError(
      `The input schema is not a valid JSON Schema: ${(error as Error).message}`,
    );
  }
  return root;
}

/**
 * A fresh validator per schema (an instance remembers every `$id` it compiled, so a shared one
 * would refuse a schema saved twice). Strict mode refuses unknown keywords and ambiguous
 * schemas, so a typo is caught when the schema is saved, not when a student's answer first calls
 * the tool. Formats are not checked (no ajv-formats): an unknown `format` is ignored, as JSON
 * Schema permits.
 */
function ajvFor(schema: Record<string, unknown>) {
  const options = { strict: true, allErrors: true, validateFormats: false } as const;
  return schema.$schema === DRAFT_2020 ? new Ajv2020(options) : new Ajv(options);
}

const compiled = new WeakMap<Record<string, unknown>, ValidateFunction>();

/**
 * Checks the model's arguments against a saved schema; null when they match, else one short
 * line per problem (at most five), for the model to correct itself.
 */
export function argumentProblems(schema: Record<string, unknown>, input: unknown): string | null {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajvFor(schema).compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(input)) return null;
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((error: ErrorObject) => `${error.instancePath || '(arguments)'} ${error.message ?? ''}`)
    .join('; ');
}
