import type { Db, Logger } from '@aula/runtime';
import { simpleParser } from 'mailparser';
import { createTransport, type Transporter } from 'nodemailer';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { caughtEmails } from './db/schema';

/** One e-mail to send. */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** Sends alert e-mails over SMTP. */
export interface Mailer {
  /** Where mail goes: `smtp://…` or "the built-in catcher". */
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/** Options for {@link startMailer}. */
export interface MailerOptions {
  /** An SMTP server; unset starts the built-in catcher. */
  readonly smtpUrl?: string;
  readonly from: string;
  readonly db: Db;
  readonly logger: Logger;
}

/**
 * Sends through nodemailer to `smtpUrl`, or, without one, starts a local SMTP catcher
 * (`smtp-server` on 127.0.0.1, any free port) that stores what it receives in
 * `monitoring.caught_emails` for admins to read: the whole path runs on `npm start`.
 */
export async function startMailer(options: MailerOptions): Promise<Mailer> {
  let catcher: SMTPServer | undefined;
  let transport: Transporter;
  if (options.smtpUrl) {
    transport = createTransport(options.smtpUrl);
  } else {
    catcher = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then(async (parsed) => {
            const to = [parsed.to ?? []]
              .flat()
              .flatMap((group) => group.value.map((address) => address.address ?? ''))
              .filter(Boolean);
            await options.db.insert(caughtEmails).values({
              recipients: to,
              subject: parsed.subject ?? '',
              body: parsed.text ?? '',
            });
            callback();
          })
          .catch((error: unknown) => {
            options.logger.error({ err: error }, 'the SMTP catcher could not store an e-mail');
            callback(error as Error);
          });
      },
    });
    const server = catcher;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (catcher.server.address() as AddressInfo).port;
    transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  }
  return {
    description: options.smtpUrl ? new URL(options.smtpUrl).host : 'the built-in SMTP catcher',
    async send(mail) {
      if (!mail.to.length) return;
      await transport.sendMail({
        from: options.from,
        to: [...mail.to],
        subject: mail.subject,
        text: mail.text,
      });
    },
    async close() {
      transport.close();
      if (catcher) await new Promise<void>((resolve) => catcher.close(() => resolve()));
    },
  };
}
