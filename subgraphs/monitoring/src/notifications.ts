import { keysetAfter } from '@aula/runtime';
import type { CursorPosition, Db } from '@aula/runtime';
import { desc, eq, sql } from 'drizzle-orm';
import { caughtEmails, notificationSettings } from './db/schema';
import type { NotificationSettingsModel } from './mappers';

/** A row of `monitoring.caught_emails`. */
export type CaughtEmailRow = typeof caughtEmails.$inferSelect;

/** What someone gets until they change anything: e-mail for medium flags and worse. */
export const DEFAULT_SETTINGS: NotificationSettingsModel = {
  emailAlerts: true,
  minSeverity: 'MEDIUM',
};

/** A person's flag-alert settings, or the defaults. */
export async function notificationSettingsOf(
  db: Db,
  userId: string,
): Promise<NotificationSettingsModel> {
  const [row] = await db
    .select()
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  return row ?? DEFAULT_SETTINGS;
}

/** Changes what is given (null keeps the stored value, or the default for a first save). */
export async function saveNotificationSettings(
  db: Db,
  userId: string,
  change: {
    emailAlerts?: boolean | null;
    minSeverity?: NotificationSettingsModel['minSeverity'] | null;
  },
): Promise<NotificationSettingsModel> {
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  if (change.emailAlerts !== null && change.emailAlerts !== undefined)
    set.emailAlerts = change.emailAlerts;
  if (change.minSeverity) set.minSeverity = change.minSeverity;
  const [row] = await db
    .insert(notificationSettings)
    .values({
      userId,
      emailAlerts: change.emailAlerts ?? DEFAULT_SETTINGS.emailAlerts,
      minSeverity: change.minSeverity ?? DEFAULT_SETTINGS.minSeverity,
    })
    .onConflictDoUpdate({ target: notificationSettings.userId, set })
    .returning();
  return row!;
}

/** A page of caught e-mails, newest first; one extra row tells whether more follow. */
export async function caughtEmailPage(
  db: Db,
  first: number,
  position: CursorPosition | null,
): Promise<CaughtEmailRow[]> {
  return db
    .select()
    .from(caughtEmails)
    .where(keysetAfter(caughtEmails.receivedAt, caughtEmails.id, position))
    .orderBy(desc(caughtEmails.receivedAt), desc(caughtEmails.id))
    .limit(first + 1);
}
