import { badInput, ErrorCode, type Role } from '@aula/runtime';
import { GraphQLError } from 'graphql';
import type { AccountService } from './accounts';
import { CsvSyntaxError, parseCsv } from './csv';
import { generatePassword } from './passwords';
import type { UserRow } from './users';

/** Most data rows one import may have: hashing is deliberately slow, so bigger lists go in parts. */
export const IMPORT_MAX_ROWS = 1000;

/** The outcome of one data row. */
export interface ImportedRow {
  readonly line: number;
  readonly email: string | null;
  readonly user: UserRow | null;
  readonly generatedPassword: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

/** The outcome of a whole import. */
export interface ImportOutcome {
  readonly createdCount: number;
  readonly failedCount: number;
  readonly rows: ImportedRow[];
}

const ROLES: readonly Role[] = ['STUDENT', 'SUPERVISOR', 'ADMIN'];
const COLUMN_ALIASES: Record<string, 'email' | 'displayName' | 'role' | 'password'> = {
  email: 'email',
  displayname: 'displayName',
  name: 'displayName',
  role: 'role',
  password: 'password',
};

/**
 * Creates accounts from CSV text with a header naming the columns `email`, `displayName`,
 * and optionally `role` and `password`. Each row stands alone: a bad row is reported with its
 * line and reason and does not stop the others.
 */
export async function importUsers(accounts: AccountService, csv: string): Promise<ImportOutcome> {
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw badInput(`The CSV text cannot be read: ${error.message}`, { field: 'csv' });
    throw error;
  }
  const [header, ...data] = records;
  if (!header)
    throw badInput(
      'The CSV text is empty; start with the header email,displayName,role,password.',
      { field: 'csv' },
    );
  const columns = header.fields.map(
    (name) =>
      COLUMN_ALIASES[
        name
          .trim()
          .toLowerCase()
          .replace(/[\s_-]/g, '')
      ],
  );
  const at = (name: 'email' | 'displayName' | 'role' | 'password') => columns.indexOf(name);
  if (at('email') < 0 || at('displayName') < 0) {
    throw badInput(
      'The header must name at least the columns email and displayName (role and password are optional).',
      { field: 'csv' },
    );
  }
  if (data.length === 0) throw badInput('The CSV text has a header but no rows.', { field: 'csv' });
  if (data.length > IMPORT_MAX_ROWS) {
    throw badInput(
      `The CSV text has ${data.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`,
      { field: 'csv' },
    );
  }

  const seen = new Map<string, number>();
  const rows: ImportedRow[] = [];
  for (const record of data) {
    const get = (name: 'email' | 'displayName' | 'role' | 'password') => {
      const i = at(name);
      return i < 0 ? '' : (record.fields[i] ?? '').trim();
    };
    const email = get('email') || null;
    const fail = (code: string, message: string): ImportedRow => ({
      line: record.line,
      email,
      user: null,
      generatedPassword: null,
      error: { code, message },
    });
    const role = (get('role') || 'STUDENT').toUpperCase();
    if (!ROLES.includes(role as Role)) {
      rows.push(
        fail(
          ErrorCode.BAD_USER_INPUT,
          `"${get('role')}" is not a role; use STUDENT, SUPERVISOR or ADMIN.`,
        ),
      );
      continue;
    }
    const earlier = email ? seen.get(email.toLowerCase()) : undefined;
    if (earlier !== undefined) {
      rows.push(fail(ErrorCode.CONFLICT, `This email already appears on line ${earlier}.`));
      continue;
    }
    if (email) seen.set(email.toLowerCase(), record.line);
    const given = get('password');
    const password = given || generatePassword();
    try {
      const user = await accounts.create({
        email: email ?? '',
        displayName: get('displayName'),
        role: role as Role,
        password,
      });
      rows.push({
        line: record.line,
        email,
        user,
        generatedPassword: given ? null : password,
        error: null,
      });
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code !== ErrorCode.BAD_USER_INPUT && code !== ErrorCode.CONFLICT) throw error;
      rows.push(fail(code, (error as GraphQLError).message));
    }
  }
  const createdCount = rows.filter((r) => r.user).length;
  return { createdCount, failedCount: rows.length - createdCount, rows };
}
