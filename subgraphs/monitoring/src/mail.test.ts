import { createLogger, type Database } from '@aula/runtime';
import { openTestDatabase } from '@aula/runtime/src/testing';
import { asc } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import { caughtEmails } from './db/schema';
import { MAX_RECIPIENTS_PER_EMAIL, startMailer, type Mailer } from './mail';
import { monitoringModule } from './server';

/** The built-in SMTP catcher and the mailer, on a real database: one e-mail never names more than 50 people. */
describe('alert e-mail recipients', () => {
  let database: Database;
  let mailer: Mailer;

  beforeAll(async () => {
    database = await openTestDatabase();
    await database.migrate({
      schema: monitoringModule.dbSchema,
      migrationsFolder: monitoringModule.migrationsFolder,
    });
    mailer = await startMailer({
      from: 'aula@school.test',
      db: database.db,
      logger: createLogger('monitoring', 'silent'),
    });
  });
  afterAll(async () => {
    await mailer?.close();
    await database?.close();
  });

  const caught = () =>
    database.db.select().from(caughtEmails).orderBy(asc(caughtEmails.receivedAt));

  it('sends an alert to 120 people as three e-mails of at most 50', async () => {
    const to = Array.from({ length: 120 }, (_, i) => `teacher-${i}@school.test`);
    await mailer.send({ to, subject: 'Aula: HIGH flag', text: 'Please look.' });
    const mails = await caught();
    expect(mails.map((m) => m.recipients.length)).toEqual([50, 50, 20]);
    expect(mails.flatMap((m) => m.recipients).sort()).toEqual([...to].sort());
  });

  it('refuses a 51st recipient at the catcher, as a relay would (452)', async () => {
    const port = Number(/:(\d+)$/.exec(mailer.description)?.[1]);
    expect(Number.isInteger(port)).toBe(true);
    const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const to = Array.from({ length: MAX_RECIPIENTS_PER_EMAIL + 1 }, (_, i) => `p-${i}@school.test`);
    const info = await transport.sendMail({ from: 'x@school.test', to, subject: 's', text: 't' });
    transport.close();
    expect(info.rejected).toEqual([to.at(-1)]);
    const last = (await caught()).at(-1);
    expect(last?.recipients).toHaveLength(MAX_RECIPIENTS_PER_EMAIL);
  });
});
