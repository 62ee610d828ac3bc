import type { Db, Logger } from '@aula/runtime';
import { eq, sql } from 'drizzle-orm';
import { users } from './db/schema';
import { checkPasswordPolicy, generatePassword, type PasswordHasher } from './passwords';
import { anyAdminExists, findUserByEmail, insertUser } from './users';

/** What {@link ensureFirstAdmin} needs. */
export interface FirstAdminOptions {
  readonly db: Db;
  readonly hasher: PasswordHasher;
  readonly logger: Logger;
  /** `AUTH_ADMIN_EMAIL`. */
  readonly email: string;
  /** `AUTH_ADMIN_PASSWORD`; generated when absent. */
  readonly password?: string;
  /** Where a generated password is shown, once. @default writes to stdout */
  readonly announce?: (text: string) => void;
}

/** What {@link ensureFirstAdmin} did. */
export type FirstAdminOutcome = 'exists' | 'created' | 'promoted';

/**
 * Makes sure Aula has an administrator. When none exists, creates one with the configured
 * email (or promotes the account that already has it) and the configured password, or a
 * generated one shown once on stdout — never logged. Replicas starting together take turns
 * on an advisory lock, so only one of them creates the admin.
 */
export async function ensureFirstAdmin(options: FirstAdminOptions): Promise<FirstAdminOutcome> {
  const announce = options.announce ?? ((text: string) => process.stdout.write(text));
  const result = await options.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`select pg_advisory_xact_lock(hashtext('aula:auth:admins'))`);
    if (await anyAdminExists(db)) return { outcome: 'exists' as const, generated: undefined };
    if (options.password) checkPasswordPolicy(options.password, 'AUTH_ADMIN_PASSWORD');
    const password = options.password ?? generatePassword();
    const passwordHash = await options.hasher.hash(password);
    const existing = await findUserByEmail(db, options.email);
    let outcome: FirstAdminOutcome;
    if (existing) {
      await db
        .update(users)
        .set({ role: 'ADMIN', status: 'ACTIVE', passwordHash })
        .where(eq(users.id, existing.id));
      options.logger.warn(
        { userId: existing.id },
        'no administrator existed: promoted the account with AUTH_ADMIN_EMAIL',
      );
      outcome = 'promoted';
    } else {
      await insertUser(db, {
        email: options.email,
        displayName: 'Administrator',
        role: 'ADMIN',
        passwordHash,
      });
      options.logger.info('no administrator existed: created one from AUTH_ADMIN_EMAIL');
      outcome = 'created';
    }
    return { outcome, generated: options.password ? undefined : password };
  });
  // Shown only after the commit, so a password is never printed for an account that was not saved.
  if (result.generated) {
    announce(
      `\nFirst administrator: ${options.email}\nGenerated password (shown only this once): ${result.generated}\n` +
        'Sign in and change it, or set AUTH_ADMIN_PASSWORD before the first start.\n\n',
    );
  }
  return result.outcome;
}
